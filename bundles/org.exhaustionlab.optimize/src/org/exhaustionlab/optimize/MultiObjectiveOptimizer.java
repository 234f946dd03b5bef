package org.exhaustionlab.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * NSGA-II over a {@link ParameterSpace}: each generation breeds N offspring from the population by binary
 * tournament on (front rank, crowding distance), crossover ({@link OptimizerConfig#crossover()}) and per-gene
 * mutation, then keeps the best N distinct candidates of parents ∪ offspring by rank and crowding. Works on value
 * indexes directly (no Jenetics engine: its NSGA-II is in the separate jenetics.ext artifact).
 *
 * <p>Uses from {@link OptimizerConfig}: population size, generations, seed, crossover kind and probability,
 * mutation probability, threads, cache size, run id. Reproducible like {@link GeneticOptimizer}: one seeded
 * generator per generation on the calling thread, backtests in parallel, results in population order.
 */
public final class MultiObjectiveOptimizer {

    private final ParameterSpace space;
    private final Evaluator evaluator;
    private final List<Objective> objectives;
    private final OptimizerConfig config;
    private final TrialSink sink;

    public MultiObjectiveOptimizer(ParameterSpace space, Evaluator evaluator, List<Objective> objectives,
            OptimizerConfig config, TrialSink sink) {
        if (objectives.size() < 2) {
            throw new IllegalArgumentException("a multi-objective run needs at least two objectives");
        }
        if (space.size() == 0) {
            throw new IllegalArgumentException("nothing to optimise: the parameter space is empty");
        }
        this.space = space;
        this.evaluator = evaluator;
        this.objectives = List.copyOf(objectives);
        this.config = config;
        this.sink = sink == null ? TrialSink.NONE : sink;
    }

    public ParetoResult run(DataWindow window) {
        int n = config.populationSize();
        try (BatchEvaluator batch = new BatchEvaluator(space, evaluator, window, null, sink, config.runId(),
                config.threads(), config.cacheSize())) {
            Random rnd = new Random(Genes.generationSeed(config.seed(), 0));
            List<int[]> pop = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pop.add(randomCandidate(rnd));
            }
            List<BatchEvaluator.Scored> scored = batch.evaluate(pop, 0);
            Ranked ranked = rank(scored);
            for (int g = 1; g <= config.generations(); g++) {
                rnd = new Random(Genes.generationSeed(config.seed(), g));
                List<int[]> offspring = new ArrayList<>(n);
                while (offspring.size() < n) {
                    int[] a = scored.get(tournament(ranked, rnd)).indexes().clone();
                    int[] b = scored.get(tournament(ranked, rnd)).indexes().clone();
                    if (rnd.nextDouble() < config.crossoverProbability()) {
                        crossover(a, b, rnd);
                    }
                    mutate(a, rnd);
                    mutate(b, rnd);
                    offspring.add(a);
                    if (offspring.size() < n) {
                        offspring.add(b);
                    }
                }
                List<BatchEvaluator.Scored> union = new ArrayList<>(scored);
                union.addAll(batch.evaluate(offspring, g));
                scored = select(distinct(union), n);
                ranked = rank(scored);
            }
            List<ParetoPoint> front = new ArrayList<>();
            for (int i : ranked.fronts.get(0)) {
                BatchEvaluator.Scored s = scored.get(i);
                double[] values = new double[objectives.size()];
                for (int k = 0; k < values.length; k++) {
                    values[k] = s.evaluation().metric(objectives.get(k).metric(), Double.NaN);
                }
                front.add(new ParetoPoint(s.params(), values, s.evaluation()));
            }
            front.sort(Comparator.comparingDouble(p -> p.objectives()[0]));
            return new ParetoResult(objectives, front, config.generations(), batch.evaluations());
        }
    }

    /** Fronts plus, per population member, its front rank and crowding distance. */
    private static final class Ranked {
        List<List<Integer>> fronts;
        int[] rank;
        double[] crowding;
    }

    private Ranked rank(List<BatchEvaluator.Scored> scored) {
        double[][] costs = costs(scored);
        Ranked r = new Ranked();
        r.fronts = Nsga2.sort(costs);
        r.rank = new int[scored.size()];
        r.crowding = new double[scored.size()];
        for (int f = 0; f < r.fronts.size(); f++) {
            List<Integer> front = r.fronts.get(f);
            double[] d = Nsga2.crowding(costs, front);
            for (int i = 0; i < front.size(); i++) {
                r.rank[front.get(i)] = f;
                r.crowding[front.get(i)] = d[i];
            }
        }
        return r;
    }

    private double[][] costs(List<BatchEvaluator.Scored> scored) {
        double[][] costs = new double[scored.size()][objectives.size()];
        for (int i = 0; i < costs.length; i++) {
            for (int k = 0; k < objectives.size(); k++) {
                costs[i][k] = objectives.get(k).cost(scored.get(i).evaluation());
            }
        }
        return costs;
    }

    /** The best {@code n}: whole fronts in rank order, the last one cut by descending crowding distance. */
    private List<BatchEvaluator.Scored> select(List<BatchEvaluator.Scored> union, int n) {
        double[][] costs = costs(union);
        List<BatchEvaluator.Scored> out = new ArrayList<>(n);
        for (List<Integer> front : Nsga2.sort(costs)) {
            if (out.size() + front.size() <= n) {
                front.forEach(i -> out.add(union.get(i)));
                continue;
            }
            double[] d = Nsga2.crowding(costs, front);
            Integer[] order = new Integer[front.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(d[y], d[x])); // stable: ties keep population order
            for (int i = 0; out.size() < n; i++) {
                out.add(union.get(front.get(order[i])));
            }
            break;
        }
        return out;
    }

    private static List<BatchEvaluator.Scored> distinct(List<BatchEvaluator.Scored> all) {
        Set<EvaluationCache.Key> seen = new HashSet<>();
        List<BatchEvaluator.Scored> out = new ArrayList<>();
        for (BatchEvaluator.Scored s : all) {
            if (seen.add(new EvaluationCache.Key(s.indexes()))) {
                out.add(s);
            }
        }
        return out;
    }

    private static int tournament(Ranked r, Random rnd) {
        int a = rnd.nextInt(r.rank.length);
        int b = rnd.nextInt(r.rank.length);
        if (r.rank[a] != r.rank[b]) {
            return r.rank[a] < r.rank[b] ? a : b;
        }
        return r.crowding[b] > r.crowding[a] ? b : a;
    }

    private int[] randomCandidate(Random rnd) {
        int[] c = new int[space.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = rnd.nextInt(space.parameters().get(i).count());
        }
        return c;
    }

    private void crossover(int[] a, int[] b, Random rnd) {
        if (config.crossover() == OptimizerConfig.Crossover.UNIFORM) {
            for (int i = 0; i < a.length; i++) {
                if (rnd.nextBoolean()) {
                    swap(a, b, i);
                }
            }
        } else if (a.length > 1) {
            for (int i = 1 + rnd.nextInt(a.length - 1); i < a.length; i++) {
                swap(a, b, i);
            }
        }
    }

    private void mutate(int[] c, Random rnd) {
        for (int i = 0; i < c.length; i++) {
            if (rnd.nextDouble() < config.mutationProbability()) {
                c[i] = rnd.nextInt(space.parameters().get(i).count());
            }
        }
    }

    private static void swap(int[] a, int[] b, int i) {
        int t = a[i];
        a[i] = b[i];
        b[i] = t;
    }
}
