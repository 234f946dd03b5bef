package org.exhaustionlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Nsga2Test {

    @Test
    void sortsHandMadePointsIntoFronts() {
        double[][] costs = { { 1, 5 }, { 2, 2 }, { 5, 1 }, { 3, 3 }, { 4, 4 }, { 2, 2 }, { 6, 6 } };
        List<List<Integer>> fronts = Nsga2.sort(costs);
        assertEquals(List.of(List.of(0, 1, 2, 5), List.of(3), List.of(4), List.of(6)), fronts);
        assertTrue(Nsga2.dominates(costs[1], costs[3]));
        assertFalse(Nsga2.dominates(costs[1], costs[5]), "equal points do not dominate each other");
        assertFalse(Nsga2.dominates(costs[0], costs[2]));
    }

    @Test
    void crowdingKeepsExtremesAndMeasuresGaps() {
        double[][] costs = { { 0, 4 }, { 1, 3 }, { 3, 1 }, { 4, 0 } };
        double[] d = Nsga2.crowding(costs, List.of(0, 1, 2, 3));
        assertEquals(Double.POSITIVE_INFINITY, d[0]);
        assertEquals(Double.POSITIVE_INFINITY, d[3]);
        // point 1: neighbours 0 and 2 → (3-0)/4 + (4-1)/4 = 1.5; point 2 symmetric
        assertEquals(1.5, d[1], 1e-12);
        assertEquals(1.5, d[2], 1e-12);
    }

    /** Schaffer's problem N.1: minimise x² and (x−2)²; the Pareto set is exactly x ∈ [0, 2]. */
    @Test
    void findsTheParetoFrontOfSchaffersProblem() {
        ParameterSpace space = ParameterSpace.of(List.of(new Parameter.FloatRange("x", -10, 10, 0.01)));
        Evaluator schaffer = (p, w) -> {
            double x = ((Number) p.get("x")).doubleValue();
            return Evaluation.of(Map.of("f1", x * x, "f2", (x - 2) * (x - 2)), null);
        };
        OptimizerConfig config = OptimizerConfig.builder().populationSize(40).generations(60).seed(3)
                .mutationProbability(0.3).threads(2).build();
        List<Objective> objectives = List.of(Objective.min("f1"), Objective.min("f2"));
        ParetoResult r = new MultiObjectiveOptimizer(space, schaffer, objectives, config, null)
                .run(GeneticOptimizerTest.WINDOW);
        List<Double> xs = new ArrayList<>();
        for (ParetoPoint p : r.front()) {
            double x = ((Number) p.params().get("x")).doubleValue();
            xs.add(x);
            assertTrue(x >= 0 && x <= 2, "x = " + x + " is not Pareto-optimal");
            assertEquals(x * x, p.objectives()[0], 1e-9);
        }
        assertTrue(xs.size() >= 30, "front of " + xs.size() + " points");
        assertTrue(xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow() <= 0.1, xs.toString());
        assertTrue(xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow() >= 1.9, xs.toString());
        Set<Double> distinct = new HashSet<>(xs);
        assertEquals(xs.size(), distinct.size(), "distinct parameter sets");
        for (int i = 1; i < r.front().size(); i++) {
            assertTrue(r.front().get(i).objectives()[0] >= r.front().get(i - 1).objectives()[0], "sorted by f1");
        }
        ParetoResult again = new MultiObjectiveOptimizer(space, schaffer, objectives,
                config.toBuilder().threads(1).build(), null).run(GeneticOptimizerTest.WINDOW);
        assertEquals(xs, again.front().stream().map(p -> ((Number) p.params().get("x")).doubleValue()).toList(),
                "reproducible serial and parallel");
    }

    @Test
    void maximisedObjectivesAndFailuresAreHandled() {
        ParameterSpace space = ParameterSpace.of(List.of(new Parameter.IntRange("k", 0, 20, 1)));
        // sharpe rises with k, drawdown too: every k is Pareto-optimal except the failing odd ones above 15
        Evaluator e = (p, w) -> {
            long k = (Long) p.get("k");
            if (k > 15 && k % 2 == 1) {
                throw new IllegalStateException("no data");
            }
            return Evaluation.of(Map.of(Metrics.SHARPE, (double) k, Metrics.MAX_DRAWDOWN_PCT, k * 2.0), null);
        };
        ParetoResult r = new MultiObjectiveOptimizer(space, e, List.of(Objective.max(Metrics.SHARPE),
                Objective.min(Metrics.MAX_DRAWDOWN_PCT)), OptimizerConfig.builder().populationSize(30)
                        .generations(30).seed(1).build(), null).run(GeneticOptimizerTest.WINDOW);
        List<Long> ks = r.front().stream().map(p -> (Long) p.params().get("k")).sorted().toList();
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 18L, 20L),
                ks);
        assertThrows(IllegalArgumentException.class, () -> new MultiObjectiveOptimizer(space, e,
                List.of(Objective.max(Metrics.SHARPE)), OptimizerConfig.builder().build(), null));
    }
}
