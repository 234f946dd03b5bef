package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.stoch(source, high, low, length)} = 100 * (source - lowest(low)) / (highest(high) - lowest(low)),
 * unclamped (reference formula; mfi+rsi+stoch.csv). A bar with any na argument returns na and is not counted
 * (PyneCore TradingView notes, ta.py stoch).
 */
public final class Stoch {
    private final BlockExtremum highest = new BlockExtremum(true);
    private final BlockExtremum lowest = new BlockExtremum(false);

    public double next(double source, double high, double low, int length) {
        if (Double.isNaN(source) || Double.isNaN(high) || Double.isNaN(low)) {
            return Double.NaN;
        }
        highest.next(high, length);
        lowest.next(low, length);
        double min = lowest.value();
        return 100 * (source - min) / (highest.value() - min);
    }
}
