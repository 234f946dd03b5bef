package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.highest(source, length)} and {@code ta.highest(length)} (pass high): highest value of the last
 * {@code length} bars, na until {@code length} bars were seen (highest+lowest.csv).
 */
public final class Highest {
    private final BlockExtremum window = new BlockExtremum(true);

    public double next(double source, int length) {
        window.next(source, length);
        return window.value();
    }
}
