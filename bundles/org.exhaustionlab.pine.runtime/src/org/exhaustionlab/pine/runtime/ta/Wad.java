package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.wad} (Williams accumulation/distribution) = cum(mom > 0 ? close - min(low, close[1]) : mom < 0 ? close -
 * max(high, close[1]) : 0), mom = change(close) (reference formula); 0 on the first bar.
 */
public final class Wad {
    private final Cum cum = new Cum();
    private double previousClose = Double.NaN;

    public double next(double high, double low, double close) {
        double momentum = close - previousClose;
        double gain = momentum > 0 ? close - Math.min(low, previousClose)
                : momentum < 0 ? close - Math.max(high, previousClose) : 0.0;
        previousClose = close;
        return cum.next(gain);
    }
}
