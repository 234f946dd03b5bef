package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code [middle, upper, lower] = ta.bb(series, length, mult)}: middle = sma, bands = middle +- mult * biased stdev
 * (reference formula; bb.csv). Call {@link #next} then read {@link #middle()}, {@link #upper()}, {@link #lower()}.
 */
public final class Bb {
    private final Sma sma = new Sma();
    private final Stdev stdev = new Stdev();
    private double middle = Double.NaN;
    private double upper = Double.NaN;
    private double lower = Double.NaN;

    /** Returns the middle band; the other bands are available from the getters. */
    public double next(double series, int length, double mult) {
        middle = sma.next(series, length);
        double dev = mult * stdev.next(series, length);
        upper = middle + dev;
        lower = middle - dev;
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
