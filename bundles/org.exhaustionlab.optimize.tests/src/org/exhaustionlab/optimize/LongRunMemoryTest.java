package org.exhaustionlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongRunMemoryTest {

    /** Each evaluation carries 2,000 period returns (16 KB), so keeping evaluations per generation would show. */
    private static final Evaluator HEAVY = (p, w) -> Evaluation.of(Map.of("value", Synthetic.value(p)),
            new double[2_000]);

    @Test
    void retainedHeapStaysFlatOverTwelveHundredGenerations() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] retained = new long[2];
        OptimizerConfig config = OptimizerConfig.builder().populationSize(30).generations(1200).seed(5)
                .mutationProbability(0.3).cacheSize(1_000).threads(2).build();
        OptimizationResult r = new GeneticOptimizer(Synthetic.space(), HEAVY, new MetricFitness("value"), config)
                .withProgress(p -> {
                    // after the cache (16 MB) has filled and the history ring is full, retained heap must not grow;
                    // an unbounded cache grows ~15 MB here
                    if (p.generation() == 1000) {
                        retained[0] = retainedHeap(memory);
                    } else if (p.generation() == 1200) {
                        retained[1] = retainedHeap(memory);
                    }
                }).run(GeneticOptimizerTest.WINDOW);
        assertEquals(1200, r.generation());
        assertEquals(GeneticOptimizer.HISTORY_LIMIT, r.history().size());
        assertEquals(201, r.history().get(0).generation());
        assertTrue(r.evaluations() > 1_000, "the cache was overrun: " + r.evaluations() + " evaluations");
        long growth = retained[1] - retained[0];
        assertTrue(growth < 8L << 20, "retained heap grew by " + (growth >> 10) + " KiB over 200 generations");
    }

    @Test
    void aLongRunBeforeTheRingFillsDoesNotGrowEither() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] retained = new long[2];
        OptimizerConfig config = OptimizerConfig.builder().populationSize(30).generations(1100).seed(6)
                .mutationProbability(0.3).cacheSize(500).build();
        new GeneticOptimizer(Synthetic.space(), HEAVY, new MetricFitness("value"), config)
                .withProgress(p -> {
                    if (p.generation() == 100) {
                        retained[0] = retainedHeap(memory);
                    } else if (p.generation() == 1100) {
                        retained[1] = retainedHeap(memory);
                    }
                }).run(GeneticOptimizerTest.WINDOW);
        // 1,000 generations add at most 1,000 small progress records to the history: well under the bound
        long growth = retained[1] - retained[0];
        assertTrue(growth < 16L << 20, "retained heap grew by " + (growth >> 10) + " KiB over 1,000 generations");
    }

    private static long retainedHeap(MemoryMXBean memory) {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            min = Math.min(min, memory.getHeapMemoryUsage().getUsed());
        }
        return min;
    }
}
