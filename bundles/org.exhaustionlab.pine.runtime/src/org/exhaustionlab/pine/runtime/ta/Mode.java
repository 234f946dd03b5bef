package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.mode(source, length)}: most frequent of the last {@code length} non-na values, the smallest among equally
 * frequent ones (reference: "na values in the source series are ignored; the function calculates on the length
 * quantity of non-na values"); an na-source bar returns na (as {@link Median}); min+max+median+mode.csv.
 */
public final class Mode {
    private final SortedWindow window = new SortedWindow();

    public double next(double source, int length) {
        if (Double.isNaN(source)) {
            return Double.NaN;
        }
        window.push(source, length);
        if (window.size() < length) {
            return Double.NaN;
        }
        double best = window.get(0);
        int bestCount = 0;
        int run = 0;
        for (int i = 0; i < window.size(); i++) {
            run = i > 0 && window.get(i) == window.get(i - 1) ? run + 1 : 1;
            if (run > bestCount) {
                bestCount = run;
                best = window.get(i);
            }
        }
        return best;
    }
}
