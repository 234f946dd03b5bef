package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.valuewhen(condition, source, occurrence)}: source on the occurrence-th most recent bar (0 = latest) where
 * condition was true, na if there were not that many (reference; valuewhen.csv). A na source on a condition bar is
 * recorded as na (PyneCore TradingView measurement). Occurrence may change per bar.
 */
public final class Valuewhen {
    private final DoubleRing values = new DoubleRing();
    private int requested = -1;

    public double next(boolean condition, double source, int occurrence) {
        if (occurrence < 0) {
            throw new IllegalArgumentException("ta.valuewhen: occurrence must not be negative, got " + occurrence);
        }
        if (occurrence > requested) {
            requested = occurrence;
            values.require(occurrence);
        }
        if (condition) {
            values.push(source);
        }
        return values.get(occurrence);
    }
}
