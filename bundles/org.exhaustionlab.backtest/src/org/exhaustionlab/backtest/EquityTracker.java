package org.exhaustionlab.backtest;

import java.util.Arrays;

/**
 * Per-bar equity and the strategy-level max drawdown / max run-up. Intrabar extremes count: a bar's worst equity
 * marks the open position to the bar's adverse extreme (low for longs, high for shorts), its best equity to the
 * favourable one. Drawdown is measured from the highest equity seen BEFORE the bar, run-up from the lowest.
 */
final class EquityTracker {
    private long[] times = new long[256];
    private double[] equity = new double[256];
    private double[] openProfit = new double[256];
    private int size;
    private double peak;
    private double trough;
    double maxDrawdown;
    double maxDrawdownPercent;
    double maxRunup;
    double maxRunupPercent;

    EquityTracker(double initialCapital) {
        peak = initialCapital;
        trough = initialCapital;
    }

    void record(long time, double closeEquity, double open, double worstEquity, double bestEquity) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            equity = Arrays.copyOf(equity, size * 2);
            openProfit = Arrays.copyOf(openProfit, size * 2);
        }
        times[size] = time;
        equity[size] = closeEquity;
        openProfit[size] = open;
        size++;
        double dd = peak - worstEquity;
        if (dd > maxDrawdown) {
            maxDrawdown = dd;
            maxDrawdownPercent = dd / peak * 100;
        }
        double ru = bestEquity - trough;
        if (ru > maxRunup) {
            maxRunup = ru;
            maxRunupPercent = ru / trough * 100;
        }
        peak = Math.max(peak, Math.max(bestEquity, closeEquity));
        trough = Math.min(trough, Math.min(worstEquity, closeEquity));
    }

    long[] times() {
        return Arrays.copyOf(times, size);
    }

    double[] equity() {
        return Arrays.copyOf(equity, size);
    }

    double[] openProfit() {
        return Arrays.copyOf(openProfit, size);
    }
}
