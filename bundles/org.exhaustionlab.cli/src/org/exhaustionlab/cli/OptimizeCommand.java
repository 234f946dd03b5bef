package org.exhaustionlab.cli;

import org.exhaustionlab.optimize.pine.PineStrategyEvaluator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.Checkpoint;
import org.exhaustionlab.optimize.Constraints;
import org.exhaustionlab.optimize.SeedClassicFitness;
import org.exhaustionlab.optimize.WeightedFitness;
import org.exhaustionlab.optimize.DataWindow;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.FitnessRegistry;
import org.exhaustionlab.optimize.GeneticOptimizer;
import org.exhaustionlab.optimize.MultiObjectiveOptimizer;
import org.exhaustionlab.optimize.Objective;
import org.exhaustionlab.optimize.OptimizationResult;
import org.exhaustionlab.optimize.OptimizerConfig;
import org.exhaustionlab.optimize.ParameterSpace;
import org.exhaustionlab.optimize.ParetoPoint;
import org.exhaustionlab.optimize.ParetoResult;
import org.exhaustionlab.optimize.PineInputRewriter;
import org.exhaustionlab.optimize.RangeOverride;
import org.exhaustionlab.optimize.TrialSink;
import org.exhaustionlab.optimize.WalkForward;
import org.exhaustionlab.optimize.WalkForwardResult;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.StrategyRecord;
import org.exhaustionlab.store.TrialRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "optimize", aliases = "ga_optimizer", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Tune a strategy's input.* parameters with a genetic algorithm (Jenetics) over backtests.",
                "The search space comes from the inputs' minval/maxval/step (or --ranges); every trial is recorded",
                "in the store for the overfitting statistics; --resume continues a killed run." })
final class OptimizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCRIPT", description = "A strategy() .pine file.")
    Path script;

    @Mixin
    BarsOptions bars;

    @Option(names = { "--population", "--population-size" }, defaultValue = "30", description = "Default: ${DEFAULT-VALUE}")
    int population;

    @Option(names = "--generations", defaultValue = "25", description = "Default: ${DEFAULT-VALUE}")
    int generations;

    @Option(names = { "--fitness", "--fitness-preset" }, defaultValue = "BALANCED",
            description = "Fitness function: ${COMPLETION-CANDIDATES} (add-ons add more, see --list-fitness). Default: ${DEFAULT-VALUE}",
            completionCandidates = FitnessNames.class)
    String fitness;

    @Option(names = "--list-fitness", help = true, description = "List the fitness functions installed (built-in and add-ons) and exit.")
    boolean listFitness;

    @Option(names = "--objectives", split = ",", description = "Multi-objective (NSGA-II): e.g. sharpe,maxdd (sharpe, sortino, netprofit, winrate, pf, maxdd, trades).")
    List<String> objectives;

    @Option(names = "--walk-forward", description = "Walk-forward with N out-of-sample folds (rolling, in-sample 3x out-of-sample).")
    Integer walkForward;

    @Option(names = "--seed", defaultValue = "42", description = "Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--threads", description = "Parallel backtests. Default: the number of cores.")
    Integer threads;

    @Option(names = "--tournament", description = "Tournament size of the selection.")
    Integer tournament;

    @Option(names = "--crossover", description = "SINGLE_POINT or UNIFORM, with --crossover-rate.")
    OptimizerConfig.Crossover crossover;

    @Option(names = "--crossover-rate", defaultValue = "0.6", description = "Default: ${DEFAULT-VALUE}")
    double crossoverRate;

    @Option(names = "--mutation", description = "Mutation probability per gene.")
    Double mutation;

    @Option(names = "--elite", description = "Best candidates copied unchanged into the next generation.")
    Integer elite;

    @Option(names = "--early-stop", description = "Stop after this many generations without improvement.")
    Integer earlyStop;

    @Option(names = "--min-trades", description = "Constraint: candidates with fewer trades are infeasible (overrides the preset's).")
    Integer minTrades;

    @Option(names = "--max-drawdown", description = "Constraint: maximum drawdown in percent (overrides the preset's).")
    Double maxDrawdown;

    @Option(names = "--ranges", description = "JSON file overriding input ranges: {\"len\": {\"min\": 5, \"max\": 50, \"step\": 1}}.")
    Path ranges;

    @Option(names = "--apply", description = "Write the best values back as the script's input defaults (the previous version is kept beside it).")
    boolean apply;

    @Option(names = "--resume", paramLabel = "RUN", description = "Continue a run that was stopped, from its last completed generation.")
    Long resume;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    /** Fitness functions for --help: the built-ins and the add-ons installed now. */
    static final class FitnessNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FitnessNames() {
            super(FitnessRegistry.names());
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listFitness) {
            FitnessList.print(out);
            return Cli.OK;
        }
        if (script == null) {
            throw new UsageException("optimize needs a SCRIPT (see exhaustionlab optimize --help)");
        }
        String source = Files.readString(script, StandardCharsets.UTF_8);
        PineProgram program;
        try {
            program = ScriptRunner.compile(script);
        } catch (ScriptRunner.ScriptErrors e) {
            err.print(e.getMessage());
            return Cli.FAILED;
        }
        BarSeries data = bars.load();
        if (!program.isStrategy()) {
            throw new UsageException(program.fileName() + " is not a strategy() script: nothing to optimise");
        }
        PineStrategyEvaluator evaluator = new PineStrategyEvaluator(program, data, bars.tickOrNaN());
        Map<String, RangeOverride> overrides = ranges == null ? Map.of() : RangeOverride.readJson(ranges);
        ParameterSpace space;
        try {
            space = ParameterSpace.fromInputs(PineStrategyEvaluator.inputs(program), overrides);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (space.size() == 0) {
            throw new UsageException(script + " has no int/float/bool inputs to optimise");
        }
        space.notices().forEach(n -> err.println("notice: " + n));
        FitnessFunction fit;
        try {
            fit = FitnessRegistry.byName(fitness);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        OptimizerConfig.Builder config = OptimizerConfig.builder().seed(seed);
        try {
            config.populationSize(population).generations(generations);
            if (threads != null) {
                config.threads(threads);
            }
            if (tournament != null) {
                config.tournamentSize(tournament);
            }
            if (crossover != null) {
                config.crossover(crossover, crossoverRate);
            }
            if (mutation != null) {
                config.mutationProbability(mutation);
            }
            if (elite != null) {
                config.eliteCount(elite);
            }
            if (earlyStop != null) {
                config.steadyGenerations(earlyStop);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (minTrades != null || maxDrawdown != null) {
            fit = withConstraints(fit, minTrades, maxDrawdown);
        }
        try (MarketStore store = StoreAccess.open()) {
            String strategyId = registerStrategy(store, program.title(), script, source);
            long runId = resume != null ? resume
                    : store.registry().startRun("optimize", "{\"script\":\"" + script + "\",\"fitness\":\"" + fitness
                            + "\",\"population\":" + population + ",\"generations\":" + generations + ",\"seed\":"
                            + seed + "}", System.currentTimeMillis());
            config.runId(Long.toString(runId));
            TrialSink sink = t -> store.registry().addTrial(new TrialRecord(0, runId, strategyId, t.paramsJson(),
                    t.metricsJson(), System.currentTimeMillis()), t.periodStartsOrIndexes(), t.evaluation().periodReturns());
            Path checkpoint = Cli.home().resolve("runs").resolve(Long.toString(runId)).resolve("checkpoint.json");
            Files.createDirectories(checkpoint.getParent());
            out.printf(Locale.ROOT, "optimising %s on %s %s (%,d bars): %d parameters, population %d x %d generations, "
                    + "fitness %s, run %d%n", program.title(), data.symbol().name(), data.timeframe().code(), data.size(),
                    space.size(), population, generations, fit.name(), runId);
            Map<String, Object> best;
            if (objectives != null && !objectives.isEmpty()) {
                best = paretoRun(out, space, evaluator, config.build(), sink);
            } else if (walkForward != null) {
                best = walkForwardRun(out, space, evaluator, fit, config.build(), sink);
            } else {
                best = gaRun(out, space, evaluator, fit, config.build(), sink, checkpoint);
            }
            store.registry().finishRun(runId, "finished", System.currentTimeMillis());
            if (apply && best != null) {
                applyBest(out, source, best);
            }
        }
        return Cli.OK;
    }

    private Map<String, Object> gaRun(PrintWriter out, ParameterSpace space, PineStrategyEvaluator evaluator,
            FitnessFunction fit, OptimizerConfig config, TrialSink sink, Path checkpoint) throws IOException {
        GeneticOptimizer optimizer = new GeneticOptimizer(space, evaluator, fit, config).withTrialSink(sink)
                .withCheckpointFile(checkpoint).withProgress(p -> {
                    out.printf(Locale.ROOT, "gen %3d/%d  best %.4f  mean %.4f  evaluations %d  %.1f s%n",
                            p.generation(), generations, p.best(), p.mean(), p.evaluations(), p.elapsedMs() / 1000.0);
                    out.flush();
                });
        OptimizationResult result;
        if (resume != null) {
            if (!Files.exists(checkpoint)) {
                throw new UsageException("run " + resume + " has no checkpoint at " + checkpoint);
            }
            try {
                result = optimizer.resume(Checkpoint.read(checkpoint));
            } catch (IllegalArgumentException e) {
                throw new UsageException("cannot resume run " + resume + ": " + e.getMessage());
            }
        } else {
            result = optimizer.run(evaluator.fullWindow());
        }
        if (json) {
            out.println("{\"fitness\":" + result.bestFitness() + ",\"params\":" + paramsJson(result.bestParams())
                    + ",\"evaluations\":" + result.evaluations() + "}");
        } else {
            out.printf(Locale.ROOT, "best fitness %.4f after %d evaluations%s%n", result.bestFitness(),
                    result.evaluations(), result.stoppedEarly() ? " (stopped early: no improvement)" : "");
            printParams(out, result.bestParams());
            printMetrics(out, result.bestEvaluation());
        }
        return result.bestParams();
    }

    private Map<String, Object> walkForwardRun(PrintWriter out, ParameterSpace space, PineStrategyEvaluator evaluator,
            FitnessFunction fit, OptimizerConfig config, TrialSink sink) {
        DataWindow full = evaluator.fullWindow();
        long oos = (full.endMs() - full.startMs()) / (walkForward + 3);
        var windows = WalkForward.windows(full, 3 * oos, oos, false);
        WalkForwardResult result = WalkForward.run(space, evaluator, fit, config, windows, sink);
        out.printf(Locale.ROOT, "walk-forward over %d folds: out-of-sample net %+.2f%%, annualised OOS %.2f%% vs IS "
                + "%.2f%%, efficiency %.2f%n", result.folds().size(), result.oosNetProfitPct(),
                result.annualizedOosPct(), result.annualizedIsPct(), result.efficiency());
        return null; // each fold has its own best: nothing single to apply
    }

    private Map<String, Object> paretoRun(PrintWriter out, ParameterSpace space, PineStrategyEvaluator evaluator,
            OptimizerConfig config, TrialSink sink) {
        List<Objective> goals = new ArrayList<>();
        for (String o : objectives) {
            goals.add(objective(o.trim().toLowerCase(Locale.ROOT)));
        }
        ParetoResult result = new MultiObjectiveOptimizer(space, evaluator, goals, config, sink).run(evaluator.fullWindow());
        out.printf(Locale.ROOT, "Pareto front: %d strategies after %d evaluations%n", result.front().size(),
                result.evaluations());
        for (ParetoPoint p : result.front()) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < goals.size(); i++) {
                line.append(String.format(Locale.ROOT, "%s %.3f  ", goals.get(i).metric(), p.objectives()[i]));
            }
            out.println(line.append(p.params()));
        }
        return result.front().isEmpty() ? null : result.front().get(0).params();
    }

    private static Objective objective(String name) {
        switch (name) {
        case "sharpe": return Objective.max(org.exhaustionlab.optimize.Metrics.SHARPE);
        case "sortino": return Objective.max(org.exhaustionlab.optimize.Metrics.SORTINO);
        case "netprofit": return Objective.max(org.exhaustionlab.optimize.Metrics.NET_PROFIT_PCT);
        case "winrate": return Objective.max(org.exhaustionlab.optimize.Metrics.WIN_RATE_PCT);
        case "pf": return Objective.max(org.exhaustionlab.optimize.Metrics.PROFIT_FACTOR);
        case "trades": return Objective.max(org.exhaustionlab.optimize.Metrics.TRADES);
        case "maxdd": return Objective.min(org.exhaustionlab.optimize.Metrics.MAX_DRAWDOWN_PCT);
        default: throw new UsageException("unknown objective '" + name + "': sharpe, sortino, netprofit, winrate, pf, maxdd, trades");
        }
    }

    private void applyBest(PrintWriter out, String source, Map<String, Object> best) throws IOException {
        Path previous = script.resolveSibling(script.getFileName() + ".prev");
        Files.copy(script, previous, StandardCopyOption.REPLACE_EXISTING);
        String updated = PineInputRewriter.apply(source, best);
        Path temp = script.resolveSibling(script.getFileName() + ".tmp");
        Files.writeString(temp, updated, StandardCharsets.UTF_8);
        Files.move(temp, script, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path values = script.resolveSibling(script.getFileName().toString().replaceFirst("\\.pine$", "") + ".best.json");
        Files.writeString(values, paramsJson(best) + "\n", StandardCharsets.UTF_8);
        out.println("applied the best values to " + script + " (previous version: " + previous + "; values: " + values + ")");
    }

    private static void printParams(PrintWriter out, Map<String, Object> params) {
        params.forEach((k, v) -> out.printf(Locale.ROOT, "  %-24s %s%n", k, v));
    }

    private static void printMetrics(PrintWriter out, Evaluation e) {
        if (e == null || e.metrics() == null) {
            return;
        }
        out.printf(Locale.ROOT, "  net profit %+.2f%%  sharpe %.2f  max drawdown %.2f%%  win rate %.1f%%  trades %.0f%n",
                e.metric(org.exhaustionlab.optimize.Metrics.NET_PROFIT_PCT, Double.NaN),
                e.metric(org.exhaustionlab.optimize.Metrics.SHARPE, Double.NaN),
                e.metric(org.exhaustionlab.optimize.Metrics.MAX_DRAWDOWN_PCT, Double.NaN),
                e.metric(org.exhaustionlab.optimize.Metrics.WIN_RATE_PCT, Double.NaN),
                e.metric(org.exhaustionlab.optimize.Metrics.TRADES, Double.NaN));
    }

    static String paramsJson(Map<String, Object> params) {
        StringBuilder b = new StringBuilder("{");
        params.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":")
                .append(v instanceof String ? "\"" + v + "\"" : String.valueOf(v)));
        return b.append('}').toString();
    }

    /** The preset with its constraints replaced where the user gave them. */
    private static FitnessFunction withConstraints(FitnessFunction preset, Integer minTrades, Double maxDrawdown) {
        if (preset instanceof WeightedFitness) {
            WeightedFitness w = (WeightedFitness) preset;
            Constraints c = new Constraints(minTrades != null ? minTrades : w.constraints().minTrades(),
                    maxDrawdown != null ? maxDrawdown : w.constraints().maxDrawdownPct());
            return new WeightedFitness(w.name(), w.weights(), c, w.minTradesPerDay(), w.maxTradesPerDay());
        }
        if (preset instanceof SeedClassicFitness) {
            Constraints old = ((SeedClassicFitness) preset).constraints();
            return new SeedClassicFitness(new Constraints(minTrades != null ? minTrades : old.minTrades(),
                    maxDrawdown != null ? maxDrawdown : old.maxDrawdownPct()));
        }
        throw new UsageException("the fitness " + preset.name() + " has no constraints to override");
    }

    /** The script's registry id (a hash of its source), saving it on first use. */
    static String registerStrategy(MarketStore store, String title, Path script, String source) throws IOException {
        String id = hash(source);
        if (store.registry().strategy(id) == null) {
            store.registry().saveStrategy(new StrategyRecord(id, title, null, "file:" + script, source,
                    System.currentTimeMillis()));
        }
        return id;
    }

    private static String hash(String source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
