package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.cog(source, length)} = -sum(source[i] * (i + 1)) / sum(source), i = 0 newest (reference formula;
 * cci+cmo+cog.csv). na values are skipped; an na bar repeats the last full result (PyneCore notes, ta.py cog).
 */
public final class Cog {
    private final WeightedWindow window = new WeightedWindow();
    private double last = Double.NaN;

    public double next(double source, int length) {
        RollingSum.checkLength(length);
        if (Double.isNaN(source)) {
            return last;
        }
        window.push(source, length);
        if (window.count() < length) {
            last = Double.NaN;
            return last;
        }
        double sum = window.sum();
        // weight i + 1 (i = 0 newest) equals length + 1 - x for the window's x = 1 (oldest) .. length weights
        double numerator = (length + 1) * sum - window.weighted();
        last = -numerator / sum;
        return last;
    }
}
