package org.exhaustionlab.pine.runtime.ta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ta.highest / ta.lowest / ta.range (block scheme) and ta.highestbars / ta.lowestbars (deque) against a naive scan of
 * the last {@code length} bars: random series with na runs, many ties, infinities, and lengths that stay fixed, jump
 * every bar, or grow far beyond anything seen before (up to the retained history, HISTORY_LIMIT bars).
 */
class ExtremumWindowsReferenceTest {
    private static final int BARS = 12_000;

    private static double[] series(long seed) {
        Random random = new Random(seed);
        double[] values = new double[BARS];
        int naRun = 0;
        for (int i = 0; i < BARS; i++) {
            if (naRun > 0) {
                naRun--;
                values[i] = Double.NaN;
            } else if (random.nextInt(40) == 0) {
                naRun = random.nextInt(random.nextBoolean() ? 4 : 60);
                values[i] = Double.NaN;
            } else if (random.nextInt(500) == 0) {
                values[i] = random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            } else {
                values[i] = random.nextInt(12) / 2.0; // few distinct values: ties everywhere
            }
        }
        return values;
    }

    private static int[] lengths(long seed, int mode) {
        Random random = new Random(seed * 31 + mode);
        int[] lengths = new int[BARS];
        int current = 1 + random.nextInt(30);
        for (int i = 0; i < BARS; i++) {
            switch (mode) {
                case 0 -> lengths[i] = 20;
                case 1 -> lengths[i] = 1 + random.nextInt(40);
                case 2 -> {
                    if (random.nextInt(200) == 0) {
                        current = 1 + random.nextInt(random.nextInt(10) == 0 ? DoubleRing.HISTORY_LIMIT : 80);
                    }
                    lengths[i] = current;
                }
                default -> lengths[i] = 1 + (i / 50) % 7;
            }
        }
        return lengths;
    }

    /** Naive reference: {value, offset} of the oldest extreme of bars (bar-length, bar], NaN pair when none. */
    private static double[] naive(double[] values, int bar, int length, boolean highest) {
        if (bar < length - 1) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double best = Double.NaN;
        int at = 0;
        for (int i = bar - length + 1; i <= bar; i++) {
            double x = values[i];
            if (!Double.isNaN(x) && (Double.isNaN(best) || (highest ? x > best : x < best))) {
                best = x;
                at = i;
            }
        }
        return new double[] {best, Double.isNaN(best) ? Double.NaN : at - bar};
    }

    /** ta.range: max - min of the last {@code length} non-na values, na on an na bar or while fewer were seen. */
    private static double naiveRange(double[] values, int bar, int length) {
        if (Double.isNaN(values[bar])) {
            return Double.NaN;
        }
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        int found = 0;
        for (int i = bar; i >= 0 && found < length; i--) {
            if (!Double.isNaN(values[i])) {
                max = Math.max(max, values[i]);
                min = Math.min(min, values[i]);
                found++;
            }
        }
        return found < length ? Double.NaN : max - min;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void matchNaiveScan(int mode) {
        for (long seed = 1; seed <= 3; seed++) {
            double[] values = series(seed);
            int[] lengths = lengths(seed, mode);
            Highest highest = new Highest();
            Lowest lowest = new Lowest();
            Range range = new Range();
            HighestBars highestBars = new HighestBars();
            LowestBars lowestBars = new LowestBars();
            for (int bar = 0; bar < BARS; bar++) {
                int n = lengths[bar];
                double x = values[bar];
                double[] hi = naive(values, bar, n, true);
                double[] lo = naive(values, bar, n, false);
                String where = "mode " + mode + " seed " + seed + " bar " + bar + " length " + n;
                assertEquals(hi[0], highest.next(x, n), 0.0, "highest " + where);
                assertEquals(lo[0], lowest.next(x, n), 0.0, "lowest " + where);
                assertEquals(naiveRange(values, bar, n), range.next(x, n), 0.0, "range " + where);
                assertEquals(hi[1], highestBars.next(x, n), 0.0, "highestbars " + where);
                assertEquals(lo[1], lowestBars.next(x, n), 0.0, "lowestbars " + where);
            }
        }
    }
}
