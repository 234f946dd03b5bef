package org.exhaustionlab.validation.realitycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.exhaustionlab.validation.stats.Normal;
import org.junit.jupiter.api.Test;

class RealityCheckTest {
    private static final int PERIODS = 500;

    /** Gaussian returns with sd 1 % and the given means (as multiples of the sd). */
    private static double[][] strategies(double[] meanInSd, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] m = new double[PERIODS][meanInSd.length];
        for (int t = 0; t < PERIODS; t++) {
            for (int k = 0; k < meanInSd.length; k++) {
                m[t][k] = 0.01 * (meanInSd[k] + Normal.inverseCdf(rng.nextDouble()));
            }
        }
        return m;
    }

    @Test
    void noiseStrategiesDoNotBeatCash() {
        RealityCheckResult r = RealityCheck.run(strategies(new double[20], 1), new double[PERIODS], 1000, 10, 2);
        assertTrue(r.whitePValue() > 0.1, "White p " + r.whitePValue());
        assertTrue(r.spaPValue() > 0.1, "SPA p " + r.spaPValue());
    }

    @Test
    void aRealEdgeIsDetected() {
        double[] means = new double[20];
        means[4] = 0.25; // √500 · 0.25 ≈ 5.6 standard errors
        RealityCheckResult r = RealityCheck.run(strategies(means, 3), new double[PERIODS], 1000, 10, 4);
        assertEquals(4, r.bestStrategy());
        assertTrue(r.whitePValue() < 0.01, "White p " + r.whitePValue());
        assertTrue(r.spaPValue() < 0.01, "SPA p " + r.spaPValue());
    }

    @Test
    void spaIsNotDilutedByHopelessStrategies() {
        double[] means = new double[51];
        means[0] = 0.13;
        for (int k = 1; k < means.length; k++) {
            means[k] = -0.5; // clearly poor: re-centred to 0 by SPA, fully counted by White
        }
        double[][] m = strategies(means, 5);
        RealityCheckResult r = RealityCheck.run(m, new double[PERIODS], 2000, 10, 6);
        assertTrue(r.spaPValue() < 0.05, "SPA p " + r.spaPValue());
        assertTrue(r.whitePValue() > 2 * r.spaPValue(), "White p " + r.whitePValue() + " vs SPA p " + r.spaPValue());
    }

    @Test
    void benchmarkIsSubtracted() {
        // Strategy = benchmark + tiny noise: no excess, whatever the benchmark earned
        double[][] m = strategies(new double[] {0.5}, 7);
        double[] bench = new double[PERIODS];
        for (int t = 0; t < PERIODS; t++) {
            bench[t] = m[t][0] - 0.0001 * ((t % 2) * 2 - 1);
        }
        RealityCheckResult r = RealityCheck.run(m, bench, 500, 5, 8);
        assertEquals(0.0, r.statistic(), 1e-12);
        assertTrue(r.whitePValue() > 0.2);
    }

    @Test
    void deterministicPerSeed() {
        double[][] m = strategies(new double[5], 9);
        assertEquals(RealityCheck.run(m, new double[PERIODS], 300, 10, 1), RealityCheck.run(m, new double[PERIODS], 300, 10, 1));
    }

    @Test
    void rejectsMismatchedBenchmark() {
        assertThrows(IllegalArgumentException.class, () -> RealityCheck.run(new double[10][2], new double[9], 10, 2, 1));
    }
}
