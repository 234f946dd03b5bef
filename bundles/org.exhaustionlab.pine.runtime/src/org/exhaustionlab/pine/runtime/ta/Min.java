package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.min(source)}: all-time lowest value so far, na values ignored (min+max+median+mode.csv). */
public final class Min {
    private double min = Double.NaN;

    public double next(double source) {
        if (!(source >= min)) {
            min = Double.isNaN(source) ? min : source;
        }
        return min;
    }
}
