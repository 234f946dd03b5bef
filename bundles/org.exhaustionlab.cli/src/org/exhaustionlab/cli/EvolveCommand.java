package org.exhaustionlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.evolution.EvolutionConfig;
import org.exhaustionlab.evolution.EvolutionEngine;
import org.exhaustionlab.evolution.EvolutionListener;
import org.exhaustionlab.evolution.EvolutionMode;
import org.exhaustionlab.evolution.EvolutionResult;
import org.exhaustionlab.evolution.KnowledgeBase;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.ProviderPresets;
import org.exhaustionlab.llm.openai.OpenAiCompatibleProvider;
import org.exhaustionlab.llm.openai.RecordingProvider;
import org.exhaustionlab.llm.openai.ReplayProvider;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Resampler;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.optimize.FitnessRegistry;
import org.exhaustionlab.optimize.TrialSink;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.TrialRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evolve", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Evolve strategies with a language model and the genetic algorithm.",
                "An OpenAI-compatible model writes and mutates Pine strategies, the checker",
                "catches its mistakes and feeds them back, backtests score the survivors and the GA tunes them.",
                "Without --llm, or when the model is unreachable, the GA evolves the seed strategy's inputs." })
final class EvolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BarsOptions bars;

    @Option(names = { "--llm", "--llm-evolution" }, description = "Use a language model (HYBRID: the model proposes, the GA tunes).")
    boolean llm;

    @Option(names = "--mode", description = "LLM, GA or HYBRID (default: HYBRID with --llm, else GA).")
    EvolutionMode mode;

    @Option(names = "--population-size", defaultValue = "8", description = "Default: ${DEFAULT-VALUE}")
    int population;

    @Option(names = "--generations", defaultValue = "10", description = "Default: ${DEFAULT-VALUE}")
    int generations;

    @Option(names = { "--fitness-preset", "--fitness" }, defaultValue = "BALANCED_DEMO", description = "Default: ${DEFAULT-VALUE}")
    String fitness;

    @Option(names = "--provider", defaultValue = "ollama", description = "deepseek, openai, ollama, lmstudio, vllm, llamacpp. Default: ${DEFAULT-VALUE}")
    String provider;

    @Option(names = "--model", description = "Model name (default: the preset's).")
    String model;

    @Option(names = "--base-url", description = "The provider's OpenAI-compatible base URL.")
    String baseUrl;

    @Option(names = "--seed-script", description = "Strategy to start from (default: the best example of the knowledge base).")
    Path seedScript;

    @Option(names = "--seed", defaultValue = "42", description = "Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--record", description = "Save every request/response pair in this folder.")
    Path record;

    @Option(names = "--replay", description = "Answer from a folder of recorded pairs (offline).")
    Path replay;

    @Option(names = "--out", description = "Write the best strategy here (default: <home>/evolved/best.pine).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        BarSeries data = bars.demo == null && bars.data == null && !bars.stored.isGiven() ? defaultBars() : bars.load();
        EvolutionConfig config = EvolutionConfig.defaults().withMode(mode != null ? mode : llm ? EvolutionMode.HYBRID
                : EvolutionMode.GA).withSeed(seed);
        try {
            config = config.withSize(population, generations, Math.min(2, population))
                    .withFitness(FitnessRegistry.byName(fitness));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (seedScript != null) {
            config = config.withSeedScript(Files.readString(seedScript, StandardCharsets.UTF_8));
        }
        LlmProvider model = config.mode() == EvolutionMode.GA ? null : provider();
        KnowledgeBase knowledge = KnowledgeBase.load(PineFolder.root().resolve("examples"));
        EvolutionResult result;
        try (MarketStore store = StoreAccess.open()) {
            long runId = store.registry().startRun("evolve", "{\"mode\":\"" + config.mode() + "\"}", System.currentTimeMillis());
            TrialSink sink = t -> store.registry().addTrial(new TrialRecord(0, runId, null, t.paramsJson(),
                    t.metricsJson(), System.currentTimeMillis()), t.periodStartsOrIndexes(), t.evaluation().periodReturns());
            o.printf(Locale.ROOT, "evolving on %s %s (%,d bars), %s, population %d x %d generations, run %d%n",
                    data.symbol().name(), data.timeframe().code(), data.size(), config.mode(), population, generations, runId);
            try {
                result = new EvolutionEngine(config, knowledge).run(model, data, sink, listener(o));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            store.registry().finishRun(runId, "finished", System.currentTimeMillis());
        }
        o.printf(Locale.ROOT, "mode used: %s; proposals %d, accepted %d, rejected %d, backtests %d%n", result.modeUsed(),
                result.proposals(), result.accepted(), result.rejected(), result.trials());
        if (result.proposals() > 0) {
            o.printf(Locale.ROOT, "generation success rate: %.1f%% of model proposals passed the checker and traded%n",
                    100.0 * result.accepted() / result.proposals());
        }
        Candidate best = result.best();
        if (best != null) {
            Path target = out != null ? out : Cli.home().resolve("evolved").resolve("best.pine");
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(target, best.source(), StandardCharsets.UTF_8);
            o.println("best: " + best.summary());
            o.println("written to " + target);
        }
        return Cli.OK;
    }

    private EvolutionListener listener(PrintWriter o) {
        return new EvolutionListener() {
            @Override
            public void onCandidate(int generation, Candidate c) {
                o.printf(Locale.ROOT, "  gen %d candidate %s%n", generation, c.summary());
                o.flush();
            }

            @Override
            public void onRejected(int generation, String reason) {
                o.printf(Locale.ROOT, "  gen %d rejected: %s%n", generation, reason);
                o.flush();
            }

            @Override
            public void onGeneration(int generation, double bestFitness, long size) {
                o.printf(Locale.ROOT, "gen %d: best fitness %.4f, population %d%n", generation, bestFitness, size);
                o.flush();
            }

            @Override
            public void onNotice(String notice) {
                spec.commandLine().getErr().println("notice: " + notice);
            }
        };
    }

    private LlmProvider provider() {
        try {
            if (replay != null) {
                return ReplayProvider.open(replay, ReplayProvider.Match.MESSAGES_HASH);
            }
            ProviderConfig config = ProviderPresets.byId(provider, model).orElseThrow(() -> new UsageException(
                    "unknown provider '" + provider + "'; presets: " + String.join(", ", ProviderPresets.ids())));
            if (baseUrl != null) {
                config = config.withBaseUrl(baseUrl);
            }
            LlmProvider p = new OpenAiCompatibleProvider(config);
            return record != null ? RecordingProvider.create(p, record) : p;
        } catch (LlmException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A year of the demo BTCUSDT market in 1h bars: enough trades for strategies to be told apart. */
    private static BarSeries defaultBars() {
        long start = DataDemoCommand.parseTime(DataDemoCommand.DEFAULT_START, "--start");
        return Resampler.resample(org.exhaustionlab.market.synthetic.DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1,
                start, 365 * 1440, DataDemoCommand.DEFAULT_SEED), Timeframe.HOUR_1);
    }
}
