package org.exhaustionlab.validation.realitycheck;

import java.util.SplittableRandom;

/**
 * White's Reality Check (2000) and Hansen's Superior Predictive Ability test (2005).
 *
 * <p>d_{t,k} = r_{t,k} − b_t is strategy k's excess return over the benchmark. H₀: no strategy beats the
 * benchmark (all E[d_k] ≤ 0). White: V = max_k √n·d̄_k against V*_b = max_k √n·(d̄*_{b,k} − d̄_k) from the
 * stationary bootstrap. Hansen studentises each strategy by ω_k (the bootstrap standard deviation of √n·d̄_k) and
 * re-centres only strategies that are not clearly poor — d̄_k is kept when √n·d̄_k/ω_k ≥ −√(2·ln ln n), otherwise
 * replaced by 0 — so hopeless strategies cannot dilute the test. p-values count bootstrap statistics strictly
 * above the observed one.
 */
public final class RealityCheck {
    private RealityCheck() {
    }

    /**
     * @param returns         T×k matrix: row t holds every strategy's period-t return
     * @param benchmark       the benchmark's T returns (zeros to test against cash)
     * @param bootstraps      number of resamples, e.g. 1,000
     * @param meanBlockLength mean block length of the stationary bootstrap, e.g. 10 periods
     * @param seed            generator seed: equal seeds give equal p-values
     */
    public static RealityCheckResult run(double[][] returns, double[] benchmark, int bootstraps, double meanBlockLength, long seed) {
        int n = returns.length;
        if (n < 3 || benchmark.length != n) {
            throw new IllegalArgumentException("reality check needs ≥ 3 periods and a benchmark of the same length; got " + n
                    + " periods and " + benchmark.length + " benchmark returns");
        }
        if (bootstraps < 1) {
            throw new IllegalArgumentException("reality check needs at least one bootstrap resample, got " + bootstraps);
        }
        int k = returns[0].length;
        double[][] d = new double[n][k];
        double[] mean = new double[k];
        for (int t = 0; t < n; t++) {
            if (returns[t].length != k) {
                throw new IllegalArgumentException("reality check row " + t + " has " + returns[t].length + " strategies, expected " + k);
            }
            for (int j = 0; j < k; j++) {
                d[t][j] = returns[t][j] - benchmark[t];
                mean[j] += d[t][j] / n;
            }
        }
        double[][] bootMeans = new double[bootstraps][];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int b = 0; b < bootstraps; b++) {
            bootMeans[b] = resampledMeans(d, StationaryBootstrap.indices(n, meanBlockLength, rng));
        }
        double rootN = Math.sqrt(n);
        int best = 0;
        for (int j = 1; j < k; j++) {
            if (mean[j] > mean[best]) {
                best = j;
            }
        }
        double white = rootN * mean[best];
        double[] omega = bootstrapStdev(bootMeans, mean, rootN);
        double threshold = -Math.sqrt(2 * Math.log(Math.log(n)));
        double spa = 0;
        double[] centre = new double[k];
        for (int j = 0; j < k; j++) {
            double z = rootN * mean[j] / omega[j];
            spa = Math.max(spa, z);
            centre[j] = z >= threshold ? mean[j] : 0;
        }
        int whiteAbove = 0;
        int spaAbove = 0;
        for (double[] m : bootMeans) {
            double whiteStar = Double.NEGATIVE_INFINITY;
            double spaStar = 0;
            for (int j = 0; j < k; j++) {
                whiteStar = Math.max(whiteStar, rootN * (m[j] - mean[j]));
                spaStar = Math.max(spaStar, rootN * (m[j] - centre[j]) / omega[j]);
            }
            whiteAbove += whiteStar > white ? 1 : 0;
            spaAbove += spaStar > spa ? 1 : 0;
        }
        return new RealityCheckResult(best, white, whiteAbove / (double) bootstraps, spa, spaAbove / (double) bootstraps, bootstraps);
    }

    private static double[] resampledMeans(double[][] d, int[] idx) {
        double[] m = new double[d[0].length];
        for (int i : idx) {
            for (int j = 0; j < m.length; j++) {
                m[j] += d[i][j];
            }
        }
        for (int j = 0; j < m.length; j++) {
            m[j] /= idx.length;
        }
        return m;
    }

    /** ω_k: bootstrap standard deviation of √n·d̄_k; a tiny floor keeps constant differences from dividing by 0. */
    private static double[] bootstrapStdev(double[][] bootMeans, double[] mean, double rootN) {
        double[] omega = new double[mean.length];
        for (double[] m : bootMeans) {
            for (int j = 0; j < mean.length; j++) {
                double dev = rootN * (m[j] - mean[j]);
                omega[j] += dev * dev;
            }
        }
        for (int j = 0; j < mean.length; j++) {
            omega[j] = Math.max(Math.sqrt(omega[j] / bootMeans.length), 1e-12);
        }
        return omega;
    }
}
