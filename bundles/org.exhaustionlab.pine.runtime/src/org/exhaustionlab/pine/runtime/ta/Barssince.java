package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.barssince(condition)}: bars since the condition was last true (0 on a true bar), na before the first. */
public final class Barssince {
    private long count = -1;

    public double next(boolean condition) {
        if (condition) {
            count = 0;
        } else if (count >= 0) {
            count++;
        }
        return count < 0 ? Double.NaN : count;
    }
}
