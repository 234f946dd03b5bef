package org.exhaustionlab.validation.score;

import java.util.List;

/**
 * Risk limits a strategy must run under in production (listed on every readiness report).
 *
 * @param maxPositionFraction   largest position per strategy as a fraction of capital
 * @param dailyLossLimit        daily loss (fraction of capital) that stops the strategy for the day
 * @param maxCorrelation        largest allowed return correlation between two live strategies
 * @param minDailyVolumeUsd     minimum 24 h traded volume of a market, in US dollars
 * @param maxTradesPerDay       trades per strategy and day
 */
public record ProductionRiskLimits(double maxPositionFraction, double dailyLossLimit, double maxCorrelation, double minDailyVolumeUsd,
        int maxTradesPerDay) {

    public static final ProductionRiskLimits DEFAULT = new ProductionRiskLimits(0.02, 0.01, 0.7, 50_000_000, 100);

    public List<String> describe() {
        return List.of(
                "Position size ≤ " + percent(maxPositionFraction) + " of capital per strategy",
                "Daily loss limit " + percent(dailyLossLimit) + " (hard stop)",
                "Correlation between strategies ≤ " + maxCorrelation,
                "Market liquidity ≥ $" + Math.round(minDailyVolumeUsd / 1_000_000) + "M 24h volume",
                "≤ " + maxTradesPerDay + " trades per day per strategy");
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + " %";
    }
}
