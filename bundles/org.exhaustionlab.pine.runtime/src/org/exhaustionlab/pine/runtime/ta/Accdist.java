package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.accdist} = cum((close == high and close == low) or high == low ? 0 : (2 close - low - high) / (high - low)
 * * volume) (reference formula).
 */
public final class Accdist {
    private final Cum cum = new Cum();

    public double next(double high, double low, double close, double volume) {
        boolean flat = (close == high && close == low) || high == low;
        return cum.next(flat ? 0.0 : (2 * close - low - high) / (high - low) * volume);
    }
}
