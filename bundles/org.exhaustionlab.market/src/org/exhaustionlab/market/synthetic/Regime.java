package org.exhaustionlab.market.synthetic;

/**
 * Market states of the Markov-switching model. Drift is in units of the per-minute sigma, so a trending day moves
 * about one daily standard deviation (real markets trend weakly: a moving-average cross must not look like a money machine); ranging markets pull back towards the price where the range began.
 */
enum Regime {
    TREND_UP(0.025, 1.0, 1.0 / 1440),
    TREND_DOWN(-0.025, 1.2, 1.0 / 1440),
    RANGE(0.0, 0.75, 1.0 / 2160);

    /** Drift per minute, in sigmas per minute. */
    final double driftSigmas;
    /** Volatility multiplier while in this regime. */
    final double volatility;
    /** Probability per minute of leaving the regime (mean stay 1 / p minutes). */
    final double leaveProbability;

    Regime(double driftSigmas, double volatility, double leaveProbability) {
        this.driftSigmas = driftSigmas;
        this.volatility = volatility;
        this.leaveProbability = leaveProbability;
    }

    /** The regime that follows this one; {@code u} uniform in [0, 1). Trends mostly calm down into ranges. */
    Regime next(double u) {
        return switch (this) {
            case TREND_UP -> u < 0.65 ? RANGE : TREND_DOWN;
            case TREND_DOWN -> u < 0.65 ? RANGE : TREND_UP;
            case RANGE -> u < 0.5 ? TREND_UP : TREND_DOWN;
        };
    }
}
