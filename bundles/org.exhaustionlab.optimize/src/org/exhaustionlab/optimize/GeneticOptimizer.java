package org.exhaustionlab.optimize;

import io.jenetics.Alterer;
import io.jenetics.EliteSelector;
import io.jenetics.IntegerGene;
import io.jenetics.Phenotype;
import io.jenetics.Selector;
import io.jenetics.SinglePointCrossover;
import io.jenetics.TournamentSelector;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Single-objective genetic optimisation of a strategy's inputs with Jenetics: tournament selection, single-point or
 * uniform crossover, per-gene mutation ({@link StepMutator}: random reset or a few grid steps) and elitism
 * ({@link OptimizerConfig}). Candidates are encoded by {@link Genes}, so every proposed value lies on its
 * parameter's step grid.
 *
 * <p>Reproducible: generation g draws from {@code new Random(generationSeed(seed, g))} installed for the calling
 * thread only; the engine's own work (selection, alteration) runs on the calling thread, and only the backtests run
 * in parallel — their results are gathered in population order. Same seed and same (deterministic) evaluator give
 * the same result, serial or parallel, uninterrupted or resumed from a {@link Checkpoint}.
 *
 * <p>Memory stays flat: the evaluation cache is bounded, progress history keeps the last {@link #HISTORY_LIMIT}
 * generations, and nothing else is kept per generation.
 *
 * @implNote Immutable; {@link #run} and {@link #resume} may be called concurrently (each call has its own state),
 *           provided the sink and listener can take that.
 */
public final class GeneticOptimizer {

    public static final int HISTORY_LIMIT = 1000;

    private final ParameterSpace space;
    private final Evaluator evaluator;
    private final FitnessFunction fitness;
    private final OptimizerConfig config;
    private final TrialSink sink;
    private final ProgressListener progress;
    private final Path checkpointFile;

    public GeneticOptimizer(ParameterSpace space, Evaluator evaluator, FitnessFunction fitness,
            OptimizerConfig config) {
        this(space, evaluator, fitness, config, TrialSink.NONE, ProgressListener.NONE, null);
    }

    private GeneticOptimizer(ParameterSpace space, Evaluator evaluator, FitnessFunction fitness,
            OptimizerConfig config, TrialSink sink, ProgressListener progress, Path checkpointFile) {
        if (space.size() == 0) {
            throw new IllegalArgumentException("nothing to optimise: the parameter space is empty");
        }
        this.space = space;
        this.evaluator = evaluator;
        this.fitness = fitness;
        this.config = config;
        this.sink = sink;
        this.progress = progress;
        this.checkpointFile = checkpointFile;
    }

    public GeneticOptimizer withTrialSink(TrialSink s) {
        return new GeneticOptimizer(space, evaluator, fitness, config, s, progress, checkpointFile);
    }

    public GeneticOptimizer withProgress(ProgressListener l) {
        return new GeneticOptimizer(space, evaluator, fitness, config, sink, l, checkpointFile);
    }

    /** After every completed generation the run state is written (atomically) to {@code file}. */
    public GeneticOptimizer withCheckpointFile(Path file) {
        return new GeneticOptimizer(space, evaluator, fitness, config, sink, progress, file);
    }

    public OptimizationResult run(DataWindow window) {
        return runFrom(null, window);
    }

    /** Continues a run from its last completed generation; use the same space, evaluator, fitness and config. */
    public OptimizationResult resume(Checkpoint checkpoint) {
        if (checkpoint.seed() != config.seed()) {
            throw new IllegalArgumentException("checkpoint was made with seed " + checkpoint.seed()
                    + " but the config has seed " + config.seed());
        }
        return runFrom(checkpoint, checkpoint.window());
    }

    private OptimizationResult runFrom(Checkpoint cp, DataWindow window) {
        long startNs = System.nanoTime();
        try (BatchEvaluator batch = new BatchEvaluator(space, evaluator, window, fitness, sink, config.runId(),
                config.threads(), config.cacheSize())) {
            PopulationEvaluator popEval = new PopulationEvaluator(space, batch);
            Engine<IntegerGene, Double> engine = engine(popEval);
            EvolutionStart<IntegerGene, Double> start;
            int steady = 0;
            if (cp == null) {
                start = EvolutionStart.of(ISeq.empty(), 1);
            } else {
                start = restore(cp, popEval, batch);
                steady = cp.steadyCount();
            }
            ArrayDeque<GenerationProgress> history = new ArrayDeque<>();
            long generation = start.generation() - 1;
            boolean stoppedEarly = false;
            while (generation < config.generations()) {
                generation++;
                popEval.generation = generation;
                double before = popEval.best == null ? Double.NEGATIVE_INFINITY : popEval.best.fitness();
                EvolutionStart<IntegerGene, Double> from = start;
                EvolutionResult<IntegerGene, Double> r = RandomRegistry.with(
                        new Random(Genes.generationSeed(config.seed(), generation)), rnd -> engine.evolve(from));
                start = r.next();
                steady = popEval.best.fitness() > before ? 0 : steady + 1;
                double mean = r.population().stream().mapToDouble(Phenotype::fitness).average().orElse(Double.NaN);
                GenerationProgress p = new GenerationProgress(generation, popEval.best.fitness(), mean,
                        batch.evaluations(), (System.nanoTime() - startNs) / 1_000_000, popEval.best.params());
                history.addLast(p);
                if (history.size() > HISTORY_LIMIT) {
                    history.removeFirst();
                }
                if (checkpointFile != null) {
                    save(checkpoint(window, generation, batch.evaluations(), steady, popEval, r.population()));
                }
                progress.onGeneration(p);
                if (config.steadyGenerations() > 0 && steady >= config.steadyGenerations()) {
                    stoppedEarly = generation < config.generations();
                    break;
                }
            }
            BatchEvaluator.Scored best = popEval.best;
            return new OptimizationResult(best.params(), best.fitness(), best.evaluation(), generation,
                    batch.evaluations(), stoppedEarly, new ArrayList<>(history));
        }
    }

    private Engine<IntegerGene, Double> engine(PopulationEvaluator popEval) {
        TournamentSelector<IntegerGene, Double> tournament = new TournamentSelector<>(config.tournamentSize());
        Selector<IntegerGene, Double> survivors = config.eliteCount() > 0
                ? new EliteSelector<>(config.eliteCount(), tournament)
                : tournament;
        Alterer<IntegerGene, Double> crossover = config.crossover() == OptimizerConfig.Crossover.UNIFORM
                ? new UniformCrossover<>(config.crossoverProbability())
                : new SinglePointCrossover<>(config.crossoverProbability());
        return new Engine.Builder<IntegerGene, Double>(popEval, Genes.factory(space.size()))
                .populationSize(config.populationSize())
                .survivorsSelector(survivors)
                .offspringSelector(tournament)
                .alterers(crossover, new StepMutator(space, config.mutationProbability()))
                .maximalPhenotypeAge(config.maxPhenotypeAge())
                .executor(Runnable::run)
                .maximizing()
                .build();
    }

    private EvolutionStart<IntegerGene, Double> restore(Checkpoint cp, PopulationEvaluator popEval,
            BatchEvaluator batch) {
        List<Phenotype<IntegerGene, Double>> pop = new ArrayList<>();
        for (Checkpoint.Member m : cp.population()) {
            if (m.genes().length != space.size()) {
                throw new IllegalArgumentException("checkpoint has " + m.genes().length + " genes per member but the"
                        + " parameter space has " + space.size() + " parameters");
            }
            pop.add(Phenotype.of(Genes.genotype(m.genes()), m.birthGeneration(), m.fitness()));
        }
        Checkpoint.Best b = cp.best();
        popEval.bestGenes = b.genes();
        popEval.best = new BatchEvaluator.Scored(Genes.indexes(space, b.genes()),
                space.decode(Genes.indexes(space, b.genes())), Evaluation.of(b.metrics(), b.periodReturns()),
                b.fitness());
        batch.addEvaluations(cp.evaluations());
        return EvolutionStart.of(ISeq.of(pop), cp.generation() + 1);
    }

    private Checkpoint checkpoint(DataWindow window, long generation, long evaluations, int steady,
            PopulationEvaluator popEval, ISeq<Phenotype<IntegerGene, Double>> population) {
        List<Checkpoint.Member> members = new ArrayList<>(population.size());
        for (Phenotype<IntegerGene, Double> p : population) {
            int[] g = Genes.genes(p.genotype());
            members.add(new Checkpoint.Member(g, space.decode(Genes.indexes(space, g)), p.generation(),
                    p.fitness()));
        }
        BatchEvaluator.Scored b = popEval.best;
        Checkpoint.Best best = new Checkpoint.Best(popEval.bestGenes, b.params(), b.fitness(),
                b.evaluation().metrics(), b.evaluation().periodReturns());
        return new Checkpoint(config.runId(), config.seed(), window, generation, evaluations, steady, best, members);
    }

    private void save(Checkpoint cp) {
        try {
            cp.writeAtomically(checkpointFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + checkpointFile + ": " + e.getMessage(), e);
        }
    }
}
