package org.exhaustionlab.validation;

import java.util.Arrays;

/**
 * Account equity sampled at increasing times (epoch milliseconds, UTC), e.g. once per bar.
 * Arrays are copied in and out so the value stays immutable.
 */
public record EquityCurve(long[] time, double[] equity) {

    public EquityCurve {
        if (time == null || equity == null) {
            throw new IllegalArgumentException("equity curve needs both a time and an equity array");
        }
        if (time.length != equity.length) {
            throw new IllegalArgumentException("equity curve has " + time.length + " times but " + equity.length + " equity values");
        }
        for (int i = 0; i < time.length; i++) {
            if (i > 0 && time[i] <= time[i - 1]) {
                throw new IllegalArgumentException("equity curve times must increase; index " + i + " has " + time[i] + " after " + time[i - 1]);
            }
            if (!(equity[i] > 0) || Double.isInfinite(equity[i])) {
                throw new IllegalArgumentException("equity must be positive and finite; index " + i + " has " + equity[i]);
            }
        }
        time = time.clone();
        equity = equity.clone();
    }

    @Override
    public long[] time() {
        return time.clone();
    }

    @Override
    public double[] equity() {
        return equity.clone();
    }

    public int size() {
        return time.length;
    }

    public long timeAt(int index) {
        return time[index];
    }

    public double equityAt(int index) {
        return equity[index];
    }

    /** Simple returns between consecutive points (size − 1 values). */
    public double[] simpleReturns() {
        double[] r = new double[Math.max(0, equity.length - 1)];
        for (int i = 1; i < equity.length; i++) {
            r[i - 1] = equity[i] / equity[i - 1] - 1.0;
        }
        return r;
    }

    /** Whole-period growth: last / first − 1. */
    public double totalReturn() {
        requireTwoPoints();
        return equity[equity.length - 1] / equity[0] - 1.0;
    }

    /**
     * Compound annual growth rate over the curve's time span, using a 365.25-day year
     * (crypto trades every day, so calendar time is the natural clock).
     */
    public double annualisedReturn() {
        requireTwoPoints();
        double years = (time[time.length - 1] - time[0]) / TimeUnits.MILLIS_PER_YEAR;
        return Math.pow(equity[equity.length - 1] / equity[0], 1.0 / years) - 1.0;
    }

    private void requireTwoPoints() {
        if (equity.length < 2) {
            throw new IllegalStateException("equity curve needs at least 2 points, has " + equity.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EquityCurve other && Arrays.equals(time, other.time) && Arrays.equals(equity, other.equity);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(time) + Arrays.hashCode(equity);
    }

    @Override
    public String toString() {
        return "EquityCurve[" + time.length + " points]";
    }
}
