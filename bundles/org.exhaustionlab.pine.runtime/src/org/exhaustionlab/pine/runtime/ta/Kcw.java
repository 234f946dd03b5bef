package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.kcw(series, length, mult, useTrueRange=true)} = (upper - lower) / middle of {@link Kc} (reference; kc.csv). */
public final class Kcw {
    private final Kc kc = new Kc();

    public double next(double series, int length, double mult, boolean useTrueRange, double high, double low,
            double close) {
        double middle = kc.next(series, length, mult, useTrueRange, high, low, close);
        return (kc.upper() - kc.lower()) / middle;
    }
}
