package org.exhaustionlab.validation.adapters;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.validation.montecarlo.MonteCarloOptions;
import org.exhaustionlab.validation.montecarlo.TradeMonteCarlo;
import org.exhaustionlab.validation.report.ExecutionEstimates;
import org.exhaustionlab.validation.report.LookAheadFindings;
import org.exhaustionlab.validation.report.MonteCarloSummary;
import org.exhaustionlab.validation.report.OutOfSampleSplit;
import org.exhaustionlab.validation.report.PboSummary;
import org.exhaustionlab.validation.report.PeriodFigures;
import org.exhaustionlab.validation.report.SharpeSignificance;
import org.exhaustionlab.validation.report.ValidationReport;
import org.exhaustionlab.validation.report.WalkForwardSummary;
import org.exhaustionlab.validation.score.ReadinessReport;
import org.exhaustionlab.validation.score.ReadinessScorer;
import org.exhaustionlab.validation.score.ScoreInputs;
import org.exhaustionlab.validation.stats.PerformanceSummary;

/**
 * Runs one strategy through the whole validation and returns the report. The strategy is any function from bars to a
 * backtest result (the Pine runtime with its broker, or a strategy written in Java); it must be deterministic and
 * must not keep state between calls, because it is called on many slices of the data:
 * <ol>
 * <li>the full period (performance, trades, equity);</li>
 * <li>an out-of-sample split: the first part and the last {@code outOfSampleFraction} backtested separately;</li>
 * <li>each other market, with the same parameters;</li>
 * <li>a fixed-parameter walk-forward (in-sample and out-of-sample slice of every window);</li>
 * <li>trade Monte Carlo (permutation and bootstrap, seeded) on the full-period trades;</li>
 * <li>PSR / DSR on the daily returns with the caller's trial count, PBO when a trial matrix is supplied;</li>
 * <li>slippage, latency and signal-frequency estimates;</li>
 * <li>the look-ahead check on growing prefixes;</li>
 * </ol>
 * then fills {@link ScoreInputs}: out-of-sample performance is the walk-forward efficiency (the single split's when
 * the walk-forward could not run), cross-market stability the share of other markets that were profitable.
 */
public final class ValidationPipeline {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private final Function<BarSeries, BacktestResult> backtester;
    private final PipelineOptions options;

    public ValidationPipeline(Function<BarSeries, BacktestResult> backtester, PipelineOptions options) {
        this.backtester = Objects.requireNonNull(backtester, "backtester");
        this.options = Objects.requireNonNull(options, "options");
    }

    public ValidationPipeline(Function<BarSeries, BacktestResult> backtester) {
        this(backtester, PipelineOptions.defaults());
    }

    /**
     * @param strategyName name shown on the report (any text)
     * @param data         the main market's bars
     * @param otherMarkets further markets for the cross-market table (may be empty)
     */
    public ValidationReport run(String strategyName, BarSeries data, List<BarSeries> otherMarkets) {
        if (data.size() < 3) {
            throw new IllegalArgumentException("validation needs at least 3 bars of data, got " + data.size());
        }
        List<String> notes = new ArrayList<>();
        Run full = Run.of(backtester, data);
        double barsPerYear = BacktestAdapters.barsPerYear(data.timeframe());
        PerformanceSummary perf = PerformanceSummary.of(full.curve(), full.trades(), barsPerYear);

        OutOfSampleSplit split = RobustnessRuns.outOfSample(backtester, data, options.outOfSampleFraction());
        if (split == null) {
            notes.add("Out-of-sample split skipped: fewer than " + RobustnessRuns.MIN_SLICE_BARS + " bars in a part.");
        }
        List<PeriodFigures> markets = RobustnessRuns.crossMarket(backtester, otherMarkets);
        WalkForwardSummary wf = null;
        if (options.walkForwardRuns() > 0) {
            wf = RobustnessRuns.walkForward(backtester, data, options.walkForwardRuns(), options.walkForwardOosFraction(), options.walkForwardMode());
            if (wf == null) {
                notes.add("Walk-forward skipped: too few bars for " + options.walkForwardRuns() + " windows.");
            }
        }
        MonteCarloSummary mc = monteCarlo(full, notes);
        StringBuilder why = new StringBuilder();
        SharpeSignificance sharpe = SharpeTests.significance(BacktestAdapters.dailyReturns(full.result()), options.trialCount(),
                options.trialSharpeVariance(), why);
        if (why.length() > 0) {
            notes.add(why.toString());
        } else if (!sharpe.deflated()) {
            notes.add(sharpe.note());
        }
        PboSummary pbo = SharpeTests.pbo(options.trialReturns());
        if (pbo == null) {
            notes.add("PBO not computed: no trial return matrix was supplied.");
        }
        ExecutionEstimates exec = ExecutionEstimator.estimate(data, full.result(), options);
        notes.add("Slippage: " + exec.slippageMethod() + ". Latency: " + exec.latencySource() + ".");
        LookAheadFindings lookAhead = options.lookAheadCheck() ? LookAheadDetector.forBacktests(backtester).check(data) : null;

        double oosScore = wf != null && Double.isFinite(wf.efficiency()) ? wf.efficiency() : split != null ? split.efficiency() : Double.NaN;
        ScoreInputs inputs = ScoreInputs.of(perf, data.size(), exec.signalsPerDay(), exec.latencyMillis(), exec.slippage(), oosScore,
                RobustnessRuns.profitableShare(markets));
        ReadinessReport readiness = ReadinessScorer.score(inputs, options.limits());
        if (markets.isEmpty()) {
            notes.add("Cross-market stability not measured: no other markets were supplied (0 of 8 points).");
        }
        notes.add("Each out-of-sample, walk-forward and cross-market run starts flat with fresh indicators (warm-up at every slice start).");
        String basis = "annualised from per-bar equity returns (" + data.timeframe().code() + " bars, "
                + String.format(Locale.ROOT, "%.0f", barsPerYear) + " bars a year, risk-free rate 0)";
        Instant at = options.generatedAt() != null ? options.generatedAt() : Instant.now();
        return new ValidationReport(strategyName, describe(data), at, readiness, perf, basis, full.curve(), split, markets, wf, mc, sharpe, pbo,
                lookAhead, exec, notes);
    }

    private MonteCarloSummary monteCarlo(Run full, List<String> notes) {
        if (options.monteCarloRuns() == 0) {
            return null;
        }
        if (full.trades().isEmpty()) {
            notes.add("Monte Carlo skipped: the strategy closed no trades.");
            return null;
        }
        TradeMonteCarlo mc = new TradeMonteCarlo(full.trades(), full.result().properties().initialCapital());
        MonteCarloOptions o = MonteCarloOptions.of(options.monteCarloRuns(), options.seed());
        return new MonteCarloSummary(options.monteCarloRuns(), options.seed(), mc.permutation(o), mc.bootstrap(o));
    }

    static String describe(BarSeries data) {
        return data.symbol().name() + " " + data.timeframe().code() + ", " + DAY.format(Instant.ofEpochMilli(data.firstTime())) + " – "
                + DAY.format(Instant.ofEpochMilli(data.lastTime())) + ", " + String.format(Locale.ROOT, "%,d", data.size()) + " bars";
    }
}
