package org.exhaustionlab.validation.walkforward;

import java.util.List;

import org.exhaustionlab.validation.EquityCurve;

/**
 * Walk-forward efficiency = annualised OOS return / annualised IS return: how much of the in-sample return
 * survives on unseen data (1 = all of it; above 1 is possible, negative means OOS lost money).
 */
public final class WalkForwardEfficiency {
    private WalkForwardEfficiency() {
    }

    /** NaN when the in-sample return is not positive: a ratio to a loss or to nothing has no meaning. */
    public static double of(double annualisedOutOfSample, double annualisedInSample) {
        if (!(annualisedInSample > 0)) {
            return Double.NaN;
        }
        return annualisedOutOfSample / annualisedInSample;
    }

    /**
     * From the windows' curves: the OOS side is the stitched OOS curve's CAGR; the IS side is the average CAGR of
     * the in-sample windows (they overlap in rolling mode, so they cannot be stitched).
     */
    public static double of(List<EquityCurve> inSampleCurves, List<EquityCurve> outOfSampleCurves) {
        if (inSampleCurves.isEmpty()) {
            throw new IllegalArgumentException("walk-forward efficiency needs at least one in-sample curve");
        }
        double isReturn = inSampleCurves.stream().mapToDouble(EquityCurve::annualisedReturn).average().orElseThrow();
        double oosReturn = OosStitcher.stitch(outOfSampleCurves, 1.0).annualisedReturn();
        return of(oosReturn, isReturn);
    }
}
