package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.lowest(source, length)} and {@code ta.lowest(length)} (pass low): lowest value of the last
 * {@code length} bars, na until {@code length} bars were seen (highest+lowest.csv).
 */
public final class Lowest {
    private final BlockExtremum window = new BlockExtremum(false);

    public double next(double source, int length) {
        window.next(source, length);
        return window.value();
    }
}
