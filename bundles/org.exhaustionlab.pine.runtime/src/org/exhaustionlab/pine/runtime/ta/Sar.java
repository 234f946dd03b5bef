package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.sar(start, inc, max)} (Parabolic SAR), following the reference's documented Pine implementation: na on
 * the first bar, the trend on bar 1 chosen by close > close[1], reversal to the extreme point, the result clamped by
 * the previous two bars' lows (up trend) or highs (down trend).
 */
public final class Sar {
    private long bar = -1;
    private double result = Double.NaN;
    private double extreme = Double.NaN;
    private double acceleration = Double.NaN;
    private boolean below;
    private double high1 = Double.NaN;
    private double high2 = Double.NaN;
    private double low1 = Double.NaN;
    private double low2 = Double.NaN;
    private double close1 = Double.NaN;

    public double next(double start, double inc, double max, double high, double low, double close) {
        bar++;
        boolean firstTrendBar = false;
        if (bar == 1) {
            below = close > close1;
            extreme = below ? high : low;
            result = below ? low1 : high1;
            firstTrendBar = true;
            acceleration = start;
        }
        result = result + acceleration * (extreme - result);
        if (below) {
            if (result > low) {
                firstTrendBar = true;
                below = false;
                result = Math.max(high, extreme);
                extreme = low;
                acceleration = start;
            }
        } else if (result < high) {
            firstTrendBar = true;
            below = true;
            result = Math.min(low, extreme);
            extreme = high;
            acceleration = start;
        }
        if (!firstTrendBar) {
            if (below && high > extreme) {
                extreme = high;
                acceleration = Math.min(acceleration + inc, max);
            } else if (!below && low < extreme) {
                extreme = low;
                acceleration = Math.min(acceleration + inc, max);
            }
        }
        if (below) {
            result = TaMath.min(result, low1);
            if (bar > 1) {
                result = TaMath.min(result, low2);
            }
        } else {
            result = TaMath.max(result, high1);
            if (bar > 1) {
                result = TaMath.max(result, high2);
            }
        }
        high2 = high1;
        high1 = high;
        low2 = low1;
        low1 = low;
        close1 = close;
        return result;
    }
}
