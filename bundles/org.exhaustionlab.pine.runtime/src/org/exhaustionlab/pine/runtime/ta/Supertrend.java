package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code [supertrend, direction] = ta.supertrend(factor, atrPeriod)}, the reference's documented Pine implementation
 * step by step (hl2 +- factor * atr bands ratcheted against nz(band[1]), direction -1 = up trend, 1 = down trend).
 * Like that code, bar 0 yields supertrend 0 (both bands collapse to nz(na) = 0) with direction 1.
 */
public final class Supertrend {
    private final Atr atr = new Atr();
    private double previousAtr = Double.NaN;
    private double previousLower = Double.NaN;
    private double previousUpper = Double.NaN;
    private double previousClose = Double.NaN;
    private double previousSupertrend = Double.NaN;
    private double supertrend = Double.NaN;
    private double direction = Double.NaN;

    /** Returns the supertrend line; {@link #direction()} holds the direction. */
    public double next(double factor, int atrPeriod, double high, double low, double close) {
        double range = atr.next(atrPeriod, high, low, close);
        double source = (high + low) / 2;
        double lower = source - factor * range;
        double upper = source + factor * range;
        double priorLower = TaMath.nz(previousLower);
        double priorUpper = TaMath.nz(previousUpper);
        lower = lower > priorLower || previousClose < priorLower ? lower : priorLower;
        upper = upper < priorUpper || previousClose > priorUpper ? upper : priorUpper;
        if (Double.isNaN(previousAtr)) {
            direction = 1;
        } else if (previousSupertrend == priorUpper) {
            direction = close > upper ? -1 : 1;
        } else {
            direction = close < lower ? 1 : -1;
        }
        supertrend = direction == -1 ? lower : upper;
        previousAtr = range;
        previousLower = lower;
        previousUpper = upper;
        previousClose = close;
        previousSupertrend = supertrend;
        return supertrend;
    }

    public double supertrend() {
        return supertrend;
    }

    public double direction() {
        return direction;
    }
}
