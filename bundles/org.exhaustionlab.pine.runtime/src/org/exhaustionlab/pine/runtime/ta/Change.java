package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.change(source, length=1)} for int/float = source - source[length] over this call site's bars, na while
 * {@code source[length]} does not exist (reference; tr.csv/iii+nvi+obv.csv show change-based values na on bar 0).
 * The bool overload is {@link #next(boolean, int)}: source != source[length], with history before the first bar
 * reading false (Pine v6 bools are never na).
 */
public final class Change {
    private final DoubleRing history = new DoubleRing();
    private int requested = -1;

    public double next(double source, int length) {
        remember(source, length);
        return source - history.get(length);
    }

    public double next(double source) {
        return next(source, 1);
    }

    public boolean next(boolean source, int length) {
        remember(source ? 1 : 0, length);
        return (source ? 1 : 0) != (history.size() > length ? history.get(length) : 0);
    }

    public boolean next(boolean source) {
        return next(source, 1);
    }

    private void remember(double value, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("ta.change: length must not be negative, got " + length);
        }
        if (length > requested) {
            requested = length;
            history.require(length);
        }
        history.push(value);
    }
}
