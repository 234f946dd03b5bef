package org.exhaustionlab.validation.report;

import org.exhaustionlab.validation.walkforward.WalkForwardEfficiency;

/**
 * One in-sample / out-of-sample split of the data: the strategy (with fixed parameters) backtested separately on the
 * first part and on the last {@code outOfSampleFraction} of the bars.
 */
public record OutOfSampleSplit(double outOfSampleFraction, PeriodFigures inSample, PeriodFigures outOfSample) {

    /** Annualised OOS return / annualised IS return; NaN when the in-sample return is not positive. */
    public double efficiency() {
        return WalkForwardEfficiency.of(outOfSample.annualisedReturn(), inSample.annualisedReturn());
    }

    /** OOS Sharpe / IS Sharpe; NaN when the in-sample Sharpe is not positive. */
    public double sharpeRetention() {
        return inSample.sharpe() > 0 ? outOfSample.sharpe() / inSample.sharpe() : Double.NaN;
    }
}
