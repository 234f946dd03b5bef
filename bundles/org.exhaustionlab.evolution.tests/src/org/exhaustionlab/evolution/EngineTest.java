package org.exhaustionlab.evolution;

import static org.exhaustionlab.evolution.ChatServer.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import mockwebserver3.MockWebServer;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ChatStreamListener;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.FitnessPresets;
import org.exhaustionlab.optimize.Trial;
import org.exhaustionlab.optimize.TrialSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The unified engine: LLM, GA and HYBRID modes, fallback, novelty, trials and progress. */
class EngineTest {

    private static BarSeries bars;
    private final MockWebServer server = new MockWebServer();
    private final List<Trial> trials = new ArrayList<>();
    private final TrialSink sink = trials::add;
    private final Events events = new Events();

    /** Everything the engine told its listener. */
    static final class Events implements EvolutionListener {
        final List<String> log = new ArrayList<>();
        final List<Candidate> candidates = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
        final List<String> rejections = new ArrayList<>();
        int generations;

        @Override
        public void onCandidate(int generation, Candidate candidate) {
            candidates.add(candidate);
            log.add("candidate " + candidate.id());
        }

        @Override
        public void onRejected(int generation, String reason) {
            rejections.add(reason);
        }

        @Override
        public void onGeneration(int generation, double bestFitness, long size) {
            generations++;
            log.add("generation " + generation);
        }

        @Override
        public void onNotice(String notice) {
            notices.add(notice);
        }
    }

    @BeforeAll
    static void data() {
        bars = TestData.bars();
    }

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static EvolutionConfig config(EvolutionMode mode, int population, int generations) {
        return EvolutionConfig.defaults().withMode(mode).withSize(population, generations, 1)
                .withSeedScript(TestData.EMA_CROSS).withFitness(FitnessPresets.BALANCED_DEMO).withTuning(2, 4);
    }

    @Test
    void serverDownFallsBackToGaWithANotice() throws Exception {
        EvolutionEngine engine = new EvolutionEngine(config(EvolutionMode.HYBRID, 4, 3), KnowledgeBase.EMPTY);

        EvolutionResult result = engine.run(ChatServer.down(), bars, sink, events);

        assertEquals(EvolutionMode.GA, result.modeUsed());
        assertTrue(result.fellBack());
        assertEquals(1, events.notices.size());
        assertTrue(events.notices.get(0).startsWith("Falling back to GA-only: LM Studio is not reachable"),
                events.notices.get(0));
        assertEquals(0, result.proposals());
        assertEquals(3, events.generations, "one progress callback per GA generation");
        assertEquals(result.trials(), trials.size(), "every backtest reaches the trial sink");
        assertTrue(trials.size() >= 4, "seed plus GA trials: " + trials.size());
        assertTrue(result.best().fitness() >= result.population().get(result.population().size() - 1).fitness());
    }

    @Test
    void connectionRefusedMidRunFallsBackToGa() {
        LlmProvider flaky = new LlmProvider() {
            @Override
            public String id() {
                return "flaky";
            }

            @Override
            public String displayName() {
                return "Flaky server";
            }

            @Override
            public ChatResponse chat(ChatRequest request) throws LlmException {
                throw new LlmException(LlmException.Kind.CONNECTION_REFUSED,
                        "Flaky server at http://127.0.0.1:1/v1 is not running (connection refused)");
            }

            @Override
            public ChatResponse chatStreaming(ChatRequest request, ChatStreamListener listener) throws LlmException {
                return chat(request);
            }

            @Override
            public boolean isReachable() {
                return true;
            }
        };
        EvolutionResult result = new EvolutionEngine(config(EvolutionMode.LLM, 2, 2), KnowledgeBase.EMPTY)
                .run(flaky, bars, sink, events);

        assertEquals(EvolutionMode.GA, result.modeUsed());
        assertEquals(1, result.proposals());
        assertTrue(events.notices.get(0).startsWith("Falling back to GA-only: Flaky server: Flaky server at "
                + "http://127.0.0.1:1/v1 is not running (connection refused) [CONNECTION_REFUSED]"),
                events.notices.get(0));
    }

    @Test
    void nearDuplicateOfTheSeedIsRejected() {
        // the seed with renamed variables, a comment and one number changed: same structure
        String renamed = TestData.EMA_CROSS.replace("fastLength", "lenFast").replace("slowLength", "lenSlow")
                .replace("fast", "quick").replace("input.int(9,", "input.int(8,")
                .replace("//@version=6\n", "//@version=6\n// Improved EMA cross with tuned lengths\n");
        server.enqueue(ChatServer.models());
        server.enqueue(answer(TestData.fenced("Parameter mutation: a faster fast EMA.", renamed)));
        server.enqueue(answer(TestData.fenced("Indicator mutation: RSI instead of EMAs.", TestData.RSI_REVERSION)));

        EvolutionResult result = new EvolutionEngine(config(EvolutionMode.LLM, 2, 1), KnowledgeBase.EMPTY)
                .run(ChatServer.provider(server), bars, sink, events);

        assertEquals(EvolutionMode.LLM, result.modeUsed());
        assertEquals(2, result.proposals());
        assertEquals(1, result.accepted());
        assertEquals(1, result.rejected());
        assertTrue(events.rejections.get(0).matches("g1-i0-c0: near-duplicate of seed \\(AST similarity 0\\.9\\d\\d "
                + ">= 0\\.950\\)"), events.rejections.get(0));
        assertEquals(2, result.population().size());
        assertTrue(result.population().stream().anyMatch(c -> c.source().contains("ta.rsi")));
        assertEquals(List.of("candidate seed", "candidate g1-i0-c1", "generation 1"), events.log);
        assertEquals(3, trials.size(), "seed and both generated candidates were backtested");
    }

    @Test
    void hybridOnDemoDataTunesTheProposedStructure() throws Exception {
        server.enqueue(ChatServer.models());
        server.enqueue(answer("<think>Mean reversion may suit ranging hours.</think>\n" + TestData.fenced(
                "A new structure: RSI reversion with a percentage stop.", TestData.RSI_REVERSION)));

        EvolutionResult result = new EvolutionEngine(config(EvolutionMode.HYBRID, 1, 1), KnowledgeBase.EMPTY)
                .run(ChatServer.provider(server), bars, sink, events);

        assertEquals(EvolutionMode.HYBRID, result.modeUsed());
        assertFalse(result.fellBack());
        assertEquals(1, result.accepted());
        Candidate rsi = result.population().stream().filter(c -> c.source().contains("ta.rsi")).findFirst()
                .orElseThrow();
        assertTrue(rsi.id().startsWith("g1-i0-c0"), rsi.id());
        assertTrue(Double.isFinite(rsi.fitness()));
        System.out.println("HYBRID: " + result.population().stream().map(Candidate::summary).toList());
        assertEquals("g1-i0-c0-tuned", rsi.id(), "the GA found better inputs than the model's defaults");
        assertEquals(Set.of("rsiLength", "lower", "upper", "stopPct"), rsi.tunedParams().keySet());
        assertNotEquals(TestData.RSI_REVERSION, rsi.source(), "tuned defaults are written into the script");
        assertTrue(rsi.source().contains("rsiLength = input.int(" + rsi.tunedParams().get("rsiLength") + ", "),
                rsi.source());
        assertEquals(List.of("g1-i0-c0"), rsi.lineage().parents());
        assertTrue(rsi.lineage().operator().endsWith("+ga"), rsi.lineage().operator());
        double untuned = trials.stream().filter(t -> "g1-i0-c0".equals(t.params().get("candidate")))
                .mapToDouble(Trial::fitness).findFirst().orElseThrow();
        assertTrue(rsi.fitness() > untuned, rsi.fitness() + " vs untuned " + untuned);
        // GA trials of the seed and of the new structure, plus the two plain backtests
        assertTrue(trials.stream().anyMatch(t -> t.runId().equals("evolve-g1-i0-c0")), "GA tuned the candidate");
        assertEquals(result.trials(), trials.size());
        String prompt = server.takeRequest().getUrl().encodedPath() + server.takeRequest().getBody().utf8();
        assertTrue(prompt.contains("Parent strategy seed"), prompt);
        assertTrue(prompt.contains("Pine Script v6 rules"), prompt);
    }

    @Test
    void llmModeSeedsEmptyIslandsWithFreshStrategiesAndMutatesParents() throws Exception {
        server.enqueue(ChatServer.models());
        // generation 1: island 0 mutates the seed, island 1 is empty and gets a fresh strategy
        server.enqueue(answer(TestData.fenced("Logic mutation: RSI entries instead of EMA crosses.",
                TestData.RSI_REVERSION)));
        server.enqueue(answer("</think>\n" + TestData.fenced("A fresh idea:", TestData.EMA_CROSS.replace(
                "ta.ema(close, slowLength)", "ta.sma(close, slowLength) + ta.atr(14) * 0.5"))));
        // generation 2: a prose-only answer that is repaired, and a never-trading one that gives up (1 repair)
        server.enqueue(answer("I would add a volume filter."));
        server.enqueue(answer(TestData.fenced("Indicator mutation with a volume filter:", TestData.EMA_CROSS
                .replace("if ta.crossover(fast, slow)", "if ta.crossover(fast, slow) and volume > ta.sma(volume, 20)"))));
        server.enqueue(answer(TestData.fenced("Stricter:", TestData.NEVER_TRADES)));
        server.enqueue(answer(TestData.fenced("Still strict:", TestData.NEVER_TRADES)));
        EvolutionConfig cfg = config(EvolutionMode.LLM, 2, 2).withSize(2, 2, 2).withRepairAttempts(1);

        EvolutionResult result = new EvolutionEngine(cfg, KnowledgeBase.EMPTY).run(ChatServer.provider(server), bars,
                sink, events);

        assertEquals(EvolutionMode.LLM, result.modeUsed());
        assertEquals(4, result.proposals());
        assertEquals(3, result.accepted());
        assertEquals(1, result.rejected());
        assertTrue(events.rejections.get(0).startsWith("g2-i1-c1: gave up after 2 answers (1 repairs): the script "
                + "never trades"), events.rejections.get(0));
        assertEquals(2, events.generations);
        server.takeRequest();
        String mutate = server.takeRequest().getBody().utf8();
        String fresh = server.takeRequest().getBody().utf8();
        assertTrue(mutate.contains("Parent strategy seed"), mutate);
        assertTrue(fresh.contains("Write a new Pine v6 strategy()"), fresh);
        System.out.println("LLM population: " + result.population().stream().map(Candidate::summary).toList());
        Candidate freshOne = events.candidates.stream().filter(c -> c.id().equals("g1-i1-c1")).findFirst()
                .orElseThrow();
        assertEquals("generate", freshOne.lineage().operator());
        assertEquals(1, freshOne.lineage().island());
        assertEquals(List.of("seed"), events.candidates.stream().filter(c -> c.id().equals("g1-i0-c0"))
                .findFirst().orElseThrow().lineage().parents());
        assertEquals(result.trials(), trials.size());
        assertEquals(4, trials.size(), "seed and three accepted candidates");
    }
}
