package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.dev(source, length)}: mean absolute deviation from the sma over the last {@code length} non-na values
 * (reference formula; the window matches {@link Sma}'s). O(length) per bar: the deviation needs every value.
 */
public final class Dev {
    private final RollingSum sum = new RollingSum();

    public double next(double source, int length) {
        double total = sum.next(source, length);
        return deviation(sum, total / length, length);
    }

    /** Mean absolute deviation of the window held by {@code sum} around {@code mean}. */
    static double deviation(RollingSum sum, double mean, int length) {
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        double deviations = 0;
        for (int i = 0; i < length; i++) {
            deviations += Math.abs(sum.stored(i) - mean);
        }
        return deviations / length;
    }
}
