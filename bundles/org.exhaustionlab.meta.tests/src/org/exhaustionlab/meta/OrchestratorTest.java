package org.exhaustionlab.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.Trial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The orchestrator: GA and model generations, transactional commits, resume, fallback, report. */
class OrchestratorTest {

    @TempDir
    Path dir;

    static final BarSeries BARS = MetaTestData.bars("BTCUSDT");
    static final List<BarSeries> OTHERS = List.of(MetaTestData.bars("ETHUSDT"));
    static final List<String> SEEDS = List.of(MetaTestData.EMA_CROSS, MetaTestData.RSI_REVERSION);

    static MetaConfig config(int generations) {
        return MetaConfig.defaults().withGenerations(generations).withSearch(3, 2, 3, 7, Bandit.Policy.UCB1);
    }

    /** Runs {@code run} for at most {@code max} generations in a fresh orchestrator on the stores in {@code home}. */
    static MetaResult runIn(Path home, long run, int max, LlmProvider model, List<String> notices)
            throws IOException {
        try (MetaTestData.Stores s = MetaTestData.Stores.open(home)) {
            MetaListener listener = new MetaListener() {
                @Override
                public void onNotice(String n) {
                    notices.add(n);
                }
            };
            return new MetaOrchestrator(s.meta(), BARS, OTHERS, MetaTestData.smallKnowledge(), model, listener)
                    .run(run, SEEDS, max);
        }
    }

    static long newRun(Path home, MetaConfig config) throws IOException {
        try (MetaTestData.Stores s = MetaTestData.Stores.open(home)) {
            return s.newRun(config);
        }
    }

    @Test
    void withoutAModelEveryGenerationTunesAndIsCommittedOnce() throws Exception {
        long run = newRun(dir, config(4));
        List<String> notices = new ArrayList<>();

        MetaResult r = runIn(dir, run, Integer.MAX_VALUE, null, notices);

        assertTrue(r.finished());
        assertEquals(List.of(1, 2, 3, 4), r.history().stream().map(GenerationRecord::generation).toList());
        assertTrue(r.history().stream().allMatch(g -> g.mode().equals("GA")));
        assertTrue(notices.get(0).startsWith("no language model configured"), notices.toString());
        long directivePulls = r.bandit().stream().filter(a -> a.dimension().equals("directive"))
                .mapToLong(ArmStats::pulls).sum();
        assertEquals(4, directivePulls);
        assertEquals(4, r.bandit().stream().filter(a -> a.dimension().equals("ga")).mapToLong(ArmStats::pulls).sum());
        double best = r.best().get(0).fitness();
        for (GenerationRecord g : r.history()) {
            assertTrue(g.bestFitness() <= best + 1e-12);
            assertTrue(g.reward() >= 0 && g.reward() <= 1);
            assertEquals(g.childId() != null, g.improvement() > 0, "a child is admitted only when it improves");
        }
        for (int i = 1; i < r.history().size(); i++) {
            assertTrue(r.history().get(i).bestFitness() >= r.history().get(i - 1).bestFitness(), "the best never "
                    + "gets worse");
        }
        try (MetaTestData.Stores s = MetaTestData.Stores.open(dir)) {
            assertEquals("ok", s.meta().integrityCheck());
            assertEquals(r.backtests() + 2, s.store().registry().trials(run).size(), "every backtest is a trial, "
                    + "plus the two seeds");
            assertEquals("finished", s.meta().load(run).status());
        }
    }

    @ParameterizedTest
    @EnumSource(Bandit.Policy.class)
    void anInterruptedRunResumesExactlyWhereItStopped(Bandit.Policy policy) throws Exception {
        Path straight = dir.resolve("straight");
        Path interrupted = dir.resolve("interrupted");
        MetaConfig config = config(5).withSearch(3, 2, 3, 11, policy);
        long a = newRun(straight, config);
        long b = newRun(interrupted, config);
        MetaResult reference = runIn(straight, a, Integer.MAX_VALUE, null, new ArrayList<>());

        MetaResult partial = runIn(interrupted, b, 2, null, new ArrayList<>());
        assertFalse(partial.finished());
        assertEquals(2, partial.generationsDone());
        MetaResult resumed = runIn(interrupted, b, Integer.MAX_VALUE, null, new ArrayList<>());

        assertTrue(resumed.finished());
        assertEquals(reference.history(), resumed.history(), "same directives, settings, gains and rewards");
        assertEquals(reference.bandit(), resumed.bandit(), "same learned statistics");
        assertEquals(summary(reference.best()), summary(resumed.best()));
        try (MetaTestData.Stores s = MetaTestData.Stores.open(interrupted)) {
            assertEquals(reference.backtests() + 2, s.store().registry().trials(b).size(), "no trial twice");
        }
    }

    static List<String> summary(List<Candidate> cs) {
        return cs.stream().map(c -> c.id() + " " + c.fitness() + " " + c.source().hashCode()).toList();
    }

    @Test
    void aFailedCommitLeavesThePreviousGenerationIntact() throws Exception {
        long run = newRun(dir, config(3));
        runIn(dir, run, 1, null, new ArrayList<>());
        try (MetaTestData.Stores s = MetaTestData.Stores.open(dir)) {
            RunState before = s.meta().load(run);
            int trialsBefore = s.store().registry().trials(run).size();
            Evaluation clash = new Evaluation(Map.of("trades", 1.0), new double[] { 0.1, 0.2 }, new long[] { 5, 5 },
                    null);
            Trial bad = new Trial("x", 2, Map.of(), clash, 0.1);

            IOException e = assertThrows(IOException.class, () -> s.meta().commitGeneration(run, 2,
                    before.history().get(0), List.of(List.of(), List.of()), List.of(), List.of(bad)));

            assertTrue(e.getMessage().startsWith("committing generation 2 of meta run " + run), e.getMessage());
            RunState after = s.meta().load(run);
            assertEquals(1, after.generationsDone());
            assertEquals(before.history(), after.history());
            assertEquals(before.bandit(), after.bandit());
            assertEquals(summary(before.islands().get(0)), summary(after.islands().get(0)));
            assertEquals(trialsBefore, s.store().registry().trials(run).size());
            IOException again = assertThrows(IOException.class, () -> s.meta().commitGeneration(run, 1,
                    before.history().get(0), before.islands(), before.bandit(), List.of()));
            assertTrue(again.getMessage().contains("generation 1 does not follow the last committed one (1)"),
                    again.getMessage());
        }
    }

    @Test
    void aModelProposesMutationsWithBanditChosenOperatorsAndTemperatures() throws Exception {
        long run = newRun(dir, config(2));
        try (FakeModel model = new FakeModel(List.of(FakeModel.BREAKOUT, FakeModel.BANDS, FakeModel.MACD))) {
            MetaResult r = runIn(dir, run, Integer.MAX_VALUE, model.provider(), new ArrayList<>());

            assertTrue(r.history().stream().allMatch(g -> g.mode().equals("LLM")), r.history().toString());
            GenerationRecord first = r.history().get(0);
            assertEquals(3, first.proposals());
            assertEquals(3, first.operators().size());
            assertTrue(r.history().stream().mapToInt(GenerationRecord::accepted).sum() >= 2, "model strategies that "
                    + "check, trade and differ join the population: " + r.history());
            assertTrue(first.cost().tokens() >= 3 * 1900, "tokens are counted: " + first.cost());
            assertEquals(6, r.bandit().stream().filter(a -> a.dimension().equals("operator")).mapToLong(
                    ArmStats::pulls).sum());
            ObjectMapper json = new ObjectMapper();
            for (String body : model.chatBodies) {
                JsonNode request = json.readTree(body);
                assertTrue(GenerationStep.TEMPERATURES.contains(Double.toString(request.path("temperature")
                        .asDouble())), body.substring(0, Math.min(200, body.length())));
            }
            String firstPrompt = json.readTree(model.chatBodies.get(0)).path("messages").get(1).path("content")
                    .asText();
            assertTrue(firstPrompt.contains("Focus of this generation: " + Objective.valueOf(first.objective().name())
                    .guidance().substring(0, 20)), firstPrompt);
            assertTrue(r.best().stream().anyMatch(c -> c.id().startsWith("g1-c") || c.id().startsWith("g2-c")
                    || c.id().endsWith("ga-tuned")), summary(r.best()).toString());
        }
    }

    @Test
    void aModelThatGoesAwayMidGenerationIsReplacedByTheGaFromTheCommittedState() throws Exception {
        long run = newRun(dir, config(2));
        List<String> notices = new ArrayList<>();
        try (FakeModel fake = new FakeModel(List.of(FakeModel.BREAKOUT, FakeModel.BANDS, FakeModel.MACD))) {
            LlmProvider real = fake.provider();
            LlmProvider leaving = new LlmProvider() {
                private int calls;

                @Override
                public String id() {
                    return "leaving";
                }

                @Override
                public String displayName() {
                    return "Leaving server";
                }

                @Override
                public org.exhaustionlab.llm.ChatResponse chat(org.exhaustionlab.llm.ChatRequest request)
                        throws org.exhaustionlab.llm.LlmException {
                    if (++calls > 2) {
                        throw new org.exhaustionlab.llm.LlmException(
                                org.exhaustionlab.llm.LlmException.Kind.CONNECTION_REFUSED, "connection refused");
                    }
                    return real.chat(request);
                }

                @Override
                public org.exhaustionlab.llm.ChatResponse chatStreaming(org.exhaustionlab.llm.ChatRequest request,
                        org.exhaustionlab.llm.ChatStreamListener listener) throws org.exhaustionlab.llm.LlmException {
                    return chat(request);
                }

                @Override
                public boolean isReachable() {
                    return true;
                }
            };

            MetaResult r = runIn(dir, run, Integer.MAX_VALUE, leaving, notices);

            assertEquals(List.of("GA", "GA"), r.history().stream().map(GenerationRecord::mode).toList());
            assertTrue(notices.stream().anyMatch(n -> n.startsWith("Falling back to GA-only: Leaving server: "
                    + "connection refused")), notices.toString());
            assertEquals(0, r.bandit().stream().filter(a -> a.dimension().equals("operator")).mapToLong(
                    ArmStats::pulls).sum(), "the abandoned proposals were rolled back with their generation");
            assertEquals(2, r.bandit().stream().filter(a -> a.dimension().equals("directive")).mapToLong(
                    ArmStats::pulls).sum());
        }
    }

    @Test
    void anUnreachableModelFallsBackToTuningWithANotice() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long run = newRun(dir, config(1));
        List<String> notices = new ArrayList<>();
        LlmProvider down = new org.exhaustionlab.llm.openai.OpenAiCompatibleProvider(
                org.exhaustionlab.llm.ProviderPresets.lmStudio("x").withBaseUrl("http://127.0.0.1:" + port + "/v1"));

        MetaResult r = runIn(dir, run, Integer.MAX_VALUE, down, notices);

        assertEquals("GA", r.history().get(0).mode());
        assertTrue(notices.stream().anyMatch(n -> n.startsWith("Falling back to GA-only: LM Studio is not reachable")),
                notices.toString());
    }

    @Test
    void productionValidationScoresTheBestAndTheReportSaysWhatWasLearned() throws Exception {
        MetaConfig config = config(2).withValidation(true, 2);
        long run = newRun(dir, config);

        MetaResult r = runIn(dir, run, Integer.MAX_VALUE, null, new ArrayList<>());

        assertEquals(2, r.readiness().size());
        for (Readiness v : r.readiness()) {
            assertTrue(v.score() >= 0 && v.score() <= 100, v.toString());
            assertFalse(v.lines().isEmpty());
        }
        String text = String.join("\n", MetaReport.text(r));
        assertTrue(text.contains("what the bandits learned"), text);
        assertTrue(text.contains("readiness "), text);
        JsonNode json = new ObjectMapper().readTree(MetaReport.json(r));
        assertEquals(2, json.path("generations").size());
        assertEquals(2, json.path("readiness").size());
        MetaResult again = runIn(dir, run, Integer.MAX_VALUE, null, new ArrayList<>());
        assertEquals(r.readiness(), again.readiness(), "a finished run reports from the store without re-running");
        assertEquals(r.history(), again.history());
    }

    @Test
    void unknownRunsAndUselessSeedsAreOneLineErrors() throws Exception {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> runIn(dir, 999, 1, null,
                new ArrayList<>()));
        assertEquals("there is no meta run 999 in the store", none.getMessage());
        long run = newRun(dir, config(1));
        try (MetaTestData.Stores s = MetaTestData.Stores.open(dir)) {
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> new MetaOrchestrator(
                    s.meta(), BARS, OTHERS, MetaTestData.smallKnowledge(), null, null).run(run, List.of(
                            MetaTestData.NEVER_TRADES), 1));
            assertTrue(bad.getMessage().startsWith("no usable seed strategy"), bad.getMessage());
        }
    }
}
