package org.exhaustionlab.validation;

import java.util.Arrays;

/**
 * An empirical distribution of simulated values, kept sorted so a report can read percentiles and draw a histogram.
 * Percentiles use linear interpolation between order statistics (the "type 7" rule of R and NumPy's default).
 */
public final class Distribution {
    private final double[] sorted;

    private Distribution(double[] sorted) {
        this.sorted = sorted;
    }

    /** Copies and sorts the samples; they must be non-empty and free of NaN. */
    public static Distribution of(double[] samples) {
        if (samples == null || samples.length == 0) {
            throw new IllegalArgumentException("a distribution needs at least one sample");
        }
        double[] copy = samples.clone();
        for (double v : copy) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("distribution samples must not be NaN");
            }
        }
        Arrays.sort(copy);
        return new Distribution(copy);
    }

    public double[] sortedValues() {
        return sorted.clone();
    }

    public int size() {
        return sorted.length;
    }

    public double min() {
        return sorted[0];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }

    public double mean() {
        double s = 0;
        for (double v : sorted) {
            s += v;
        }
        return s / sorted.length;
    }

    /** @param p percentile in [0, 100] */
    public double percentile(double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be within 0..100, got " + p);
        }
        double h = (sorted.length - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Share of samples strictly below the given value (e.g. the probability of a loss when value = 0). */
    public double fractionBelow(double value) {
        int count = 0;
        for (double v : sorted) {
            if (v < value) {
                count++;
            }
        }
        return count / (double) sorted.length;
    }

    /** Counts per equal-width bin between min and max (the last bin includes max). */
    public int[] histogram(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("histogram needs at least one bin, got " + bins);
        }
        int[] counts = new int[bins];
        double width = (max() - min()) / bins;
        for (double v : sorted) {
            int b = width == 0 ? 0 : (int) ((v - min()) / width);
            counts[Math.min(b, bins - 1)]++;
        }
        return counts;
    }

    @Override
    public String toString() {
        return String.format("Distribution[n=%d, p5=%.6g, p50=%.6g, p95=%.6g]", size(), percentile(5), percentile(50), percentile(95));
    }
}
