package org.exhaustionlab.pine.runtime.lib;

/**
 * State of one {@code fixnan(source)} call site: replaces na with the last non-na value seen (na until one is seen).
 * One instance per call site, like a {@code ta.*} function.
 */
public final class Fixnan {
    private double lastFloat = Double.NaN;
    private long lastLong = Na.INT;
    private Object lastObject;

    public double next(double value) {
        if (!Double.isNaN(value)) {
            lastFloat = value;
        }
        return lastFloat;
    }

    /** For int and colour sources. */
    public long next(long value) {
        if (value != Na.INT) {
            lastLong = value;
        }
        return lastLong;
    }

    @SuppressWarnings("unchecked")
    public <T> T next(T value) {
        if (value != null) {
            lastObject = value;
        }
        return (T) lastObject;
    }
}
