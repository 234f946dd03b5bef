package org.exhaustionlab.pine.runtime.lib;

import java.util.Arrays;

/**
 * Statistics of numeric arrays, on a snapshot of the elements as doubles (int na converted to NaN). na elements are
 * ignored and an array without a non-na element gives na (TradingView, measured by PyneCore:
 * avg(1, na, 3, na, 5) = 3, sum(na, na) = na, stdev of one value = 0). Variance and stdev are biased (population)
 * unless {@code biased} is false.
 */
public final class ArrayStats {
    private ArrayStats() {
    }

    /** The non-na values, in order. */
    static double[] values(double[] all) {
        int n = 0;
        for (double v : all) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        if (n == all.length) {
            return all;
        }
        double[] out = new double[n];
        int k = 0;
        for (double v : all) {
            if (!Double.isNaN(v)) {
                out[k++] = v;
            }
        }
        return out;
    }

    static double[] sorted(double[] all) {
        double[] v = values(all);
        double[] s = v == all ? v.clone() : v;
        Arrays.sort(s);
        return s;
    }

    public static double sum(double[] all) {
        double[] v = values(all);
        if (v.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        double c = 0;
        for (double x : v) { // Neumaier summation: sums of many prices stay exact to the last digit
            double t = sum + x;
            c += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }
        return sum + c;
    }

    public static double avg(double[] all) {
        double[] v = values(all);
        return v.length == 0 ? Double.NaN : sum(v) / v.length;
    }

    /** nth smallest (0 = the smallest, also for an na nth); na when nth is outside the non-na values. */
    public static double min(double[] all, long nth) {
        double[] s = sorted(all);
        nth = nth == Na.INT ? 0 : nth;
        if (nth < 0 || nth >= s.length) {
            return Double.NaN;
        }
        return s[(int) nth];
    }

    /** nth largest (0 = the largest). */
    public static double max(double[] all, long nth) {
        double[] s = sorted(all);
        nth = nth == Na.INT ? 0 : nth;
        if (nth < 0 || nth >= s.length) {
            return Double.NaN;
        }
        return s[s.length - 1 - (int) nth];
    }

    public static double range(double[] all) {
        double[] s = sorted(all);
        return s.length == 0 ? Double.NaN : s[s.length - 1] - s[0];
    }

    public static double median(double[] all) {
        double[] s = sorted(all);
        int n = s.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Most frequent value; the smallest among equally frequent ones. */
    public static double mode(double[] all) {
        double[] s = sorted(all);
        if (s.length == 0) {
            return Double.NaN;
        }
        double best = s[0];
        int bestCount = 0;
        for (int i = 0; i < s.length;) {
            int j = i;
            while (j < s.length && s[j] == s[i]) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = s[i];
            }
            i = j;
        }
        return best;
    }

    public static double variance(double[] all, boolean biased) {
        double[] v = values(all);
        int n = v.length;
        if (n == 0) {
            return Double.NaN;
        }
        if (n == 1) {
            return 0;
        }
        double mean = sum(v) / n;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return ss / (biased ? n : n - 1);
    }

    public static double stdev(double[] all, boolean biased) {
        return Math.sqrt(variance(all, biased));
    }

    /** Covariance over the pairs where both values are non-na; arrays of different sizes give na. */
    public static double covariance(double[] a, double[] b, boolean biased) {
        if (a.length != b.length) {
            return Double.NaN;
        }
        int n = 0;
        double sa = 0;
        double sb = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                n++;
                sa += a[i];
                sb += b[i];
            }
        }
        if (n == 0 || !biased && n < 2) {
            return Double.NaN;
        }
        double ma = sa / n;
        double mb = sb / n;
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                s += (a[i] - ma) * (b[i] - mb);
            }
        }
        return s / (biased ? n : n - 1);
    }

    /**
     * z-scores with the population stdev of the non-na values; na stays na; an all-equal array gives 1 for every
     * element (all TradingView measurements published by PyneCore).
     */
    public static FloatArray standardize(double[] all) {
        double[] v = values(all);
        double mean = v.length == 0 ? Double.NaN : sum(v) / v.length;
        double sd = stdev(all, true);
        double[] out = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            if (Double.isNaN(all[i]) || Double.isNaN(mean)) {
                out[i] = Double.NaN;
            } else {
                out[i] = sd == 0 ? 1.0 : (all[i] - mean) / sd;
            }
        }
        return FloatArray.from(out);
    }

    /**
     * Percentage of the OTHER non-na elements that are less than or equal to the element at index (the definition
     * ta.percentrank uses; TradingView does not document the array form further).
     */
    public static double percentrank(double[] all, int index) {
        if (index < 0) {
            return Double.NaN;
        }
        double x = all[index];
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        int others = 0;
        int below = 0;
        for (int i = 0; i < all.length; i++) {
            if (i != index && !Double.isNaN(all[i])) {
                others++;
                if (all[i] <= x) {
                    below++;
                }
            }
        }
        return others == 0 ? Double.NaN : 100.0 * below / others;
    }

    /** Linear interpolation at the 1-based position n * p / 100 + 0.5, clamped (as ta.percentile_linear_interpolation). */
    public static double percentileLinearInterpolation(double[] all, double percentage) {
        checkPercentage("array.percentile_linear_interpolation", percentage);
        double[] s = sorted(all);
        int n = s.length;
        if (n == 0 || Double.isNaN(percentage)) { // an na percentage gives na (measured by PyneCore)
            return Double.NaN;
        }
        double position = n * percentage / 100.0 + 0.5;
        if (position <= 1) {
            return s[0];
        }
        if (position >= n) {
            return s[n - 1];
        }
        int lower = (int) Math.floor(position);
        double fraction = position - lower;
        return s[lower - 1] + fraction * (s[lower] - s[lower - 1]);
    }

    /** Value of rank ceil(p * n / 100), clamped to 1..n. */
    public static double percentileNearestRank(double[] all, double percentage) {
        checkPercentage("array.percentile_nearest_rank", percentage);
        double[] s = sorted(all);
        int n = s.length;
        if (n == 0) {
            return Double.NaN;
        }
        if (Double.isNaN(percentage)) {
            percentage = 0; // an na percentage acts as 0 (measured by PyneCore)
        }
        int rank = (int) Math.max(1, Math.min(n, Math.ceil(percentage * n / 100)));
        return s[rank - 1];
    }

    private static void checkPercentage(String function, double percentage) {
        if (percentage < 0 || percentage > 100) {
            throw new PineRuntimeError(function + ": the percentage must be in [0..100], got " + NumberText.of(percentage));
        }
    }

    /** Stable sort order with na as the largest value. */
    public static IntArray sortIndices(double[] all, boolean descending) {
        Integer[] idx = new Integer[all.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        if (descending) {
            Arrays.sort(idx, (x, y) -> Double.compare(all[y], all[x]));
        } else {
            Arrays.sort(idx, (x, y) -> Double.compare(all[x], all[y]));
        }
        IntArray out = IntArray.newInt(0, Na.INT);
        for (Integer i : idx) {
            out.push(i);
        }
        return out;
    }

    /** Index of val in the ascending range s[off, off + n) (any matching one, relative to off), or -1. */
    public static long binarySearch(double[] s, int off, int n, double val) {
        int lb = lowerBound(s, off, n, val);
        return lb < n && s[off + lb] == val ? lb : -1;
    }

    /** Index of the first val, or of the largest element below val (-1 if none) when absent. */
    public static long binarySearchLeftmost(double[] s, int off, int n, double val) {
        int lb = lowerBound(s, off, n, val);
        return lb < n && s[off + lb] == val ? lb : lb - 1;
    }

    /** Index of the last val, or the position val would be inserted at when absent. */
    public static long binarySearchRightmost(double[] s, int off, int n, double val) {
        int ub = upperBound(s, off, n, val);
        return ub > 0 && s[off + ub - 1] == val ? ub - 1 : ub;
    }

    private static int lowerBound(double[] s, int off, int n, double val) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[off + mid] < val) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] s, int off, int n, double val) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[off + mid] <= val) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
