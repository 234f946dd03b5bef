package org.exhaustionlab.validation.realitycheck;

/**
 * Data-snooping test outcome for k strategies against one benchmark.
 *
 * @param bestStrategy   column index of the strategy with the largest mean excess return
 * @param statistic      White's statistic max_k √n·mean(d_k)
 * @param whitePValue    Reality Check p-value: share of bootstrap maxima above the statistic
 * @param spaStatistic   Hansen's studentised statistic max(0, max_k √n·mean(d_k)/ω_k)
 * @param spaPValue      Hansen's SPA p-value with the consistent re-centring
 * @param bootstraps     number of bootstrap resamples
 */
public record RealityCheckResult(int bestStrategy, double statistic, double whitePValue, double spaStatistic, double spaPValue,
        int bootstraps) {
}
