package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.stdev(source, length, biased=true)} = sqrt of {@link Variance} (PyneCore measurement: exactly so on TV). */
public final class Stdev {
    private final Variance variance = new Variance();

    public double next(double source, int length) {
        return next(source, length, true);
    }

    public double next(double source, int length, boolean biased) {
        return Math.sqrt(variance.next(source, length, biased));
    }
}
