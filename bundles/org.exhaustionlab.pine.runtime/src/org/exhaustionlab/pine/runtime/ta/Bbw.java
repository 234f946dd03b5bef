package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.bbw(series, length, mult)} = (upper - lower) / middle * 100 of {@link Bb} (reference formula; bb.csv). */
public final class Bbw {
    private final Bb bb = new Bb();

    public double next(double series, int length, double mult) {
        double middle = bb.next(series, length, mult);
        return (bb.upper() - bb.lower()) / middle * 100;
    }
}
