package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.highestbars(source, length)} and {@code ta.highestbars(length)}: offset (0 or negative) to the highest value
 * of the last {@code length} bars, the oldest one among equals; na during warm-up (highest+lowest.csv).
 */
public final class HighestBars {
    private final ExtremumWindow window = new ExtremumWindow(true);

    public double next(double source, int length) {
        window.next(source, length);
        return window.offset();
    }
}
