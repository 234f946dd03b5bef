package org.exhaustionlab.pine.runtime;

import java.util.Map;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.runtime.strategy.StrategyHost;

/**
 * How to run a program.
 *
 * @param inputs             overrides by input title or variable name (Number, Boolean, String; colours as Long)
 * @param mintick            syminfo.mintick; NaN = the bar series' symbol tick size
 * @param timezone           syminfo.timezone (IANA name); null = UTC
 * @param maxLoopIterations  per loop per bar
 * @param maxBarNanos        time budget of one bar (0 = unlimited)
 * @param maxTotalNanos      time budget of the whole run (0 = unlimited)
 * @param maxBarsBack        longest history kept per series
 * @param strategyHost       broker for strategy scripts; null = strategy.* calls are no-ops
 * @param securities         bars of other symbols for request.security, by symbol ("BINANCE:ETHUSDT" or "ETHUSDT");
 *                           a request for a symbol without data stops the run with an error naming it
 * @param recordPlots        false = plot values and colours are not kept (the result has no plot columns): for
 *                           backtests whose only product is the strategy's result, such as optimiser evaluations
 */
public record RunOptions(Map<String, Object> inputs, double mintick, String timezone, long maxLoopIterations,
        long maxBarNanos, long maxTotalNanos, int maxBarsBack, StrategyHost strategyHost,
        Map<String, BarSeries> securities, boolean recordPlots) {

    public static final long DEFAULT_LOOP_ITERATIONS = 1_000_000;

    public RunOptions {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        securities = securities == null ? Map.of() : Map.copyOf(securities);
    }

    public static RunOptions defaults() {
        return new RunOptions(Map.of(), Double.NaN, null, DEFAULT_LOOP_ITERATIONS, 500_000_000L, 0, 5000, null, Map.of(), true);
    }

    public RunOptions withInputs(Map<String, Object> newInputs) {
        return new RunOptions(newInputs, mintick, timezone, maxLoopIterations, maxBarNanos, maxTotalNanos,
                maxBarsBack, strategyHost, securities, recordPlots);
    }

    public RunOptions withSymbolInfo(double newMintick, String newTimezone) {
        return new RunOptions(inputs, newMintick, newTimezone, maxLoopIterations, maxBarNanos, maxTotalNanos,
                maxBarsBack, strategyHost, securities, recordPlots);
    }

    public RunOptions withLimits(long loopIterations, long barNanos, long totalNanos) {
        return new RunOptions(inputs, mintick, timezone, loopIterations, barNanos, totalNanos, maxBarsBack,
                strategyHost, securities, recordPlots);
    }

    public RunOptions withStrategyHost(StrategyHost host) {
        return new RunOptions(inputs, mintick, timezone, maxLoopIterations, maxBarNanos, maxTotalNanos, maxBarsBack,
                host, securities, recordPlots);
    }

    /** The same options with {@code newSecurities} as the bars of other symbols for request.security. */
    public RunOptions withSecurities(Map<String, BarSeries> newSecurities) {
        return new RunOptions(inputs, mintick, timezone, maxLoopIterations, maxBarNanos, maxTotalNanos, maxBarsBack,
                strategyHost, newSecurities, recordPlots);
    }

    /** The same options without plot recording: the run's result has no plot columns (drawings and events stay). */
    public RunOptions withoutPlots() {
        return new RunOptions(inputs, mintick, timezone, maxLoopIterations, maxBarNanos, maxTotalNanos, maxBarsBack,
                strategyHost, securities, false);
    }
}
