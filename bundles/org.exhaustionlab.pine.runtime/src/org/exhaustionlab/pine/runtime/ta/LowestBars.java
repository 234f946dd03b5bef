package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.lowestbars(source, length)} and {@code ta.lowestbars(length)}: offset (0 or negative) to the lowest value
 * of the last {@code length} bars, the oldest one among equals; na during warm-up (highest+lowest.csv).
 */
public final class LowestBars {
    private final ExtremumWindow window = new ExtremumWindow(false);

    public double next(double source, int length) {
        window.next(source, length);
        return window.offset();
    }
}
