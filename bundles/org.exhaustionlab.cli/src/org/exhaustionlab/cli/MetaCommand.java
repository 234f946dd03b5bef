package org.exhaustionlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.evolution.KnowledgeBase;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.ProviderPresets;
import org.exhaustionlab.llm.openai.OpenAiCompatibleProvider;
import org.exhaustionlab.llm.openai.ReplayProvider;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Resampler;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.meta.Bandit;
import org.exhaustionlab.meta.GenerationRecord;
import org.exhaustionlab.meta.KnowledgeCurator;
import org.exhaustionlab.meta.MarketFocus;
import org.exhaustionlab.meta.MetaConfig;
import org.exhaustionlab.meta.MetaDatabase;
import org.exhaustionlab.meta.MetaKnowledge;
import org.exhaustionlab.meta.MetaListener;
import org.exhaustionlab.meta.MetaOrchestrator;
import org.exhaustionlab.meta.MetaReport;
import org.exhaustionlab.meta.MetaResult;
import org.exhaustionlab.meta.Readiness;
import org.exhaustionlab.meta.RunState;
import org.exhaustionlab.meta.StrategyType;
import org.exhaustionlab.meta.crawl.CrawlConfig;
import org.exhaustionlab.meta.crawl.Crawler;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.StrategyRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "meta", aliases = "meta-evolution", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Meta-evolution: an evolution that steers itself.",
                "Each generation picks a directive by what the population lacks, bandits choose the mutation",
                "operator, temperature and GA settings by fitness gained per cost, examples (shipped, approved, crawled",
                "with --web-examples) feed the prompts; everything is saved after each generation (--resume RUN).",
                "Without --llm (or when the model is unreachable) every generation tunes with the GA.",
                "Exit 0 when the run finished; 1 when --production-validation found no strategy ready (score >= 70, gates)." })
final class MetaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BarsOptions bars;

    @Option(names = "--strategy-type", defaultValue = "EXHAUSTION", description = "EXHAUSTION, TREND, MEAN_REVERSION, BREAKOUT, MOMENTUM or ANY. Default: ${DEFAULT-VALUE}")
    String strategyType;

    @Option(names = "--market-focus", defaultValue = "SPOT_CRYPTO", description = "SPOT_CRYPTO, FUTURES_CRYPTO or MAJORS. Default: ${DEFAULT-VALUE}")
    String marketFocus;

    @Option(names = "--intelligence", defaultValue = "0.9", description = "0-1: trust in what was learned (1 - it = exploration). Default: ${DEFAULT-VALUE}")
    double intelligence;

    @Option(names = "--generations", defaultValue = "10", description = "Default: ${DEFAULT-VALUE}")
    int generations;

    @Option(names = { "--population-size", "--proposals" }, defaultValue = "4", description = "Model proposals per generation. Default: ${DEFAULT-VALUE}")
    int proposals;

    @Option(names = { "--fitness-preset", "--fitness" }, defaultValue = "BALANCED_DEMO", description = "Base fitness. Default: ${DEFAULT-VALUE}")
    String fitness;

    @Option(names = "--bandit", defaultValue = "UCB1", description = "UCB1 or THOMPSON. Default: ${DEFAULT-VALUE}")
    Bandit.Policy policy;

    @Option(names = "--seed", defaultValue = "42", description = "Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--seed-script", description = "Strategy to start from (default: the strategy type's examples; the flagship for EXHAUSTION).")
    Path seedScript;

    @Option(names = "--web-examples", description = "Crawl examples (GitHub code search with GITHUB_TOKEN, Reddit, TradingView pages) into the knowledge base.")
    boolean webExamples;

    @Option(names = "--crawl-config", description = "JSON file with the crawl sources and politeness settings.")
    Path crawlConfig;

    @Option(names = "--approve", description = "Add this strategy to the knowledge base as approved (checked and scored first).")
    List<Path> approve = new ArrayList<>();

    @Option(names = "--production-validation", description = "Validate the best strategies (readiness score) at the end.")
    boolean productionValidation;

    @Option(names = "--validate-top", defaultValue = "3", description = "How many of the best to validate. Default: ${DEFAULT-VALUE}")
    int validateTop;

    @Option(names = { "--llm", "--llm-evolution" }, description = "Use a language model for the proposals.")
    boolean llm;

    @Option(names = "--provider", defaultValue = "ollama", description = "deepseek, openai, ollama, lmstudio, vllm, llamacpp. Default: ${DEFAULT-VALUE}")
    String provider;

    @Option(names = "--model", description = "Model name (default: the preset's).")
    String model;

    @Option(names = "--base-url", description = "The provider's OpenAI-compatible base URL.")
    String baseUrl;

    @Option(names = "--replay", description = "Answer from a folder of recorded pairs (offline).")
    Path replay;

    @Option(names = "--apply", description = "Save the best strategy (--out), register it in the store and approve it into the knowledge base.")
    boolean apply;

    @Option(names = "--out", description = "Where --apply writes the best strategy (default: <home>/evolved/meta-<run>.pine).")
    Path out;

    @Option(names = "--resume", paramLabel = "RUN", description = "Continue a stopped meta run with its saved settings.")
    Long resume;

    @Option(names = "--json", description = "Print the final report as JSON (progress goes to stderr).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter progress = json ? err : o;
        MetaConfig config = config();
        BarSeries data = bars.demo == null && bars.data == null && !bars.stored.isGiven() ? defaultBars(config)
                : bars.load();
        List<BarSeries> others = otherMarkets(config, data, err);
        LlmProvider llmProvider = llm ? provider() : null;
        KnowledgeBase examples = KnowledgeBase.load(PineFolder.root().resolve("examples"));
        try (MarketStore store = StoreAccess.open(); MetaDatabase meta = MetaDatabase.open(store.file())) {
            long runId;
            if (resume != null) {
                RunState saved = meta.load(resume);
                if (saved == null) {
                    throw new UsageException("there is no meta run " + resume + " in " + store.file());
                }
                runId = resume;
                config = saved.config();
                progress.printf(Locale.ROOT, "resuming meta run %d after generation %d of %d (its saved settings apply)%n",
                        runId, Math.max(0, saved.generationsDone()), config.generations());
            } else {
                runId = store.registry().startRun("meta", "{\"strategyType\":\"" + config.strategyType() + "\",\"marketFocus\":\""
                        + config.marketFocus() + "\",\"generations\":" + config.generations() + "}", System.currentTimeMillis());
                meta.createRun(runId, config);
                progress.printf(Locale.ROOT, "meta run %d: %s on %s %s (%,d bars), %d generations, intelligence %.2f%n", runId,
                        config.strategyType(), data.symbol().name(), data.timeframe().code(), data.size(), config.generations(),
                        config.intelligence());
            }
            progress.flush();
            List<BarSeries> markets = new ArrayList<>(List.of(data));
            markets.addAll(others);
            KnowledgeCurator curator = new KnowledgeCurator(markets, KnowledgeCurator.DEFAULT_DUPLICATE_THRESHOLD);
            for (Path file : approve) {
                KnowledgeCurator.Assessment a = MetaKnowledge.approve(meta, curator, file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8));
                progress.println(a.accepted() ? String.format(Locale.ROOT, "approved %s (quality %.3f)", file, a.entry().quality())
                        : "not approved: " + a.rejection());
            }
            KnowledgeBase knowledge = MetaKnowledge.assemble(meta, examples, curator, webExamples ? crawler() : null,
                    n -> err.println("notice: " + n));
            MetaOrchestrator orchestrator = new MetaOrchestrator(meta, data, others, knowledge, llmProvider, listener(progress, err));
            MetaResult result;
            try {
                result = orchestrator.run(runId, seeds(config), Integer.MAX_VALUE);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (result.finished()) {
                store.registry().finishRun(runId, "finished", System.currentTimeMillis());
            }
            if (json) {
                o.println(MetaReport.json(result));
            } else {
                MetaReport.text(result).forEach(o::println);
            }
            if (apply && !result.best().isEmpty()) {
                apply(store, meta, curator, result, progress);
            }
            boolean ready = result.readiness().stream().anyMatch(r -> r.score() >= 70 && r.gatesPassed());
            return config.productionValidation() && !ready ? Cli.FAILED : Cli.OK;
        }
    }

    private MetaConfig config() {
        try {
            return MetaConfig.defaults().withGenerations(generations)
                    .withTarget(StrategyType.parse(strategyType), MarketFocus.parse(marketFocus), intelligence)
                    .withSearch(proposals, 2, 4, seed, policy).withFitnessPreset(fitness)
                    .withValidation(productionValidation, validateTop);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private MetaListener listener(PrintWriter progress, PrintWriter err) {
        return new MetaListener() {
            @Override
            public void onNotice(String notice) {
                err.println("notice: " + notice);
            }

            @Override
            public void onGeneration(GenerationRecord g, Candidate best) {
                progress.printf(Locale.ROOT, "gen %d %s %s/%s: %s, reward %.3f, best %s%n", g.generation(), g.mode(),
                        g.objective(), g.gaSetting(), g.childId() == null ? "no improvement"
                                : String.format(Locale.ROOT, "%s %+.4f", g.childId(), g.improvement()),
                        g.reward(), best.summary());
                progress.flush();
            }

            @Override
            public void onValidated(Readiness r) {
                progress.printf(Locale.ROOT, "validated %s: readiness %.1f/100 %s%n", r.candidateId(), r.score(), r.verdict());
                progress.flush();
            }
        };
    }

    /** The seed script, or the flagship exhaustion strategy for EXHAUSTION; empty = the knowledge base's examples. */
    private List<String> seeds(MetaConfig config) throws IOException {
        if (seedScript != null) {
            return List.of(Files.readString(seedScript, StandardCharsets.UTF_8));
        }
        Path flagship = PineFolder.root().resolve("strategies").resolve("exhaustion_signal.pine");
        if (config.strategyType() == StrategyType.EXHAUSTION && Files.isRegularFile(flagship)) {
            return List.of(Files.readString(flagship, StandardCharsets.UTF_8));
        }
        return List.of();
    }

    private Crawler crawler() throws IOException {
        CrawlConfig c = crawlConfig != null ? CrawlConfig.read(crawlConfig, System::getenv) : CrawlConfig.defaults(System::getenv);
        return c.crawler(Cli.home().resolve("meta").resolve("crawl-cache"), seed);
    }

    private void apply(MarketStore store, MetaDatabase meta, KnowledgeCurator curator, MetaResult result, PrintWriter progress)
            throws IOException {
        Candidate best = result.best().get(0);
        Path target = out != null ? out : Cli.home().resolve("evolved").resolve("meta-" + result.runId() + ".pine");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, best.source(), StandardCharsets.UTF_8);
        String id = org.exhaustionlab.meta.KnowledgeEntry.idOf(best.source());
        store.registry().saveStrategy(new StrategyRecord(id, "meta " + result.runId() + " " + best.id(), null, "meta",
                best.source(), System.currentTimeMillis()));
        KnowledgeCurator.Assessment a = MetaKnowledge.approve(meta, curator, "meta-" + result.runId() + "-" + best.id(),
                best.source());
        progress.println("applied: " + best.id() + " written to " + target + ", registered as strategy " + id
                + (a.accepted() ? ", approved into the knowledge base" : "; not approved: " + a.rejection()));
    }

    /** The focus's other symbols over the same span: demo data unless the bars come from the store. */
    private List<BarSeries> otherMarkets(MetaConfig config, BarSeries data, PrintWriter err) {
        List<BarSeries> out = new ArrayList<>();
        if (bars.data != null) {
            err.println("notice: bars from a CSV file: no other markets for the cross-market directive and validation");
            return out;
        }
        for (String symbol : config.marketFocus().symbols()) {
            if (symbol.equals(data.symbol().name())) {
                continue;
            }
            if (bars.stored.isGiven()) {
                StoredSeriesOptions other = new StoredSeriesOptions();
                other.exchange = bars.stored.exchange;
                other.symbol = symbol;
                other.interval = bars.stored.interval;
                other.from = bars.stored.from;
                other.to = bars.stored.to;
                try {
                    out.add(other.load());
                } catch (UsageException | IOException e) {
                    err.println("notice: no stored " + symbol + " bars; cross-market checks without it");
                }
            } else {
                out.add(DemoMarket.generate(symbol, data.timeframe(), data.firstTime(), data.size(), DataDemoCommand.DEFAULT_SEED));
            }
        }
        return out;
    }

    private LlmProvider provider() {
        try {
            if (replay != null) {
                return ReplayProvider.open(replay, ReplayProvider.Match.MESSAGES_HASH);
            }
            ProviderConfig c = ProviderPresets.byId(provider, model).orElseThrow(() -> new UsageException(
                    "unknown provider '" + provider + "'; presets: " + String.join(", ", ProviderPresets.ids())));
            return new OpenAiCompatibleProvider(baseUrl != null ? c.withBaseUrl(baseUrl) : c);
        } catch (LlmException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A year of the focus's first demo market in 1h bars, as {@code evolve} uses. */
    private static BarSeries defaultBars(MetaConfig config) {
        long start = DataDemoCommand.parseTime(DataDemoCommand.DEFAULT_START, "--start");
        return Resampler.resample(DemoMarket.generate(config.marketFocus().symbols().get(0), Timeframe.MINUTE_1, start,
                365 * 1440, DataDemoCommand.DEFAULT_SEED), Timeframe.HOUR_1);
    }
}
