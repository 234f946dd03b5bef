package org.exhaustionlab.validation.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DecimatorTest {

    @Test
    void shortSeriesAreKeptWhole() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, Decimator.indices(new double[] {5, 4, 3, 2, 1}, 10));
    }

    @Test
    void longSeriesKeepFirstLastAndExtremes() {
        SplittableRandom rng = new SplittableRandom(1);
        double[] y = new double[100_000];
        double v = 0;
        for (int i = 0; i < y.length; i++) {
            v += rng.nextGaussian();
            y[i] = v;
        }
        y[73_123] = 1e6; // a single spike must survive
        y[42] = -1e6; // and a single crash
        int[] keep = Decimator.indices(y, 1500);
        assertTrue(keep.length <= 1500 && keep.length >= 1000, "kept " + keep.length);
        assertEquals(0, keep[0]);
        assertEquals(y.length - 1, keep[keep.length - 1]);
        assertTrue(Arrays.stream(keep).anyMatch(i -> i == 73_123), "global maximum kept");
        assertTrue(Arrays.stream(keep).anyMatch(i -> i == 42), "global minimum kept");
        for (int i = 1; i < keep.length; i++) {
            assertTrue(keep[i] > keep[i - 1], "indices strictly ascending at " + i);
        }
        double[] picked = Decimator.pick(y, keep);
        assertEquals(Arrays.stream(y).max().getAsDouble(), Arrays.stream(picked).max().getAsDouble());
        assertEquals(Arrays.stream(y).min().getAsDouble(), Arrays.stream(picked).min().getAsDouble());
    }

    @Test
    void everyBucketKeepsItsOwnExtremes() {
        // a saw tooth: each bucket's minimum and maximum are its local extremes, all must be kept
        double[] y = new double[10_000];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 100;
        }
        int[] keep = Decimator.indices(y, 202);
        long peaks = Arrays.stream(keep).filter(i -> y[i] == 99).count();
        long troughs = Arrays.stream(keep).filter(i -> y[i] == 0).count();
        assertEquals(100, peaks);
        assertTrue(troughs >= 99, "troughs " + troughs);
    }

    @Test
    void rejectsTooFewPoints() {
        assertThrows(IllegalArgumentException.class, () -> Decimator.indices(new double[10], 3));
    }
}
