package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.max(source)}: all-time highest value so far, na values ignored (min+max+median+mode.csv). */
public final class Max {
    private double max = Double.NaN;

    public double next(double source) {
        if (!(source <= max)) {
            max = Double.isNaN(source) ? max : source;
        }
        return max;
    }
}
