package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.vwma(source, length)} = sma(source * volume, length) / sma(volume, length) (reference formula). */
public final class Vwma {
    private final RollingSum weightedSum = new RollingSum();
    private final RollingSum volumeSum = new RollingSum();

    public double next(double source, int length, double volume) {
        return weightedSum.next(source * volume, length) / volumeSum.next(volume, length);
    }
}
