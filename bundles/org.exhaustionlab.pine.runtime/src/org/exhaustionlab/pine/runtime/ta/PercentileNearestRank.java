package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.percentile_nearest_rank(source, length, percentage)}: the value of rank ceil(percentage * length / 100)
 * (clamped to 1..length) among the last {@code length} non-na values sorted ascending (reference: nearest rank
 * method, "na values in the source series are ignored"). An na-source bar returns na; na until {@code length}
 * non-na values were seen.
 */
public final class PercentileNearestRank {
    private final SortedWindow window = new SortedWindow();

    public double next(double source, int length, double percentage) {
        if (Double.isNaN(source)) {
            return Double.NaN;
        }
        window.push(source, length);
        if (window.size() < length || Double.isNaN(percentage)) {
            return Double.NaN;
        }
        int rank = (int) Math.max(1, Math.min(length, Math.ceil(percentage * length / 100)));
        return window.get(rank - 1);
    }
}
