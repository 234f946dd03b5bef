package org.exhaustionlab.validation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MomentsTest {
    // x = {1, 2, 3, 4, 10}: mean 4; deviations −3 −2 −1 0 6; Σd² = 50, Σd³ = 180, Σd⁴ = 1394.
    private static final double[] X = {1, 2, 3, 4, 10};

    @Test
    void meanAndSampleStdev() {
        assertEquals(4.0, Moments.mean(X), 1e-15);
        assertEquals(12.5, Moments.variance(X), 1e-12); // 50 / (5 − 1)
        assertEquals(Math.sqrt(12.5), Moments.stdev(X), 1e-12);
    }

    @Test
    void skewnessIsThirdMomentOverSecondToTheOneAndAHalf() {
        // m₂ = 50/5 = 10, m₃ = 180/5 = 36 → 36 / 10^1.5 = 1.1384199576606167
        assertEquals(1.1384199576606167, Moments.skewness(X), 1e-12);
    }

    @Test
    void kurtosisIsRawNotExcess() {
        // m₄ = 1394/5 = 278.8 → 278.8 / 10² = 2.788
        assertEquals(2.788, Moments.kurtosis(X), 1e-12);
    }

    @Test
    void symmetricSeriesHasZeroSkewAndTwoPointSeriesHasKurtosisOne() {
        assertEquals(0.0, Moments.skewness(new double[] {-1, 0, 1}), 1e-15);
        assertEquals(1.0, Moments.kurtosis(new double[] {-1, 1, -1, 1}), 1e-15);
    }

    @Test
    void largeNormalSampleHasKurtosisNearThree() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        double[] z = new double[200_000];
        for (int i = 0; i < z.length; i++) {
            z[i] = Normal.inverseCdf(rng.nextDouble());
        }
        assertEquals(3.0, Moments.kurtosis(z), 0.05);
        assertEquals(0.0, Moments.skewness(z), 0.02);
    }

    @Test
    void constantSeriesHasUndefinedHigherMoments() {
        assertTrue(Double.isNaN(Moments.skewness(new double[] {2, 2, 2})));
        assertTrue(Double.isNaN(Moments.kurtosis(new double[] {2, 2, 2})));
        assertEquals(0.0, Moments.stdev(new double[] {2, 2, 2}));
    }

    @Test
    void tooFewValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Moments.variance(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Moments.mean(new double[0]));
    }
}
