package org.exhaustionlab.validation.report;

import java.util.Arrays;

/**
 * Thins a long series for drawing: the index range is cut into equal buckets and each bucket keeps its lowest and
 * its highest point (in index order), plus the first and the last point of the series. Unlike taking every k-th
 * point, this keeps every peak and trough, so the drawn maximum drawdown is the real one.
 */
public final class Decimator {
    private Decimator() {
    }

    /**
     * Indices of the points to keep, ascending: all of them when the series has at most {@code maxPoints} points,
     * else at most {@code maxPoints} (≥ 4) including the first, the last, the global minimum and the global maximum.
     */
    public static int[] indices(double[] y, int maxPoints) {
        if (maxPoints < 4) {
            throw new IllegalArgumentException("decimation needs room for at least 4 points, got " + maxPoints);
        }
        int n = y.length;
        if (n <= maxPoints) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int buckets = (maxPoints - 2) / 2;
        int[] out = new int[buckets * 2 + 2];
        int k = 0;
        out[k++] = 0;
        int last = n - 1;
        for (int b = 0; b < buckets; b++) {
            int from = 1 + (int) ((long) (n - 2) * b / buckets);
            int to = 1 + (int) ((long) (n - 2) * (b + 1) / buckets);
            if (from >= to) {
                continue;
            }
            int lo = from;
            int hi = from;
            for (int i = from + 1; i < to; i++) {
                if (y[i] < y[lo]) {
                    lo = i;
                }
                if (y[i] > y[hi]) {
                    hi = i;
                }
            }
            out[k++] = Math.min(lo, hi);
            if (lo != hi) {
                out[k++] = Math.max(lo, hi);
            }
        }
        out[k++] = last;
        return Arrays.copyOf(out, k);
    }

    /** The values at the given indices. */
    public static double[] pick(double[] values, int[] indices) {
        double[] out = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }

    /** The times at the given indices. */
    public static long[] pick(long[] values, int[] indices) {
        long[] out = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }
}
