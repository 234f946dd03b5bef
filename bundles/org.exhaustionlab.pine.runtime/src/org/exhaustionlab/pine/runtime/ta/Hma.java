package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.hma(source, length)} = wma(2 * wma(src, length / 2) - wma(src, length), floor(sqrt(length))) (reference). */
public final class Hma {
    private final Wma half = new Wma();
    private final Wma full = new Wma();
    private final Wma outer = new Wma();

    public double next(double source, int length) {
        RollingSum.checkLength(length);
        double a = half.next(source, Math.max(1, length / 2));
        double b = full.next(source, length);
        return outer.next(2 * a - b, Math.max(1, (int) Math.floor(Math.sqrt(length))));
    }
}
