package org.exhaustionlab.pine.runtime.ta;

import java.util.Arrays;

/**
 * {@code ta.rci(source, length)} (rank correlation index): 100 * Spearman correlation between time (0 = newest) and
 * price rank (0 = highest) over the last {@code length} bars; values within 1e-10 of a tie group's smallest member
 * share its average rank (PyneCore TradingView measurement, ta.py rci, also the source of the warm-up: na while
 * bar_index < length). O(length log length) per bar.
 */
public final class Rci {
    private final DoubleRing history = new DoubleRing();
    private int requested = -1;
    private double[] sorted = new double[0];
    private double[] groupRank = new double[0];

    public double next(double source, int length) {
        RollingSum.checkLength(length);
        if (length > requested) {
            requested = length;
            history.require(length);
            sorted = new double[length];
            groupRank = new double[length];
        }
        history.push(source);
        if (Double.isNaN(source) || history.size() <= length) {
            return Double.NaN;
        }
        for (int i = 0; i < length; i++) {
            sorted[i] = history.get(i);
            if (Double.isNaN(sorted[i])) {
                return Double.NaN;
            }
        }
        Arrays.sort(sorted, 0, length);
        for (int i = 0; i < length;) {
            int j = i;
            while (j < length && sorted[j] - sorted[i] < TaMath.EPSILON) {
                j++;
            }
            double rank = (length - 1) - (2.0 * i + (j - i) - 1) / 2.0;
            for (int k = i; k < j; k++) {
                groupRank[k] = rank;
            }
            i = j;
        }
        double n = length;
        double sumX = 0;
        double sumY = 0;
        double sumX2 = 0;
        double sumY2 = 0;
        for (int i = 0; i < length; i++) {
            double y = rankOf(history.get(i), length);
            sumX += i;
            sumY += y;
            sumX2 += (double) i * i;
            sumY2 += y * y;
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double varX = sumX2 / n - meanX * meanX;
        double varY = sumY2 / n - meanY * meanY;
        if (varX <= 0 || varY <= 0) {
            return Double.NaN;
        }
        double cov = 0;
        for (int i = 0; i < length; i++) {
            cov += (i - meanX) * (rankOf(history.get(i), length) - meanY);
        }
        cov /= n;
        return 100.0 * cov / (Math.sqrt(varX) * Math.sqrt(varY));
    }

    private double rankOf(double value, int length) {
        int low = 0;
        int high = length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return groupRank[low];
    }
}
