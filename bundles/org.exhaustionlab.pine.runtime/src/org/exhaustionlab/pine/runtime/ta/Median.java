package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.median(source, length)}: median of the last {@code length} non-na values (mean of the middle two for an
 * even length); an na source returns na and is skipped (PyneCore notes, ta.py median; min+max+median+mode.csv).
 */
public final class Median {
    private final SortedWindow window = new SortedWindow();

    public double next(double source, int length) {
        if (Double.isNaN(source)) {
            return Double.NaN;
        }
        window.push(source, length);
        int n = window.size();
        if (n < length) {
            return Double.NaN;
        }
        return n % 2 == 1 ? window.get(n / 2) : (window.get(n / 2 - 1) + window.get(n / 2)) / 2;
    }
}
