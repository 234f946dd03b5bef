package org.exhaustionlab.market.synthetic;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;

/**
 * Generates one synthetic series bar by bar. Per bar of m minutes:
 * <ul>
 * <li>regime: Markov switching between trend up, trend down and range (leave probability scaled to m minutes);</li>
 * <li>volatility: GARCH(1,1) on the standardised shocks, times the regime's and the hour's volatility factors;</li>
 * <li>log return: regime drift (over at most the regime's expected stay) + pull towards the range anchor (while
 * ranging) and, weakly, towards the reference price + sigma &times; Student-t(6) shock;</li>
 * <li>high/low: open and close widened by half-normal wicks, all prices on the tick grid, open = previous close;</li>
 * <li>volume: base &times; m &times; hour/weekend profile &times; (more when |shock| and volatility are large) &times;
 * log-normal noise, on the lot grid.</li>
 * </ul>
 * Parameters are defined per minute and scaled to the bar length, so higher timeframes are generated directly.
 */
final class SyntheticBarGenerator {

    private static final double GARCH_ALPHA = 0.06;
    private static final double GARCH_BETA = 0.92;
    private static final double GARCH_OMEGA = 1 - GARCH_ALPHA - GARCH_BETA; // unconditional variance 1
    private static final double MAX_VARIANCE = 50;
    /** Mean of |shock| for the unit-variance t(6) shocks, to keep the volume factor's mean near 1. */
    private static final double MEAN_ABS_SHOCK = 0.77;
    /** Pull towards the reference price: a time constant of about a month. */
    private static final double LONG_REVERSION_PER_MINUTE = 1.0 / (30 * 1440);
    /** Pull towards the range anchor while ranging: a time constant of about 2 hours. */
    private static final double RANGE_REVERSION_PER_MINUTE = 1.0 / 120;
    private static final double WICK_SIGMAS = 0.6;
    private static final double VOLUME_NOISE_SIGMA = 0.35;

    private SyntheticBarGenerator() {
    }

    static BarSeries generate(DemoProfile profile, Timeframe timeframe, long startMs, int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("bar count must not be negative, got " + count);
        }
        Symbol symbol = profile.symbol();
        Prng random = new Prng(Prng.seedFor(seed, symbol.name()));
        double sigma = profile.sigmaPerMinute();
        double logReference = StrictMath.log(profile.referencePrice());
        double logPrice = logReference;
        double logAnchor = logPrice;
        double variance = 1;
        double previousShock = 0;
        Regime regime = Regime.values()[(int) (random.nextDouble() * Regime.values().length)];
        double close = Math.max(symbol.tickSize(), symbol.roundToTick(profile.referencePrice()));

        BarSeries.Builder bars = BarSeries.builder(symbol, timeframe, count);
        long open = timeframe.openTimeOf(startMs);
        for (int i = 0; i < count; i++) {
            long next = timeframe.nextOpen(open);
            double minutes = (next - open) / 60_000.0;

            double leave = 1 - StrictMath.pow(1 - regime.leaveProbability, minutes);
            if (random.nextDouble() < leave) {
                regime = regime.next(random.nextDouble());
                logAnchor = logPrice;
            }
            variance = Math.min(MAX_VARIANCE,
                    GARCH_OMEGA + GARCH_ALPHA * previousShock * previousShock + GARCH_BETA * variance);
            double season = Seasonality.over(open, next - open);
            double barSigma = sigma * StrictMath.sqrt(minutes * variance * season) * regime.volatility;
            double shock = random.nextStudentT6();
            previousShock = shock;

            double pull = -Math.min(1, LONG_REVERSION_PER_MINUTE * minutes) * (logPrice - logReference);
            if (regime == Regime.RANGE) {
                pull -= Math.min(1, RANGE_REVERSION_PER_MINUTE * minutes) * (logPrice - logAnchor);
            }
            // a regime lasts 1/p minutes on average, so a long bar only drifts for that long
            double trendMinutes = minutes == 1 ? 1 : leave / regime.leaveProbability;
            logPrice += regime.driftSigmas * sigma * trendMinutes + pull + barSigma * shock;

            double barOpen = close;
            close = Math.max(symbol.tickSize(), symbol.roundToTick(StrictMath.exp(logPrice)));
            double top = Math.max(barOpen, close);
            double bottom = Math.min(barOpen, close);
            double high = symbol.ceilToTick(top * (1 + WICK_SIGMAS * barSigma * Math.abs(random.nextGaussian())));
            double low = symbol.floorToTick(bottom * (1 - WICK_SIGMAS * barSigma * Math.abs(random.nextGaussian())));
            high = Math.max(high, top);
            low = Math.max(symbol.tickSize(), Math.min(low, bottom));

            double activity = (0.4 + 0.6 * Math.abs(shock) / MEAN_ABS_SHOCK) * StrictMath.sqrt(variance);
            double noise = StrictMath.exp(VOLUME_NOISE_SIGMA * random.nextGaussian()
                    - VOLUME_NOISE_SIGMA * VOLUME_NOISE_SIGMA / 2);
            double volume = symbol.floorToLot(profile.volumePerMinute() * minutes * season * activity * noise);

            bars.add(open, barOpen, high, low, close, volume);
            open = next;
        }
        return bars.build();
    }
}
