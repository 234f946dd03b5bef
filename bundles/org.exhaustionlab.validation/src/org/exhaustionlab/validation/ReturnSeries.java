package org.exhaustionlab.validation;

import java.util.Arrays;

/**
 * Per-period simple returns (0.01 = +1 %) with the start time of each period (epoch ms, UTC).
 *
 * @param periodsPerYear how many such periods make a year (e.g. 365 for daily crypto, 12 for monthly); used to
 *                       annualise Sharpe ratios
 */
public record ReturnSeries(long[] periodStart, double[] returns, double periodsPerYear) {

    public ReturnSeries {
        if (periodStart == null || returns == null) {
            throw new IllegalArgumentException("return series needs both period starts and returns");
        }
        if (periodStart.length != returns.length) {
            throw new IllegalArgumentException("return series has " + periodStart.length + " period starts but " + returns.length + " returns");
        }
        if (!(periodsPerYear > 0) || Double.isInfinite(periodsPerYear)) {
            throw new IllegalArgumentException("periods per year must be positive and finite, got " + periodsPerYear);
        }
        for (int i = 0; i < returns.length; i++) {
            if (!Double.isFinite(returns[i]) || returns[i] <= -1.0 - 1e-12) {
                throw new IllegalArgumentException("return at index " + i + " must be finite and not below -100 %, got " + returns[i]);
            }
        }
        periodStart = periodStart.clone();
        returns = returns.clone();
    }

    @Override
    public long[] periodStart() {
        return periodStart.clone();
    }

    @Override
    public double[] returns() {
        return returns.clone();
    }

    public int size() {
        return returns.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReturnSeries other && Arrays.equals(periodStart, other.periodStart)
                && Arrays.equals(returns, other.returns) && periodsPerYear == other.periodsPerYear;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(returns) * 31 + Arrays.hashCode(periodStart);
    }

    @Override
    public String toString() {
        return "ReturnSeries[" + returns.length + " periods, " + periodsPerYear + "/year]";
    }
}
