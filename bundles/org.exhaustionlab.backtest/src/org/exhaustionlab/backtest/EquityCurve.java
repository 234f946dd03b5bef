package org.exhaustionlab.backtest;

import java.util.Arrays;

/** Strategy equity at each bar's close (initial capital + net profit + open profit), aligned with bar times. */
public record EquityCurve(long[] times, double[] equity, double[] openProfit) {

    public EquityCurve {
        if (times.length != equity.length || times.length != openProfit.length) {
            throw new IllegalArgumentException("equity curve columns differ in length");
        }
        times = times.clone();
        equity = equity.clone();
        openProfit = openProfit.clone();
    }

    public int size() {
        return times.length;
    }

    @Override
    public long[] times() {
        return times.clone();
    }

    @Override
    public double[] equity() {
        return equity.clone();
    }

    @Override
    public double[] openProfit() {
        return openProfit.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EquityCurve e && Arrays.equals(times, e.times) && Arrays.equals(equity, e.equity)
                && Arrays.equals(openProfit, e.openProfit);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + Arrays.hashCode(equity);
    }

    @Override
    public String toString() {
        return "EquityCurve[" + times.length + " bars]";
    }
}
