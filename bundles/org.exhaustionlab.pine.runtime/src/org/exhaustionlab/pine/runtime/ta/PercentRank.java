package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.percentrank(source, length)}: percent of the previous {@code length} values that are <= the current one
 * (within 1e-10: PyneCore TradingView measurement); na on na-source bars and until {@code length} previous bars
 * exist. O(length) per bar.
 */
public final class PercentRank {
    private final DoubleRing history = new DoubleRing();
    private int requested = -1;

    public double next(double source, int length) {
        RollingSum.checkLength(length);
        if (length > requested) {
            requested = length;
            history.require(length);
        }
        history.push(source);
        if (Double.isNaN(source) || history.size() <= length) {
            return Double.NaN;
        }
        int atOrBelow = 0;
        for (int back = 1; back <= length; back++) {
            double other = history.get(back);
            if (other <= source || other - source <= TaMath.EPSILON) {
                atOrBelow++;
            }
        }
        return atOrBelow * 100.0 / length;
    }
}
