package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.variance(source, length, biased=true)} from p = sum(x) and q = sum(x * x) over the last {@code length}
 * non-na values: biased {@code max(0, q/n - m^2)}, unbiased {@code max(0, q/(n-1) - p*m/(n-1))}, m = p/n (PyneCore
 * TradingView measurement, ta.py variance; clamped at 0 against cancellation). Unbiased with length 1 is na.
 */
public final class Variance {
    private final RollingMoments moments = new RollingMoments();

    public double next(double source, int length) {
        return next(source, length, true);
    }

    public double next(double source, int length, boolean biased) {
        if (!moments.next(source, length) || (!biased && length == 1)) {
            return Double.NaN;
        }
        double p = moments.sum();
        double q = moments.squares();
        double m = p / length;
        double variance = biased ? q / length - m * m : q / (length - 1) - p * m / (length - 1);
        return Math.max(0.0, variance);
    }
}
