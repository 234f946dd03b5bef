package org.exhaustionlab.validation.montecarlo;

import org.exhaustionlab.validation.Distribution;

/**
 * Distributions over the simulated runs, ready for percentiles and histograms.
 *
 * @param method          which resampling produced them
 * @param totalReturn     final equity / initial capital − 1
 * @param maxDrawdown     deepest peak-to-trough fall of each run's equity, as a fraction (capped at 1 = ruin)
 * @param sharpePerTrade  mean / stdev of the run's per-trade return fractions (NaN-free: runs with fewer than two
 *                        trades or no spread score 0)
 * @param ruinProbability share of runs whose equity reached zero or below
 */
public record MonteCarloResult(Method method, Distribution totalReturn, Distribution maxDrawdown, Distribution sharpePerTrade,
        double ruinProbability) {

    public enum Method {
        PERMUTATION, BOOTSTRAP, BLOCK_BOOTSTRAP
    }

    /** Central confidence interval {low, high} of the total return, e.g. level 0.95 → 2.5th and 97.5th percentiles. */
    public double[] totalReturnInterval(double level) {
        return interval(totalReturn, level);
    }

    public double[] sharpeInterval(double level) {
        return interval(sharpePerTrade, level);
    }

    private static double[] interval(Distribution d, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be strictly between 0 and 1, got " + level);
        }
        double tail = 50 * (1 - level);
        return new double[] {d.percentile(tail), d.percentile(100 - tail)};
    }
}
