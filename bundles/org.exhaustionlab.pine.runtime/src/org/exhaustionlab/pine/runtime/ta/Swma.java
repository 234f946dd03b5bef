package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.swma(source)}: x[3]/6 + 2 x[2]/6 + 2 x[1]/6 + x/6 (reference formula); na until 4 bars exist. */
public final class Swma {
    private double x1 = Double.NaN;
    private double x2 = Double.NaN;
    private double x3 = Double.NaN;

    public double next(double source) {
        double result = (source + 2 * x1 + 2 * x2 + x3) / 6;
        x3 = x2;
        x2 = x1;
        x1 = source;
        return result;
    }
}
