package org.exhaustionlab.store;

import java.time.Instant;

/**
 * A half-open span of time {@code [fromMs, toMs)} in epoch milliseconds UTC.
 */
public record TimeRange(long fromMs, long toMs) {

    public TimeRange {
        if (fromMs > toMs) {
            throw new IllegalArgumentException("time range starts at " + Instant.ofEpochMilli(fromMs)
                    + " after it ends at " + Instant.ofEpochMilli(toMs));
        }
    }

    public boolean isEmpty() {
        return fromMs == toMs;
    }

    public long lengthMs() {
        return toMs - fromMs;
    }

    public boolean contains(long timeMs) {
        return timeMs >= fromMs && timeMs < toMs;
    }

    @Override
    public String toString() {
        return "[" + Instant.ofEpochMilli(fromMs) + ", " + Instant.ofEpochMilli(toMs) + ")";
    }
}
