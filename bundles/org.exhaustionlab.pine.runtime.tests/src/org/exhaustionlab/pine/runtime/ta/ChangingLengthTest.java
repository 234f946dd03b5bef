package org.exhaustionlab.pine.runtime.ta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Incremental window functions against brute-force recomputation while the (series) length jumps between bars and
 * the source has na gaps.
 */
class ChangingLengthTest {
    private static final int BARS = 4000;

    private final double[] values = new double[BARS];
    private final int[] lengths = new int[BARS];

    ChangingLengthTest() {
        Random random = new Random(5);
        for (int i = 0; i < BARS; i++) {
            values[i] = random.nextInt(20) == 0 ? Double.NaN : 50 + random.nextInt(40) / 4.0;
            lengths[i] = i % 300 < 150 ? 1 + (i / 300) % 12 : 2 + random.nextInt(25);
        }
    }

    /** The last n non-na values up to and including bar, newest first; null when there are fewer. */
    private double[] lastNonNa(int bar, int n) {
        List<Double> found = new ArrayList<>();
        for (int i = bar; i >= 0 && found.size() < n; i--) {
            if (!Double.isNaN(values[i])) {
                found.add(values[i]);
            }
        }
        return found.size() < n ? null : found.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void varianceAndSmaMatchBruteForce() {
        Variance variance = new Variance();
        Sma sma = new Sma();
        for (int bar = 0; bar < BARS; bar++) {
            int n = lengths[bar];
            double actualVariance = variance.next(values[bar], n);
            double actualMean = sma.next(values[bar], n);
            double[] window = lastNonNa(bar, n);
            if (window == null) {
                assertEquals(Double.NaN, actualMean, "bar " + bar);
                continue;
            }
            double mean = Arrays.stream(window).average().orElseThrow();
            double squares = Arrays.stream(window).map(x -> (x - mean) * (x - mean)).sum();
            assertEquals(mean, actualMean, 1e-9, "bar " + bar);
            assertEquals(squares / n, actualVariance, 1e-8, "bar " + bar);
        }
    }

    @Test
    void medianMatchesBruteForce() {
        Median median = new Median();
        for (int bar = 0; bar < BARS; bar++) {
            int n = lengths[bar];
            double actual = median.next(values[bar], n);
            double[] window = lastNonNa(bar, n);
            if (Double.isNaN(values[bar]) || window == null) {
                assertEquals(Double.NaN, actual, "bar " + bar);
                continue;
            }
            Arrays.sort(window);
            double expected = n % 2 == 1 ? window[n / 2] : (window[n / 2 - 1] + window[n / 2]) / 2;
            assertEquals(expected, actual, 1e-12, "bar " + bar);
        }
    }

    @Test
    void linregMatchesBruteForceAndIsNaWhileAnNaIsInTheWindow() {
        Linreg linreg = new Linreg();
        for (int bar = 0; bar < BARS; bar++) {
            int n = Math.max(2, lengths[bar]);
            double actual = linreg.next(values[bar], n, 1);
            boolean hasNa = bar < n - 1;
            for (int i = Math.max(0, bar - n + 1); i <= bar; i++) {
                hasNa |= Double.isNaN(values[i]);
            }
            if (hasNa) {
                assertEquals(Double.NaN, actual, "bar " + bar);
                continue;
            }
            double sx = 0;
            double sy = 0;
            double sxy = 0;
            double sx2 = 0;
            for (int i = 0; i < n; i++) {
                double x = n - i; // oldest gets 1
                double y = values[bar - i];
                sx += x;
                sy += y;
                sxy += x * y;
                sx2 += x * x;
            }
            double slope = (n * sxy - sx * sy) / (n * sx2 - sx * sx);
            double intercept = (sy - slope * sx) / n;
            assertEquals(intercept + slope * (n - 1), actual, 1e-8, "bar " + bar);
        }
    }

    @Test
    void cogMatchesBruteForceOverNonNaValues() {
        Cog cog = new Cog();
        for (int bar = 0; bar < BARS; bar++) {
            int n = lengths[bar];
            double actual = cog.next(values[bar], n);
            double[] window = lastNonNa(bar, n);
            if (Double.isNaN(values[bar]) || window == null) {
                continue; // na bars repeat the previous result, covered by the unit tests
            }
            double numerator = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                numerator += window[i] * (i + 1);
                sum += window[i];
            }
            assertEquals(-numerator / sum, actual, 1e-9, "bar " + bar);
        }
    }

    @Test
    void wmaMatchesBruteForceOverTheForwardFilledWindow() {
        Wma wma = new Wma();
        double[] filled = new double[BARS];
        int seen = 0;
        for (int bar = 0; bar < BARS; bar++) {
            filled[bar] = Double.isNaN(values[bar]) ? (bar > 0 ? filled[bar - 1] : Double.NaN) : values[bar];
            seen += Double.isNaN(values[bar]) ? 0 : 1;
            int n = lengths[bar];
            double actual = wma.next(values[bar], n);
            if (Double.isNaN(values[bar]) || seen < n) {
                assertEquals(Double.NaN, actual, "bar " + bar);
                continue;
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += (n - i) * filled[bar - i];
            }
            assertEquals(sum / (n * (n + 1) / 2.0), actual, 1e-9, "bar " + bar);
        }
    }

    @Test
    void modeAndNearestRankMatchBruteForceOverNonNaValues() {
        Mode mode = new Mode();
        PercentileNearestRank nearest = new PercentileNearestRank();
        for (int bar = 0; bar < BARS; bar++) {
            int n = lengths[bar];
            double actualMode = mode.next(values[bar], n);
            double actualNearest = nearest.next(values[bar], n, 30);
            double[] window = lastNonNa(bar, n);
            if (Double.isNaN(values[bar]) || window == null) {
                assertEquals(Double.NaN, actualMode, "bar " + bar);
                assertEquals(Double.NaN, actualNearest, "bar " + bar);
                continue;
            }
            Arrays.sort(window);
            double best = Double.NaN;
            int bestCount = 0;
            for (double candidate : window) {
                int count = (int) Arrays.stream(window).filter(x -> x == candidate).count();
                if (count > bestCount) { // ascending order: the first of equally frequent values is the smallest
                    best = candidate;
                    bestCount = count;
                }
            }
            assertEquals(best, actualMode, "bar " + bar);
            assertEquals(window[(int) Math.max(1, Math.ceil(30.0 * n / 100)) - 1], actualNearest, "bar " + bar);
        }
    }

    @Test
    void percentRankMatchesBruteForceOverBarWindows() {
        PercentRank rank = new PercentRank();
        for (int bar = 0; bar < BARS; bar++) {
            int n = lengths[bar];
            double actual = rank.next(values[bar], n);
            if (Double.isNaN(values[bar]) || bar < n) {
                assertEquals(Double.NaN, actual, "bar " + bar);
                continue;
            }
            int atOrBelow = 0;
            for (int back = 1; back <= n; back++) {
                atOrBelow += values[bar - back] <= values[bar] ? 1 : 0;
            }
            assertEquals(atOrBelow * 100.0 / n, actual, 1e-12, "bar " + bar);
        }
    }
}
