package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.pvt} = cum(change(close) / close[1] * volume) (reference formula); na on the first bar. */
public final class Pvt {
    private final Cum cum = new Cum();
    private double previousClose = Double.NaN;

    public double next(double close, double volume) {
        double result = cum.next((close - previousClose) / previousClose * volume);
        previousClose = close;
        return result;
    }
}
