package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.linreg(source, length, offset)} = intercept + slope * (length - 1 - offset), least squares over the last
 * {@code length} bars with x = 1 (oldest) .. length (reference formula; linreg.csv). An na among those bars gives na
 * (reference remark: "na values in the source series are included in calculations and will produce an na result").
 */
public final class Linreg {
    private final WeightedWindow window = new WeightedWindow();
    private long bar = -1;
    private long lastNaBar = -1;

    public double next(double source, int length, int offset) {
        RollingSum.checkLength(length);
        bar++;
        if (Double.isNaN(source)) {
            lastNaBar = bar;
        }
        // an na enters the O(1) sums as 0 (it would poison them); any window holding it reports na anyway
        window.push(Double.isNaN(source) ? 0.0 : source, length);
        if (bar < length - 1 || (lastNaBar >= 0 && bar - lastNaBar < length)) {
            return Double.NaN;
        }
        if (length == 1) {
            return source;
        }
        double n = length;
        double sumX = n * (n + 1) / 2;
        double sumX2 = n * (n + 1) * (2 * n + 1) / 6;
        double slope = (n * window.weighted() - sumX * window.sum()) / (n * sumX2 - sumX * sumX);
        double intercept = window.sum() / n - slope * sumX / n + slope;
        return intercept + slope * (length - 1 - offset);
    }
}
