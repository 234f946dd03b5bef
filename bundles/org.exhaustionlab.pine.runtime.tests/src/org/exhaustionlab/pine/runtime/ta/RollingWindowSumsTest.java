package org.exhaustionlab.pine.runtime.ta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * math.sum / ta.sma / ta.variance against a naive exact (BigDecimal) sum of the last {@code length} non-na values, over
 * long random walks far from zero (where a drifting running sum shows first), with na runs and lengths that change
 * between bars. The compensated running sum must stay within 1e-13 of the magnitude it sums.
 */
class RollingWindowSumsTest {
    private static final int BARS = 20_000;

    @Test
    void sumSmaAndVarianceMatchExactWindowSums() {
        Random random = new Random(11);
        double[] values = new double[BARS];
        int[] lengths = new int[BARS];
        double walk = 250_000.0;
        int length = 20;
        for (int i = 0; i < BARS; i++) {
            walk += random.nextGaussian() * 3.7;
            values[i] = random.nextInt(30) == 0 ? Double.NaN : walk + random.nextDouble() * 1e-3;
            if (random.nextInt(1500) == 0) {
                length = 1 + random.nextInt(150);
            }
            lengths[i] = i % 5000 > 4900 ? 1 + random.nextInt(50) : length; // a stretch where it jumps every bar
        }
        RollingSum sum = new RollingSum();
        Sma sma = new Sma();
        Variance variance = new Variance();
        int compared = 0;
        for (int bar = 0; bar < BARS; bar++) {
            int n = lengths[bar];
            double actualSum = sum.next(values[bar], n);
            double actualMean = sma.next(values[bar], n);
            double actualVariance = variance.next(values[bar], n);
            BigDecimal exact = BigDecimal.ZERO;
            double magnitude = 0;
            double[] window = new double[n];
            int found = 0;
            for (int i = bar; i >= 0 && found < n; i--) {
                if (!Double.isNaN(values[i])) {
                    exact = exact.add(new BigDecimal(values[i]));
                    magnitude += Math.abs(values[i]);
                    window[found++] = values[i];
                }
            }
            String where = "bar " + bar + " length " + n;
            if (found < n) {
                assertEquals(Double.NaN, actualSum, where);
                assertEquals(Double.NaN, actualMean, where);
                continue;
            }
            double error = Math.abs(exact.subtract(new BigDecimal(actualSum)).doubleValue());
            assertTrue(error <= 1e-13 * magnitude, "sum " + where + " error " + error);
            assertEquals(exact.doubleValue() / n, actualMean, 1e-13 * magnitude / n, "sma " + where);
            double mean = exact.doubleValue() / n;
            double squares = 0;
            for (double x : window) {
                squares += (x - mean) * (x - mean);
            }
            // p and q are exact to ~1e-16; q/n - m^2 itself cancels about log10(m^2 / variance) digits
            double scale = mean * mean * 1e-15;
            assertEquals(squares / n, actualVariance, Math.max(scale, 1e-9 * squares / n), "variance " + where);
            compared++;
        }
        assertTrue(compared > BARS * 9 / 10, "compared only " + compared);
    }
}
