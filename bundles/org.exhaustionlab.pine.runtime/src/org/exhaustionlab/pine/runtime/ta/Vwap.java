package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.vwap(source, anchor)} and {@code [vwap, upper, lower] = ta.vwap(source, anchor, stdev_mult)}; the variable
 * {@code ta.vwap} is {@code ta.vwap(hlc3, session.isfirstbar)}. Sums restart on each bar where {@code anchor} is true;
 * na before the first anchor and on na-source bars (which add nothing). Bands: vwap +- mult * sqrt(max(0,
 * sum(src^2 v) / sum(v) - vwap^2)) (reference description; PyneCore ta.py vwap).
 */
public final class Vwap {
    private double volumeSum;
    private double priceVolumeSum;
    private double squareVolumeSum;
    private boolean anchored;
    private double vwap = Double.NaN;
    private double upper = Double.NaN;
    private double lower = Double.NaN;

    public double next(double source, boolean anchor, double volume) {
        return next(source, anchor, Double.NaN, volume);
    }

    /** Returns the vwap; with a stdev multiplier, {@link #upper()} and {@link #lower()} hold the bands. */
    public double next(double source, boolean anchor, double stdevMult, double volume) {
        vwap = Double.NaN;
        upper = Double.NaN;
        lower = Double.NaN;
        if (Double.isNaN(source)) {
            return vwap;
        }
        if (anchor) {
            volumeSum = 0;
            priceVolumeSum = 0;
            squareVolumeSum = 0;
            anchored = true;
        }
        if (!anchored) {
            return vwap;
        }
        volumeSum += volume;
        priceVolumeSum += source * volume;
        squareVolumeSum += source * source * volume;
        vwap = priceVolumeSum / volumeSum;
        if (!Double.isNaN(stdevMult) && !Double.isNaN(vwap)) {
            double width = stdevMult * Math.sqrt(Math.max(0.0, squareVolumeSum / volumeSum - vwap * vwap));
            upper = vwap + width;
            lower = vwap - width;
        }
        return vwap;
    }

    public double vwap() {
        return vwap;
    }

    public double upper() {
        return upper;
    }

    public double lower() {
        return lower;
    }
}
