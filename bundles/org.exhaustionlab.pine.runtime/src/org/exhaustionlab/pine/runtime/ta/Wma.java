package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.wma(source, length)}: weights length (newest) .. 1 (oldest), divided by length * (length + 1) / 2.
 *
 * <p>na handling (PyneCore TradingView measurement, ta.py wma): an na bar returns na but the window still advances
 * with the last non-na value carried forward; the result is na until {@code length} non-na values were seen.
 */
public final class Wma {
    private final WeightedWindow window = new WeightedWindow();
    private double last = Double.NaN;
    private long nonNa;

    public double next(double source, int length) {
        RollingSum.checkLength(length);
        boolean na = Double.isNaN(source);
        if (!na) {
            last = source;
            nonNa++;
        }
        if (nonNa > 0) {
            // leading na bars are never inside a complete window; pushing them would poison the running sums
            window.push(last, length);
        }
        if (na || nonNa < length) {
            return Double.NaN;
        }
        return window.weighted() / (length * (length + 1) / 2.0);
    }
}
