package org.exhaustionlab.validation.overfit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.exhaustionlab.validation.stats.Normal;
import org.junit.jupiter.api.Test;

class CscvTest {

    /** T×N Gaussian returns with sd 1 %, each trial's mean given. */
    static double[][] family(int periods, double[] means, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] m = new double[periods][means.length];
        for (int t = 0; t < periods; t++) {
            for (int n = 0; n < means.length; n++) {
                m[t][n] = means[n] + 0.01 * Normal.inverseCdf(rng.nextDouble());
            }
        }
        return m;
    }

    @Test
    void handWorkedTwoBlockCase() {
        // Trial A: +1, +1 | −1, −1; trial B: 0, 0 | 0.5, 0.5 (metric: mean return; 2 blocks → 2 splits)
        //  split {block 0 IS}: A wins IS (1 > 0); OOS A = −1 < B = 0.5 → rank 1, ω = 1/3, λ = ln(0.5)
        //  split {block 1 IS}: B wins IS (0.5 > −1); OOS B = 0 < A = 1 → rank 1, λ = ln(0.5)
        //  PBO = 2/2 = 1; IS = {1, 0.5}, OOS = {−1, 0} → slope (0 − (−1)) / (0.5 − 1) = −2, intercept 1;
        //  P(OOS loss) = 1/2 (B's 0 is not a loss)
        double[][] m = {{1, 0}, {1, 0}, {-1, 0.5}, {-1, 0.5}};
        CscvResult r = Cscv.run(m, 2, BlockMetric.MEAN_RETURN);
        assertEquals(2, r.combinations());
        assertArrayEquals(new double[] {Math.log(0.5), Math.log(0.5)}, r.logits(), 1e-15);
        assertEquals(1.0, r.pbo());
        assertEquals(-2.0, r.degradationSlope(), 1e-12);
        assertEquals(1.0, r.degradationIntercept(), 1e-12);
        assertEquals(0.5, r.probabilityOfOosLoss());
    }

    @Test
    void persistentWinnerRanksTopOutOfSample() {
        // Three trials, trial 2 best in every block: the IS winner is always the OOS best, rank 3 of 3 →
        // ω = 3/4, λ = ln 3 > 0 for every split, PBO 0.
        double[][] m = new double[8][];
        for (int t = 0; t < 8; t++) {
            m[t] = new double[] {0.001 * (t % 3), -0.002 + 0.001 * (t % 2), 0.01};
        }
        CscvResult r = Cscv.run(m, 4, BlockMetric.MEAN_RETURN);
        assertEquals(6, r.combinations());
        for (double logit : r.logits()) {
            assertEquals(Math.log(3), logit, 1e-12);
        }
        assertEquals(0.0, r.pbo());
    }

    @Test
    void pureNoiseFamilyIsOverfitAndItsBestHasALowDeflatedSharpe() {
        double[][] m = family(1600, new double[50], 20261127L);
        CscvResult r = Cscv.run(m);
        assertEquals(16, r.blocks());
        assertEquals(12_870, r.combinations());
        assertTrue(r.pbo() > 0.35, "PBO of pure noise should be near or above 0.5, was " + r.pbo());
        assertTrue(r.probabilityOfOosLoss() > 0.25, "P(OOS loss) " + r.probabilityOfOosLoss());

        double[] sharpes = Cscv.trialSharpes(m);
        double[] bestReturns = column(m, argMax(sharpes));
        double dsr = SharpeInference.deflatedSharpe(bestReturns, sharpes);
        double psr = SharpeInference.probabilisticSharpe(bestReturns, 0);
        // The naive PSR calls the luckiest of 50 noise trials significant (0.99 with this seed); deflating by the
        // expected maximum of 50 skill-less Sharpe ratios brings it back to a coin flip.
        assertTrue(psr > 0.95, "PSR of the best of 50 noise trials " + psr);
        assertTrue(dsr < 0.9, "DSR of the best noise trial should be low, was " + dsr);
    }

    /**
     * One noise family's PBO is itself noisy (the 12,870 splits share the same data: 0.19–0.75 over seeds 1–12),
     * so the robust property is the average over many independent families: about one half.
     */
    @Test
    void averagedOverNoiseFamiliesPboIsAboutOneHalfAndDeflationRemovesTheLuck() {
        int families = 24;
        double pbo = 0;
        double slope = 0;
        double dsr = 0;
        double psr = 0;
        for (long seed = 1; seed <= families; seed++) {
            double[][] m = family(800, new double[30], seed);
            CscvResult r = Cscv.run(m);
            pbo += r.pbo() / families;
            slope += r.degradationSlope() / families;
            double[] sharpes = Cscv.trialSharpes(m);
            double[] best = column(m, argMax(sharpes));
            dsr += SharpeInference.deflatedSharpe(best, sharpes) / families;
            psr += SharpeInference.probabilisticSharpe(best, 0) / families;
        }
        assertTrue(pbo > 0.35 && pbo < 0.65, "mean PBO over noise families " + pbo);
        assertTrue(slope < 0, "in-sample luck should not carry out of sample, mean slope " + slope);
        assertTrue(psr > 0.9, "naive PSR of the best noise trial " + psr);
        assertTrue(dsr < 0.75, "mean DSR of the best noise trial " + dsr);
    }

    private static int argMax(double[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            best = x[i] > x[best] ? i : best;
        }
        return best;
    }

    private static double[] column(double[][] m, int n) {
        double[] c = new double[m.length];
        for (int t = 0; t < m.length; t++) {
            c[t] = m[t][n];
        }
        return c;
    }

    @Test
    void familyWithOnePersistentEdgeIsNotOverfit() {
        double[] means = new double[50];
        means[17] = 0.002; // Sharpe 0.2 per period, every period
        double[][] m = family(1600, means, 99L);
        CscvResult r = Cscv.run(m);
        assertTrue(r.pbo() < 0.05, "PBO with a real edge should be low, was " + r.pbo());
        assertTrue(r.probabilityOfOosLoss() < 0.01, "P(OOS loss) " + r.probabilityOfOosLoss());
    }

    @Test
    void resultsAreDeterministicAcrossRuns() {
        double[][] m = family(400, new double[20], 5L);
        assertArrayEquals(Cscv.run(m).logits(), Cscv.run(m).logits());
    }

    @Test
    void fewPeriodsUseFewerBlocks() {
        assertEquals(16, Cscv.defaultBlocks(1000));
        assertEquals(10, Cscv.defaultBlocks(21));
        assertEquals(2, Cscv.defaultBlocks(5));
        assertThrows(IllegalArgumentException.class, () -> Cscv.defaultBlocks(3));
        assertEquals(252, Cscv.run(family(20, new double[4], 1L)).combinations()); // 10 blocks → C(10, 5)
    }

    @Test
    void unevenBlocksUseEveryRow() {
        // 9 rows, 2 blocks: rows 0–3 and 4–8. Only row 8 differs between the trials, so it must be counted.
        double[][] m = new double[9][];
        for (int t = 0; t < 9; t++) {
            m[t] = new double[] {0, t == 8 ? 1 : 0};
        }
        CscvResult r = Cscv.run(m, 2, BlockMetric.MEAN_RETURN);
        // second split: block 1 (rows 4–8) in sample → trial 1 wins with mean 1/5 (not 1/4, which would mean row 8 was dropped)
        assertEquals(0.2, r.inSampleBest()[1], 1e-15);
        assertEquals(0.0, r.outOfSampleOfBest()[1], 1e-15);
    }

    @Test
    void invalidMatricesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Cscv.run(new double[10][1], 2, BlockMetric.SHARPE));
        assertThrows(IllegalArgumentException.class, () -> Cscv.run(new double[10][3], 3, BlockMetric.SHARPE));
        double[][] ragged = new double[10][3];
        ragged[4] = new double[2];
        assertThrows(IllegalArgumentException.class, () -> Cscv.run(ragged, 2, BlockMetric.SHARPE));
    }
}
