package org.exhaustionlab.validation.adapters;

import java.time.Instant;

import org.exhaustionlab.validation.score.ProductionRiskLimits;
import org.exhaustionlab.validation.walkforward.WindowSplitter;

/**
 * Settings of a {@link ValidationPipeline} run. Start from {@link #defaults()} and change what you need.
 *
 * @param outOfSampleFraction    share of the bars (at the end) held out for the out-of-sample run, in (0, 1)
 * @param walkForwardRuns        out-of-sample windows of the walk-forward (0 = skip it)
 * @param walkForwardOosFraction out-of-sample share of each walk-forward window, in (0, 1)
 * @param walkForwardMode        rolling or anchored in-sample windows
 * @param monteCarloRuns         runs per Monte Carlo method (0 = skip)
 * @param seed                   seed of every random procedure
 * @param trialCount             N, how many strategy variants were tried before this one (from the registry); 1 when
 *                               unknown, and DSR then equals PSR
 * @param trialSharpeVariance    variance of those trials' <em>daily</em> Sharpe ratios (NaN when unknown)
 * @param trialReturns           T×N matrix of the trials' per-period returns for PBO (null = PBO not computed)
 * @param slippageRangeFraction  slippage per fill as this fraction of the bar's (high − low) / close, averaged over the
 *                               bars where fills happen; used when no spread series is given
 * @param relativeSpread         per-bar (ask − bid) / mid aligned with the data's bars, or null; when given, slippage
 *                               is half the spread averaged over the fill bars
 * @param latencyMillis          signal-to-order latency to assume (or measured, see {@code latencySource})
 * @param latencySource          where the latency figure comes from, printed next to it
 * @param lookAheadCheck         whether to run the look-ahead check (six extra backtests)
 * @param limits                 production risk limits listed on the report
 * @param generatedAt            the report's time stamp (null = now)
 */
public record PipelineOptions(double outOfSampleFraction, int walkForwardRuns, double walkForwardOosFraction,
        WindowSplitter.Mode walkForwardMode, int monteCarloRuns, long seed, double trialCount, double trialSharpeVariance,
        double[][] trialReturns, double slippageRangeFraction, double[] relativeSpread, double latencyMillis, String latencySource,
        boolean lookAheadCheck, ProductionRiskLimits limits, Instant generatedAt) {

    /**
     * A tenth of the bar range: a market order in a liquid market rarely fills worse than that; a conservative rule of
     * thumb for bar data without quotes, not a measurement.
     */
    public static final double DEFAULT_SLIPPAGE_RANGE_FRACTION = 0.1;
    /** Assumed latency: a REST order round trip to a major exchange from a nearby server. */
    public static final double DEFAULT_LATENCY_MILLIS = 250;

    public PipelineOptions {
        if (!(outOfSampleFraction > 0 && outOfSampleFraction < 1)) {
            throw new IllegalArgumentException("out-of-sample fraction must be strictly between 0 and 1, got " + outOfSampleFraction);
        }
        if (walkForwardRuns < 0 || monteCarloRuns < 0) {
            throw new IllegalArgumentException("walk-forward and Monte Carlo runs must be ≥ 0, got " + walkForwardRuns + " and " + monteCarloRuns);
        }
        if (!(walkForwardOosFraction > 0 && walkForwardOosFraction < 1)) {
            throw new IllegalArgumentException("walk-forward out-of-sample fraction must be strictly between 0 and 1, got " + walkForwardOosFraction);
        }
        if (!(trialCount >= 1)) {
            throw new IllegalArgumentException("trial count must be at least 1, got " + trialCount);
        }
        if (!(slippageRangeFraction >= 0)) {
            throw new IllegalArgumentException("slippage range fraction must be ≥ 0, got " + slippageRangeFraction);
        }
        if (walkForwardMode == null || limits == null) {
            throw new IllegalArgumentException("walk-forward mode and risk limits must be set");
        }
        latencySource = latencySource == null ? "" : latencySource;
    }

    public static PipelineOptions defaults() {
        return new PipelineOptions(0.3, 5, 0.2, WindowSplitter.Mode.ROLLING, 1000, 42L, 1, Double.NaN, null,
                DEFAULT_SLIPPAGE_RANGE_FRACTION, null, DEFAULT_LATENCY_MILLIS,
                "assumed (REST order round trip to a major exchange), not measured", true, ProductionRiskLimits.DEFAULT, null);
    }

    public PipelineOptions withOutOfSampleFraction(double v) {
        return new PipelineOptions(v, walkForwardRuns, walkForwardOosFraction, walkForwardMode, monteCarloRuns, seed, trialCount,
                trialSharpeVariance, trialReturns, slippageRangeFraction, relativeSpread, latencyMillis, latencySource, lookAheadCheck, limits,
                generatedAt);
    }

    public PipelineOptions withWalkForward(int runs, double oosFraction, WindowSplitter.Mode mode) {
        return new PipelineOptions(outOfSampleFraction, runs, oosFraction, mode, monteCarloRuns, seed, trialCount, trialSharpeVariance,
                trialReturns, slippageRangeFraction, relativeSpread, latencyMillis, latencySource, lookAheadCheck, limits, generatedAt);
    }

    public PipelineOptions withMonteCarlo(int runs, long newSeed) {
        return new PipelineOptions(outOfSampleFraction, walkForwardRuns, walkForwardOosFraction, walkForwardMode, runs, newSeed, trialCount,
                trialSharpeVariance, trialReturns, slippageRangeFraction, relativeSpread, latencyMillis, latencySource, lookAheadCheck, limits,
                generatedAt);
    }

    /** N trials and the variance of their daily Sharpe ratios (from the registry) for the deflated Sharpe ratio. */
    public PipelineOptions withTrials(double count, double sharpeVariance) {
        return new PipelineOptions(outOfSampleFraction, walkForwardRuns, walkForwardOosFraction, walkForwardMode, monteCarloRuns, seed, count,
                sharpeVariance, trialReturns, slippageRangeFraction, relativeSpread, latencyMillis, latencySource, lookAheadCheck, limits,
                generatedAt);
    }

    /** T×N per-period returns of every trial (rows = periods) for the probability of backtest overfitting. */
    public PipelineOptions withTrialReturns(double[][] matrix) {
        return new PipelineOptions(outOfSampleFraction, walkForwardRuns, walkForwardOosFraction, walkForwardMode, monteCarloRuns, seed,
                trialCount, trialSharpeVariance, matrix, slippageRangeFraction, relativeSpread, latencyMillis, latencySource, lookAheadCheck,
                limits, generatedAt);
    }

    public PipelineOptions withSlippage(double rangeFraction, double[] spreadPerBar) {
        return new PipelineOptions(outOfSampleFraction, walkForwardRuns, walkForwardOosFraction, walkForwardMode, monteCarloRuns, seed,
                trialCount, trialSharpeVariance, trialReturns, rangeFraction, spreadPerBar, latencyMillis, latencySource, lookAheadCheck,
                limits, generatedAt);
    }

    public PipelineOptions withLatency(double millis, String source) {
        return new PipelineOptions(outOfSampleFraction, walkForwardRuns, walkForwardOosFraction, walkForwardMode, monteCarloRuns, seed,
                trialCount, trialSharpeVariance, trialReturns, slippageRangeFraction, relativeSpread, millis, source, lookAheadCheck, limits,
                generatedAt);
    }

    public PipelineOptions withLookAheadCheck(boolean on) {
        return new PipelineOptions(outOfSampleFraction, walkForwardRuns, walkForwardOosFraction, walkForwardMode, monteCarloRuns, seed,
                trialCount, trialSharpeVariance, trialReturns, slippageRangeFraction, relativeSpread, latencyMillis, latencySource, on, limits,
                generatedAt);
    }

    public PipelineOptions withLimits(ProductionRiskLimits v) {
        return new PipelineOptions(outOfSampleFraction, walkForwardRuns, walkForwardOosFraction, walkForwardMode, monteCarloRuns, seed,
                trialCount, trialSharpeVariance, trialReturns, slippageRangeFraction, relativeSpread, latencyMillis, latencySource,
                lookAheadCheck, v, generatedAt);
    }

    public PipelineOptions withGeneratedAt(Instant t) {
        return new PipelineOptions(outOfSampleFraction, walkForwardRuns, walkForwardOosFraction, walkForwardMode, monteCarloRuns, seed,
                trialCount, trialSharpeVariance, trialReturns, slippageRangeFraction, relativeSpread, latencyMillis, latencySource,
                lookAheadCheck, limits, t);
    }
}
