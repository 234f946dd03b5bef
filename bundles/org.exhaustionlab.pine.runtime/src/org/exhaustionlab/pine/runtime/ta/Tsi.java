package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.tsi(source, short_length, long_length)} = ema(ema(change, long), short) / ema(ema(|change|, long), short),
 * in [-1, 1] (reference formula).
 */
public final class Tsi {
    private final Change change = new Change();
    private final Ema momentumLong = new Ema();
    private final Ema absoluteLong = new Ema();
    private final Ema momentumShort = new Ema();
    private final Ema absoluteShort = new Ema();

    public double next(double source, int shortLength, int longLength) {
        double momentum = change.next(source, 1);
        if (Double.isNaN(momentum)) {
            return Double.NaN;
        }
        double smoothed = momentumShort.next(momentumLong.next(momentum, longLength), shortLength);
        double absolute = absoluteShort.next(absoluteLong.next(Math.abs(momentum), longLength), shortLength);
        return smoothed / absolute;
    }
}
