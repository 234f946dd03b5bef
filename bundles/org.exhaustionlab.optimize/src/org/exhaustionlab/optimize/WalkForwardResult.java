package org.exhaustionlab.optimize;

import java.util.List;

/**
 * The walk-forward outcome.
 *
 * @param stitchedReturns    the out-of-sample per-period returns of all folds, in time order: one equity curve
 * @param oosNetProfitPct    compounded out-of-sample net profit over all folds, percent
 * @param annualizedOosPct   that, annualised over the total out-of-sample time (365-day years)
 * @param annualizedIsPct    mean of the folds' annualised in-sample net profit, percent
 * @param efficiency         walk-forward efficiency = annualised OOS / annualised IS return; NaN when the IS return
 *                           is not positive (the ratio means nothing then)
 */
public record WalkForwardResult(List<WalkForwardFold> folds, double[] stitchedReturns, double oosNetProfitPct,
        double annualizedOosPct, double annualizedIsPct, double efficiency) {

    public WalkForwardResult {
        folds = List.copyOf(folds);
        stitchedReturns = stitchedReturns.clone();
    }

    @Override
    public double[] stitchedReturns() {
        return stitchedReturns.clone();
    }
}
