package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code [macd, signal, hist] = ta.macd(source, fastlen, slowlen, siglen)}: macd = ema(fast) - ema(slow), signal =
 * ema(macd, siglen) over the defined macd values, hist = macd - signal (reference formula; macd.csv).
 */
public final class Macd {
    private final Ema fast = new Ema();
    private final Ema slow = new Ema();
    private final Ema signalEma = new Ema();
    private double macd = Double.NaN;
    private double signal = Double.NaN;

    /** Returns the macd line; {@link #signal()} and {@link #hist()} hold the rest of the tuple. */
    public double next(double source, int fastLength, int slowLength, int signalLength) {
        macd = fast.next(source, fastLength) - slow.next(source, slowLength);
        signal = signalEma.next(macd, signalLength);
        return macd;
    }

    public double macd() {
        return macd;
    }

    public double signal() {
        return signal;
    }

    public double hist() {
        return macd - signal;
    }
}
