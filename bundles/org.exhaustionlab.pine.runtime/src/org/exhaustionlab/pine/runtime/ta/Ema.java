package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.ema(source, length)}, alpha = 2 / (length + 1).
 *
 * <p>Seeded with the sma of the first {@code length} non-na values (reference formula
 * {@code na(sum[1]) ? ta.sma(src, length) : ...}; ma.csv {@code ta.ema(close, 20)} is first defined on bar 19). An na
 * source returns na and does not advance the state (PyneCore TradingView measurement, ta.py ema).
 */
public final class Ema {
    private final RollingSum seed = new RollingSum();
    private double value = Double.NaN;

    public double next(double source, int length) {
        RollingSum.checkLength(length);
        if (Double.isNaN(source)) {
            return Double.NaN;
        }
        if (Double.isNaN(value)) {
            value = seed.next(source, length) / length;
            return value;
        }
        value = value + 2.0 / (length + 1) * (source - value);
        return value;
    }
}
