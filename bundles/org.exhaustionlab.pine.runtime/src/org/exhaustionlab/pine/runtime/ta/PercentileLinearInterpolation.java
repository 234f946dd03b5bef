package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.percentile_linear_interpolation(source, length, percentage)}: linear interpolation between the two ranks
 * around the 1-based position length * percentage / 100 + 0.5 of the sorted last {@code length} bars, clamped to the
 * first/last value (PyneCore TradingView measurement of the position; na values sort last, and with any na in the
 * window only exact ranks give a value). na on na-source bars and until {@code length} bars were seen.
 */
public final class PercentileLinearInterpolation {
    private final SortedWindow window = new SortedWindow();

    public double next(double source, int length, double percentage) {
        window.push(source, length);
        if (Double.isNaN(source) || window.window() < length || Double.isNaN(percentage)) {
            return Double.NaN;
        }
        int m = window.size();
        double position = length * percentage / 100.0 + 0.5;
        double nearest = Math.rint(position);
        if (Math.abs(position - nearest) < 1e-9) {
            position = nearest;
        }
        if (position <= 1) {
            return window.get(0);
        }
        if (position >= length) {
            return m == length ? window.get(m - 1) : Double.NaN;
        }
        int lowerRank = (int) Math.floor(position);
        double fraction = position - lowerRank;
        if (fraction == 0) {
            return lowerRank <= m ? window.get(lowerRank - 1) : Double.NaN;
        }
        if (m < length) {
            return Double.NaN;
        }
        double below = window.get(lowerRank - 1);
        return below + fraction * (window.get(lowerRank) - below);
    }
}
