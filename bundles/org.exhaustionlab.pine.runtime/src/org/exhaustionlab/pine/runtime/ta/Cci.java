package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.cci(source, length)} = (source - sma) / (0.015 * dev) (reference formula; cci+cmo+cog.csv). */
public final class Cci {
    private final RollingSum sum = new RollingSum();

    public double next(double source, int length) {
        double mean = sum.next(source, length) / length;
        double dev = Dev.deviation(sum, mean, length);
        return (source - mean) / (0.015 * dev);
    }
}
