package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.sma(source, length)}: mean of the last {@code length} non-na values (see {@link RollingSum} for na). */
public final class Sma {
    private final RollingSum sum = new RollingSum();

    public double next(double source, int length) {
        return sum.next(source, length) / length;
    }
}
