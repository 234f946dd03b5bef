package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.alma(series, length, offset, sigma, floor=false)} (reference formula): Gaussian weights
 * {@code exp(-(i - m)^2 / (2 s^2))}, m = offset * (length - 1) (floored when {@code floor}), s = length / sigma, i = 0
 * for the oldest bar. Reads the last {@code length} bars, so an na among them (or too little history) gives na.
 */
public final class Alma {
    private final DoubleRing history = new DoubleRing();
    private double[] weights = new double[0];
    private double norm;
    private int length = -1;
    private double offset = Double.NaN;
    private double sigma = Double.NaN;
    private boolean floor;

    public double next(double series, int length, double offset, double sigma) {
        return next(series, length, offset, sigma, false);
    }

    public double next(double series, int length, double offset, double sigma, boolean floor) {
        RollingSum.checkLength(length);
        history.push(series);
        if (length != this.length || offset != this.offset || sigma != this.sigma || floor != this.floor) {
            history.require(length);
            computeWeights(length, offset, sigma, floor);
        }
        if (Double.isNaN(series)) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += weights[i] * history.get(length - 1 - i);
        }
        return sum / norm;
    }

    private void computeWeights(int length, double offset, double sigma, boolean floor) {
        this.length = length;
        this.offset = offset;
        this.sigma = sigma;
        this.floor = floor;
        if (weights.length < length) {
            weights = new double[length];
        }
        double m = floor ? Math.floor(offset * (length - 1)) : offset * (length - 1);
        double s = length / sigma;
        norm = 0;
        for (int i = 0; i < length; i++) {
            weights[i] = Math.exp(-((i - m) * (i - m)) / (2 * s * s));
            norm += weights[i];
        }
    }
}
