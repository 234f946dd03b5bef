package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code [middle, upper, lower] = ta.kc(series, length, mult, useTrueRange=true)} (reference formula; kc.csv):
 * middle = ema(series), bands = middle +- mult * ema(range), range = ta.tr (handle_na false) or high - low.
 */
public final class Kc {
    private final Ema basis = new Ema();
    private final Ema rangeEma = new Ema();
    private final Tr tr = new Tr();
    private double middle = Double.NaN;
    private double upper = Double.NaN;
    private double lower = Double.NaN;

    /** Returns the middle line; {@link #upper()} and {@link #lower()} hold the bands. */
    public double next(double series, int length, double mult, boolean useTrueRange, double high, double low,
            double close) {
        middle = basis.next(series, length);
        double trueRange = tr.next(false, high, low, close);
        double span = rangeEma.next(useTrueRange ? trueRange : high - low, length) * mult;
        upper = middle + span;
        lower = middle - span;
        return middle;
    }

    public double middle() {
        return middle;
    }

    public double upper() {
        return upper;
    }

    public double lower() {
        return lower;
    }
}
