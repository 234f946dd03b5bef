package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code [plus, minus, adx] = ta.dmi(diLength, adxSmoothing)} (reference formula): +DM/-DM from change(high) and
 * -change(low), each rma'd and divided by rma(ta.tr) (the handle_na=false true range, na on the first bar: PyneCore
 * TradingView measurement, ta.py dmi), adx = 100 * rma(|plus - minus| / (plus + minus or 1)). The +DM/-DM selection
 * compares with the 1e-10 tolerance (same source).
 */
public final class Dmi {
    private final Tr tr = new Tr();
    private final Rma trueRange = new Rma();
    private final Rma plusRma = new Rma();
    private final Rma minusRma = new Rma();
    private final Rma adxRma = new Rma();
    private double previousHigh = Double.NaN;
    private double previousLow = Double.NaN;
    private double plus = Double.NaN;
    private double minus = Double.NaN;
    private double adx = Double.NaN;

    /** Returns +DI; {@link #minus()} and {@link #adx()} hold the rest of the tuple. */
    public double next(int diLength, int adxSmoothing, double high, double low, double close) {
        double up = high - previousHigh;
        double down = previousLow - low;
        previousHigh = high;
        previousLow = low;
        boolean na = Double.isNaN(up) || Double.isNaN(down);
        double plusDm = na ? Double.NaN : (up - down > TaMath.EPSILON && up > TaMath.EPSILON ? up : 0.0);
        double minusDm = na ? Double.NaN : (down - up > TaMath.EPSILON && down > TaMath.EPSILON ? down : 0.0);
        double range = trueRange.next(tr.next(false, high, low, close), diLength);
        double p = plusRma.next(plusDm, diLength);
        double m = minusRma.next(minusDm, diLength);
        if (Double.isNaN(range) || Double.isNaN(p) || Double.isNaN(m) || range == 0.0) {
            plus = Double.NaN;
            minus = Double.NaN;
            adx = Double.NaN;
            return plus;
        }
        plus = 100 * p / range;
        minus = 100 * m / range;
        double sum = plus + minus;
        adx = 100 * adxRma.next(Math.abs(plus - minus) / (sum == 0.0 ? 1.0 : sum), adxSmoothing);
        return plus;
    }

    public double plus() {
        return plus;
    }

    public double minus() {
        return minus;
    }

    public double adx() {
        return adx;
    }
}
