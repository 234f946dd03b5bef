package org.exhaustionlab.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrategyRegistryTest {

    @TempDir
    Path home;

    @Test
    void storesStrategiesWithLineageRunsTrialsAndReturns() throws IOException {
        try (MarketStore store = MarketStore.open(home)) {
            StrategyRegistry r = store.registry();
            r.saveStrategy(new StrategyRecord("root", "Exhaustion", null, "hand", "src0", 1));
            r.saveStrategy(new StrategyRecord("child", "Exhaustion v2", "root", "llm", "src1", 2));
            r.saveStrategy(new StrategyRecord("grandchild", "Exhaustion v3", "child", "ga", "src2", 3));
            assertEquals(List.of("grandchild", "child", "root"),
                    r.lineage("grandchild").stream().map(StrategyRecord::id).toList());
            assertNull(r.strategy("missing"));

            long run = r.startRun("optimize", "{\"pop\":50}", 10);
            assertEquals("running", r.runStatus(run));
            long t1 = r.addTrial(new TrialRecord(0, run, "child", "{\"len\":14}", "{\"sharpe\":1.2}", 11),
                    new long[] {200, 100}, new double[] {0.02, -0.01});
            r.addTrial(new TrialRecord(0, run, "grandchild", "{\"len\":20}", "{\"sharpe\":0.4}", 12), new long[0],
                    new double[0]);
            r.finishRun(run, "done", 20);
            assertEquals("done", r.runStatus(run));
            List<TrialRecord> trials = r.trials(run);
            assertEquals(2, trials.size());
            assertEquals(new TrialRecord(t1, run, "child", "{\"len\":14}", "{\"sharpe\":1.2}", 11), trials.get(0));
            assertArrayEquals(new double[] {-0.01, 0.02}, r.trialReturns(t1)); // ordered by period
        }
    }

    @Test
    void listsAllStrategiesNewestFirstAndTheTrialsOfOne() throws IOException {
        try (MarketStore store = MarketStore.open(home)) {
            StrategyRegistry r = store.registry();
            assertEquals(List.of(), r.strategies());
            r.saveStrategy(new StrategyRecord("a", "A", null, "hand", "src", 5));
            r.saveStrategy(new StrategyRecord("b", "B", "a", "ga", "src", 7));
            r.saveStrategy(new StrategyRecord("c", "C", null, "llm", "src", 5));
            assertEquals(List.of("b", "a", "c"), r.strategies().stream().map(StrategyRecord::id).toList());
            long run = r.startRun("evolve", "{}", 1);
            r.addTrial(new TrialRecord(0, run, "b", "{}", "{\"fitness\":1}", 2), new long[0], new double[0]);
            r.addTrial(new TrialRecord(0, run, "a", "{}", "{\"fitness\":0}", 3), new long[0], new double[0]);
            r.addTrial(new TrialRecord(0, run, "b", "{}", "{\"fitness\":2}", 4), new long[0], new double[0]);
            assertEquals(List.of("{\"fitness\":1}", "{\"fitness\":2}"),
                    r.trialsOf("b").stream().map(TrialRecord::metricsJson).toList());
            assertEquals(List.of(), r.trialsOf("c"));
        }
    }

    @Test
    void trialOfUnknownRunIsRefusedByForeignKey() throws IOException {
        try (MarketStore store = MarketStore.open(home)) {
            IOException e = assertThrows(IOException.class, () -> store.registry()
                    .addTrial(new TrialRecord(0, 42, null, "{}", "{}", 1), new long[0], new double[0]));
            assertEquals(true, e.getMessage().contains("FOREIGN KEY"), e.getMessage());
            assertEquals(List.of(), store.registry().trials(42)); // rolled back
            assertThrows(IllegalArgumentException.class, () -> store.registry().finishRun(42, "done", 1));
        }
    }
}
