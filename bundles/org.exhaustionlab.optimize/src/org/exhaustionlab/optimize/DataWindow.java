package org.exhaustionlab.optimize;

/**
 * A half-open time range {@code [startMs, endMs)} (epoch milliseconds, UTC) of the data a backtest runs over.
 * Walk-forward cuts the full range into in-sample and out-of-sample windows of this type.
 */
public record DataWindow(long startMs, long endMs) {

    public static final long DAY_MS = 86_400_000L;

    public DataWindow {
        if (endMs <= startMs) {
            throw new IllegalArgumentException("data window ends (" + endMs + ") before it starts (" + startMs + ")");
        }
    }

    public long lengthMs() {
        return endMs - startMs;
    }

    public double days() {
        return lengthMs() / (double) DAY_MS;
    }
}
