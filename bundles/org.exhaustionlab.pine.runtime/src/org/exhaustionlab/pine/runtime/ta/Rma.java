package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.rma(source, length)}: Wilder's moving average, step {@code (prev * (length - 1) + source) / length}.
 *
 * <p>Seed and na handling as {@link Ema} (reference formula seeds with {@code ta.sma}; ma.csv
 * {@code ta.rma(high, 15)} is first defined on bar 14).
 */
public final class Rma {
    private final RollingSum seed = new RollingSum();
    private double value = Double.NaN;

    public double next(double source, int length) {
        RollingSum.checkLength(length);
        if (Double.isNaN(source)) {
            return Double.NaN;
        }
        if (Double.isNaN(value)) {
            value = seed.next(source, length) / length;
            return value;
        }
        value = (value * (length - 1) + source) / length;
        return value;
    }
}
