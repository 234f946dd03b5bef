package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.roc(source, length)} = 100 * (source - source[length]) / source[length] (reference formula). */
public final class Roc {
    private final DoubleRing history = new DoubleRing();
    private int requested = -1;

    public double next(double source, int length) {
        RollingSum.checkLength(length);
        if (length > requested) {
            requested = length;
            history.require(length);
        }
        history.push(source);
        double past = history.get(length);
        return 100 * (source - past) / past;
    }
}
