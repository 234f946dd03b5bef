package org.exhaustionlab.cli;

import org.exhaustionlab.optimize.pine.PineStrategyEvaluator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.Callable;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.csv.CsvBarExporter;
import org.exhaustionlab.market.csv.CsvBarImporter;
import org.exhaustionlab.market.csv.CsvTimeStyle;
import org.exhaustionlab.market.Resampler;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.optimize.FitnessPresets;
import org.exhaustionlab.optimize.GeneticOptimizer;
import org.exhaustionlab.optimize.OptimizationResult;
import org.exhaustionlab.optimize.OptimizerConfig;
import org.exhaustionlab.optimize.ParameterSpace;
import org.exhaustionlab.optimize.TrialSink;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.TrialRecord;
import org.exhaustionlab.validation.adapters.PipelineOptions;
import org.exhaustionlab.validation.adapters.ValidationPipeline;
import org.exhaustionlab.validation.report.HtmlReportWriter;
import org.exhaustionlab.validation.report.ValidationReport;
import org.exhaustionlab.pine.runtime.PlotColumn;
import org.exhaustionlab.pine.runtime.RunResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The main job: the whole research pipeline on embedded demo data. Each capability adds its stage here, so this
 * command always shows what the platform can do end to end.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Run the whole research pipeline on offline demo data (or your CSV).",
                "Stages: data, the shipped indicators, a backtest of the flagship exhaustion strategy, a GA",
                "optimisation of its inputs, the validation of the best parameters with an HTML report, and a short",
                "evolution (hybrid with an LLM when EXHAUSTIONLAB_LLM_PROVIDER is set, GA-only otherwise)." })
final class DemoCommand implements Callable<Integer> {

    private static final int YEAR_MINUTES = 365 * 1440;

    @Spec
    CommandSpec spec;

    @Option(names = "--bars", defaultValue = "100000", description = "1-minute bars per demo market. Default: ${DEFAULT-VALUE}")
    int bars;

    @Option(names = "--symbols", split = ",", defaultValue = "BTCUSDT,ETHUSDT,ADAUSDT,SOLUSDT",
            description = "Demo markets. Default: ${DEFAULT-VALUE}")
    List<String> symbols;

    @Option(names = "--data", description = "Use this CSV instead of the demo markets.")
    Path data;

    @Option(names = "--out", description = "Folder for the demo CSV files. Default: <home>/demo")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        if (bars < 100 || bars > 5_000_000) {
            throw new UsageException("--bars must be between 100 and 5,000,000, not " + bars);
        }
        o.println("ExhaustionLab demo pipeline");
        long started = System.nanoTime();
        List<BarSeries> markets = new ArrayList<>();
        if (data != null) {
            markets.add(CsvBarImporter.importFile(data));
            o.printf(Locale.ROOT, "[1] data: loaded %s%n", data);
        } else {
            Path folder = out != null ? out : Cli.home().resolve("demo");
            Files.createDirectories(folder);
            long start = DataDemoCommand.parseTime(DataDemoCommand.DEFAULT_START, "--start");
            for (String symbol : symbols) {
                BarSeries series = DemoMarket.generate(symbol, Timeframe.MINUTE_1, start, bars,
                        DataDemoCommand.DEFAULT_SEED);
                CsvBarExporter.export(series, folder.resolve(series.symbol().name() + "-1m.csv"), CsvTimeStyle.ISO_UTC);
                markets.add(series);
            }
            o.printf(Locale.ROOT, "[1] data: %d synthetic markets x %,d 1m bars (seed %d), saved as CSV in %s%n",
                    markets.size(), bars, DataDemoCommand.DEFAULT_SEED, folder);
        }
        o.println("    " + SeriesSummary.header());
        for (BarSeries series : markets) {
            o.println("    " + SeriesSummary.of(series).row());
        }
        BarSeries main = markets.get(0);
        indicators(o, main);
        if (data == null) {
            // a strategy needs a longer sample than a chart: a year of each demo market for stages 3-5
            long start = DataDemoCommand.parseTime(DataDemoCommand.DEFAULT_START, "--start");
            List<BarSeries> year = new ArrayList<>();
            for (BarSeries m : markets) {
                year.add(DemoMarket.generate(m.symbol().name(), Timeframe.MINUTE_1, start, YEAR_MINUTES,
                        DataDemoCommand.DEFAULT_SEED));
            }
            markets = year;
        }
        strategyStages(o, markets.get(0), markets);
        evolution(o, markets.get(0));
        o.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return Cli.OK;
    }

    /** Stages 3-5: backtest the flagship strategy, optimise its inputs, validate the best and write the report. */
    private void strategyStages(PrintWriter o, BarSeries minutes, List<BarSeries> markets) throws IOException {
        Path script = PineFolder.script("strategies/exhaustion_signal.pine");
        PineProgram program = ScriptRunner.compile(script);
        BarSeries bars = minutes.timeframe() == Timeframe.MINUTE_1 ? Resampler.resample(minutes, Timeframe.MINUTE_15)
                : minutes;
        ScriptRunner.Outcome base = ScriptRunner.run(program, bars, null, Double.NaN, "UTC");
        if (!base.run().ok()) {
            throw new IllegalStateException(script + " stopped: " + base.run().failure());
        }
        o.printf(Locale.ROOT, "[3] backtest: %s on %s %s (%,d bars), TradingView broker emulation%n", program.title(),
                bars.symbol().name(), bars.timeframe().code(), bars.size());
        RunCommand.printMetrics(o, base.backtest(), "    ");

        PineStrategyEvaluator evaluator = new PineStrategyEvaluator(program, bars, Double.NaN);
        ParameterSpace space = ParameterSpace.fromInputs(PineStrategyEvaluator.inputs(program));
        OptimizerConfig config = OptimizerConfig.builder().populationSize(12).generations(6).seed(42).build();
        long runId;
        Map<String, Object> best;
        try (MarketStore store = StoreAccess.open()) {
            runId = store.registry().startRun("demo-optimize", "{\"script\":\"" + script.getFileName() + "\"}",
                    System.currentTimeMillis());
            long id = runId;
            String strategyId = OptimizeCommand.registerStrategy(store, program.title(), script,
                    Files.readString(script));
            TrialSink sink = t -> store.registry().addTrial(new TrialRecord(0, id, strategyId, t.paramsJson(),
                    t.metricsJson(), System.currentTimeMillis()), t.periodStartsOrIndexes(), t.evaluation().periodReturns());
            OptimizationResult result = new GeneticOptimizer(space, evaluator, FitnessPresets.byName("BALANCED_DEMO"),
                    config).withTrialSink(sink).run(evaluator.fullWindow());
            store.registry().finishRun(runId, "finished", System.currentTimeMillis());
            best = result.bestParams();
            o.printf(Locale.ROOT, "[4] optimise: GA over %d inputs, %d backtests (run %d in the registry), fitness "
                    + "BALANCED_DEMO %.4f%n", space.size(), result.evaluations(), runId, result.bestFitness());
            o.println("    best: " + OptimizeCommand.paramsJson(best));
        }
        Map<String, String> bestText = new java.util.LinkedHashMap<>();
        best.forEach((k, v) -> bestText.put(k, String.valueOf(v)));
        Function<BarSeries, BacktestResult> backtest = b -> {
            ScriptRunner.Outcome run = ScriptRunner.run(program, b, bestText, Double.NaN, "UTC");
            if (!run.run().ok()) {
                throw new IllegalStateException(script + " stopped: " + run.run().failure());
            }
            return run.backtest();
        };
        List<BarSeries> others = new java.util.ArrayList<>();
        for (BarSeries m : markets.subList(1, markets.size())) {
            others.add(Resampler.resample(m, bars.timeframe()));
        }
        // every trial of the optimisation counts: the deflated Sharpe ratio and PBO see the whole search
        PipelineOptions options = ValidateCommand.withTrials(PipelineOptions.defaults(), runId,
                new PrintWriter(java.io.Writer.nullWriter()));
        ValidationReport report = new ValidationPipeline(backtest, options).run(program.title() + " (optimised)", bars,
                others);
        Path html = Cli.home().resolve("reports").resolve("demo-validation.html");
        Files.createDirectories(html.getParent());
        HtmlReportWriter.write(report, html);
        o.printf(Locale.ROOT, "[5] validate: readiness score %.1f / 100, %s, %d of %d gates passed%n",
                report.readiness().total(), report.readiness().verdict(),
                report.readiness().gates().stream().filter(g -> g.passed()).count(), report.readiness().gates().size());
        var dsr = report.sharpeSignificance();
        if (dsr != null) {
            o.printf(Locale.ROOT, "    deflated Sharpe ratio %.3f over %.0f trials (PSR %.3f)%s%n", dsr.dsr(), dsr.trials(),
                    dsr.psr(), report.pbo() != null ? String.format(Locale.ROOT, ", PBO %.2f", report.pbo().pbo()) : "");
        }
        o.println("    report: " + html.toAbsolutePath());
    }

    /**
     * Stage 6: a short evolution. Hybrid (the model proposes, the GA tunes) when EXHAUSTIONLAB_LLM_PROVIDER names a
     * reachable OpenAI-compatible provider (with EXHAUSTIONLAB_LLM_MODEL / EXHAUSTIONLAB_LLM_BASE_URL), GA-only
     * otherwise.
     */
    private void evolution(PrintWriter o, BarSeries minutes) throws IOException {
        BarSeries hours = Resampler.resample(minutes, Timeframe.HOUR_1);
        String providerId = System.getenv("EXHAUSTIONLAB_LLM_PROVIDER");
        org.exhaustionlab.llm.LlmProvider provider = null;
        if (providerId != null && !providerId.isBlank()) {
            var config = org.exhaustionlab.llm.ProviderPresets.byId(providerId, System.getenv("EXHAUSTIONLAB_LLM_MODEL"))
                    .orElseThrow(() -> new UsageException("EXHAUSTIONLAB_LLM_PROVIDER '" + providerId + "' is not a preset"));
            String url = System.getenv("EXHAUSTIONLAB_LLM_BASE_URL");
            provider = new org.exhaustionlab.llm.openai.OpenAiCompatibleProvider(url == null ? config : config.withBaseUrl(url));
        }
        var config = org.exhaustionlab.evolution.EvolutionConfig.defaults()
                .withMode(provider == null ? org.exhaustionlab.evolution.EvolutionMode.GA
                        : org.exhaustionlab.evolution.EvolutionMode.HYBRID)
                .withSize(4, 2, 2).withFitness(FitnessPresets.byName("BALANCED_DEMO"));
        var knowledge = org.exhaustionlab.evolution.KnowledgeBase.load(PineFolder.root().resolve("examples"));
        java.util.List<String> notices = new ArrayList<>();
        var result = new org.exhaustionlab.evolution.EvolutionEngine(config, knowledge).run(provider, hours, null,
                new org.exhaustionlab.evolution.EvolutionListener() {
                    @Override
                    public void onNotice(String notice) {
                        notices.add(notice);
                    }
                });
        o.printf(Locale.ROOT, "[6] evolve: %s on %s 1h (%s), %d backtests%n", result.modeUsed(), hours.symbol().name(),
                provider == null ? "no LLM provider configured: set EXHAUSTIONLAB_LLM_PROVIDER for hybrid evolution"
                        : "provider " + providerId, result.trials());
        notices.forEach(n -> o.println("    " + n));
        if (result.best() != null) {
            o.println("    best: " + result.best().summary());
        }
    }

    /** Stage 2: the platform's indicators through the Pine engine. */
    private void indicators(PrintWriter o, BarSeries bars) throws IOException {
        RunResult squeeze = indicator("indicators/squeeze_momentum.pine", bars);
        RunResult exhaustion = indicator("indicators/exhaustion_signal.pine", bars);
        o.printf(Locale.ROOT, "[2] indicators on %s %s through the Pine engine:%n", bars.symbol().name(),
                bars.timeframe().code());
        o.printf(Locale.ROOT, "    Squeeze Momentum: squeeze on for %,d of %,d bars (%,.0f bars/s)%n",
                count(squeeze.plot("Squeeze On")), squeeze.bars(), squeeze.bars() / Math.max(1e-9, squeeze.nanos() / 1e9));
        StringBuilder levels = new StringBuilder();
        for (String side : new String[] { "Bullish", "Bearish" }) {
            levels.append(side).append(' ');
            for (String level : new String[] { "L1", "L2", "L3" }) {
                levels.append(level).append(' ').append(count(exhaustion.plot(side + " " + level))).append(' ');
            }
            levels.append(side.equals("Bullish") ? " | " : "");
        }
        o.printf(Locale.ROOT, "    Exhaustion signal markers: %s%n", levels.toString().trim());
    }

    private static RunResult indicator(String script, BarSeries bars) throws IOException {
        RunResult run = ScriptRunner.run(ScriptRunner.compile(PineFolder.script(script)), bars, null, Double.NaN, "UTC")
                .run();
        if (!run.ok()) {
            throw new IllegalStateException(script + " stopped: " + run.failure());
        }
        return run;
    }

    /** Bars where a plot shows something (non-na, non-zero). */
    private static long count(PlotColumn plot) {
        if (plot == null) {
            return 0;
        }
        long n = 0;
        for (double v : plot.values()) {
            if (!Double.isNaN(v) && v != 0) {
                n++;
            }
        }
        return n;
    }
}
