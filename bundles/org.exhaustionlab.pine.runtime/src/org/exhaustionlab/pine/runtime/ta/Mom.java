package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.mom(source, length)} = source - source[length] (reference: same as ta.change). */
public final class Mom {
    private final Change change = new Change();

    public double next(double source, int length) {
        return change.next(source, length);
    }
}
