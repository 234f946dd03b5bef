package org.exhaustionlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneticOptimizerTest {

    static final DataWindow WINDOW = new DataWindow(0, 30 * DataWindow.DAY_MS);

    static OptimizerConfig.Builder config() {
        return OptimizerConfig.builder().populationSize(50).generations(100).seed(7).mutationProbability(0.2);
    }

    @Test
    void findsTheGlobalOptimumOfAMultimodalFunction() {
        Synthetic f = new Synthetic();
        OptimizationResult r = new GeneticOptimizer(Synthetic.space(), f, new MetricFitness("value"),
                config().build()).run(WINDOW);
        assertEquals(Synthetic.OPTIMUM, r.bestFitness(), 1e-9, () -> "best " + r.bestParams());
        assertEquals(1.5, ((Number) r.bestParams().get("x")).doubleValue(), 1e-12);
        assertEquals(-2.0, ((Number) r.bestParams().get("y")).doubleValue(), 1e-12);
        assertEquals(7L, r.bestParams().get("n"));
        assertEquals(true, r.bestParams().get("flag"));
        assertEquals("b", r.bestParams().get("mode"));
        assertEquals(Synthetic.OPTIMUM, r.bestEvaluation().metric("value", 0), 1e-9);
    }

    @Test
    void uniformCrossoverAlsoFindsTheOptimum() {
        OptimizationResult r = new GeneticOptimizer(Synthetic.space(), new Synthetic(), new MetricFitness("value"),
                config().crossover(OptimizerConfig.Crossover.UNIFORM, 0.8).build()).run(WINDOW);
        assertEquals(Synthetic.OPTIMUM, r.bestFitness(), 1e-9, () -> "best " + r.bestParams());
    }

    @Test
    void sameSeedGivesTheSameRunSerialAndParallel() {
        List<Map<String, Object>> serialTrials = new ArrayList<>();
        List<Map<String, Object>> parallelTrials = new ArrayList<>();
        OptimizerConfig serial = config().generations(25).threads(1).build();
        OptimizerConfig parallel = config().generations(25).threads(4).build();
        OptimizationResult a = new GeneticOptimizer(Synthetic.space(), new Synthetic(), new MetricFitness("value"),
                serial).withTrialSink(t -> serialTrials.add(t.params())).run(WINDOW);
        OptimizationResult b = new GeneticOptimizer(Synthetic.space(), new Synthetic(), new MetricFitness("value"),
                parallel).withTrialSink(t -> parallelTrials.add(t.params())).run(WINDOW);
        OptimizationResult c = new GeneticOptimizer(Synthetic.space(), new Synthetic(), new MetricFitness("value"),
                parallel).run(WINDOW);
        assertEquals(a.bestParams(), b.bestParams());
        assertEquals(a.bestFitness(), b.bestFitness());
        assertEquals(serialTrials, parallelTrials, "trials in the same order");
        assertEquals(b.bestParams(), c.bestParams());
        assertEquals(a.evaluations(), serialTrials.size());
        assertEquals(means(a), means(b), "per-generation mean fitness identical");
    }

    @Test
    void backtestsUseEveryCoreUnlessToldOtherwise() {
        assertEquals(Runtime.getRuntime().availableProcessors(), OptimizerConfig.builder().build().threads());
        assertEquals(1, OptimizerConfig.builder().threads(1).build().threads());
    }

    @Test
    void differentSeedsExploreDifferently() {
        List<Map<String, Object>> first = new ArrayList<>();
        List<Map<String, Object>> second = new ArrayList<>();
        new GeneticOptimizer(Synthetic.space(), new Synthetic(), new MetricFitness("value"),
                config().generations(2).seed(1).build()).withTrialSink(t -> first.add(t.params())).run(WINDOW);
        new GeneticOptimizer(Synthetic.space(), new Synthetic(), new MetricFitness("value"),
                config().generations(2).seed(2).build()).withTrialSink(t -> second.add(t.params())).run(WINDOW);
        assertNotEquals(first, second);
    }

    @Test
    void cacheAvoidsReEvaluatingDuplicates() {
        Synthetic f = new Synthetic();
        OptimizationResult r = new GeneticOptimizer(Synthetic.space(), f, new MetricFitness("value"),
                config().generations(40).threads(2).build()).run(WINDOW);
        assertEquals(f.distinct.size(), f.calls.get(), "every parameter set backtested once");
        assertEquals(f.calls.get(), r.evaluations());
        assertTrue(r.evaluations() < 40L * 50, "duplicates were served from the cache: " + r.evaluations());
    }

    @Test
    void progressIsReportedPerGenerationWithMonotoneBest() {
        List<GenerationProgress> seen = new ArrayList<>();
        OptimizationResult r = new GeneticOptimizer(Synthetic.space(), new Synthetic(), new MetricFitness("value"),
                config().generations(12).build()).withProgress(seen::add).run(WINDOW);
        assertEquals(12, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1, seen.get(i).generation());
            assertTrue(seen.get(i).mean() <= seen.get(i).best());
            if (i > 0) {
                assertTrue(seen.get(i).best() >= seen.get(i - 1).best());
                assertTrue(seen.get(i).evaluations() >= seen.get(i - 1).evaluations());
            }
        }
        assertEquals(seen, r.history());
        assertEquals(r.bestFitness(), seen.get(11).best());
    }

    @Test
    void earlyStoppingEndsARunWhoseBestDoesNotImprove() {
        Evaluator flat = (p, w) -> Evaluation.of(Map.of("value", 1.0), null);
        OptimizationResult r = new GeneticOptimizer(Synthetic.space(), flat, new MetricFitness("value"),
                config().generations(100).steadyGenerations(5).build()).run(WINDOW);
        assertTrue(r.stoppedEarly());
        assertEquals(6, r.generation(), "generation 1 sets the best, five steady generations follow");
        OptimizationResult full = new GeneticOptimizer(Synthetic.space(), flat, new MetricFitness("value"),
                config().generations(10).build()).run(WINDOW);
        assertFalse(full.stoppedEarly());
        assertEquals(10, full.generation());
    }

    @Test
    void constraintsKeepTheBestFeasible() {
        // the higher x, the more profit but the fewer trades: only x <= 1 gives at least 10 trades
        Evaluator e = (p, w) -> {
            double x = ((Number) p.get("x")).doubleValue();
            return Evaluation.of(Map.of("value", x, Metrics.TRADES, x <= 1 ? 12.0 : 3.0), null);
        };
        OptimizationResult r = new GeneticOptimizer(Synthetic.space(), e,
                new MetricFitness("value", new Constraints(10, 50)), config().generations(30).build()).run(WINDOW);
        assertEquals(1.0, ((Number) r.bestParams().get("x")).doubleValue(), 1e-12);
        assertEquals(1.0, r.bestFitness(), 1e-12);
    }

    @Test
    void failingBacktestsDoNotEndTheRun() {
        Evaluator e = (p, w) -> {
            if (Boolean.TRUE.equals(p.get("flag"))) {
                throw new IllegalStateException("boom");
            }
            return Evaluation.of(Map.of("value", Synthetic.value(p)), null);
        };
        List<Trial> failed = new ArrayList<>();
        OptimizationResult r = new GeneticOptimizer(Synthetic.space(), e, new MetricFitness("value"),
                config().generations(20).build()).withTrialSink(t -> {
                    if (t.evaluation().failed()) {
                        failed.add(t);
                    }
                }).run(WINDOW);
        assertEquals(false, r.bestParams().get("flag"));
        assertFalse(failed.isEmpty());
        assertEquals(FitnessFunction.FAILED, failed.get(0).fitness());
        assertTrue(failed.get(0).metricsJson().contains("boom"));
    }

    @Test
    void rejectsAnEmptySpaceAndBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new GeneticOptimizer(ParameterSpace.of(List.of()),
                new Synthetic(), new MetricFitness("value"), config().build()));
        assertThrows(IllegalArgumentException.class, () -> OptimizerConfig.builder().populationSize(1));
        assertThrows(IllegalArgumentException.class, () -> OptimizerConfig.builder().populationSize(4)
                .eliteCount(4).build());
        assertThrows(IllegalArgumentException.class, () -> OptimizerConfig.builder().mutationProbability(1.5));
    }

    private static List<Double> means(OptimizationResult r) {
        List<Double> out = new ArrayList<>();
        r.history().forEach(p -> out.add(p.mean()));
        return out;
    }
}
