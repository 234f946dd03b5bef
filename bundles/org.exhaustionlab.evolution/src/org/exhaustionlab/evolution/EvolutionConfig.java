package org.exhaustionlab.evolution;

import java.util.Objects;

import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.FitnessPresets;

/**
 * Settings of an evolution run. Defaults mirror the original CLI ({@code --population-size 8 --generations 10
 * --fitness-preset BALANCED_DEMO}).
 *
 * @param mode             LLM, GA or HYBRID
 * @param populationSize   candidates per generation (all islands together); in GA mode the GA population
 * @param generations      evolution generations; in GA mode the GA generations
 * @param fitness          fitness preset, e.g. {@link FitnessPresets#BALANCED_DEMO}
 * @param seed             random seed (operator and parent choice, GA)
 * @param seedScript       Pine source to start from; null = the knowledge base's best example
 * @param repairAttempts   repairs per model answer ({@link StrategyGenerator#DEFAULT_REPAIR_ATTEMPTS})
 * @param islands          sub-populations that evolve apart (diversity); at least 1
 * @param noveltyThreshold AST similarity at or above which a candidate counts as a near-duplicate and is rejected
 * @param noveltyWeight    fitness bonus weight for novelty (1 - max similarity) when ranking parents
 * @param tuneGenerations  GA generations per candidate in HYBRID mode
 * @param tunePopulation   GA population per candidate in HYBRID mode
 * @param directive        what to achieve
 * @param runId            prefix of trial run ids
 */
public record EvolutionConfig(EvolutionMode mode, int populationSize, int generations, FitnessFunction fitness,
        long seed, String seedScript, int repairAttempts, int islands, double noveltyThreshold, double noveltyWeight,
        int tuneGenerations, int tunePopulation, Directive directive, String runId) {

    public EvolutionConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(fitness, "fitness");
        Objects.requireNonNull(directive, "directive");
        require(populationSize >= 1, "population size must be at least 1, got " + populationSize);
        require(generations >= 1, "generations must be at least 1, got " + generations);
        require(repairAttempts >= 0, "repair attempts must be >= 0, got " + repairAttempts);
        require(islands >= 1 && islands <= populationSize, "islands must be between 1 and the population size ("
                + populationSize + "), got " + islands);
        require(noveltyThreshold > 0 && noveltyThreshold <= 1, "novelty threshold must be in (0, 1], got "
                + noveltyThreshold);
        require(noveltyWeight >= 0, "novelty weight must be >= 0, got " + noveltyWeight);
        require(tuneGenerations >= 1 && tunePopulation >= 2, "tuning needs >= 1 generation and a population >= 2");
        runId = runId == null || runId.isBlank() ? "evolve" : runId;
    }

    /** Population 8, 10 generations, BALANCED_DEMO, HYBRID, seed 42, 3 repairs, 2 islands. */
    public static EvolutionConfig defaults() {
        return new EvolutionConfig(EvolutionMode.HYBRID, 8, 10, FitnessPresets.BALANCED_DEMO, 42, null,
                StrategyGenerator.DEFAULT_REPAIR_ATTEMPTS, 2, 0.95, 0.05, 3, 6, Directive.DEFAULT, "evolve");
    }

    public EvolutionConfig withMode(EvolutionMode m) {
        return new EvolutionConfig(m, populationSize, generations, fitness, seed, seedScript, repairAttempts,
                islands, noveltyThreshold, noveltyWeight, tuneGenerations, tunePopulation, directive, runId);
    }

    public EvolutionConfig withSize(int population, int gens, int islandCount) {
        return new EvolutionConfig(mode, population, gens, fitness, seed, seedScript, repairAttempts, islandCount,
                noveltyThreshold, noveltyWeight, tuneGenerations, tunePopulation, directive, runId);
    }

    public EvolutionConfig withFitness(FitnessFunction f) {
        return new EvolutionConfig(mode, populationSize, generations, f, seed, seedScript, repairAttempts, islands,
                noveltyThreshold, noveltyWeight, tuneGenerations, tunePopulation, directive, runId);
    }

    public EvolutionConfig withSeed(long s) {
        return new EvolutionConfig(mode, populationSize, generations, fitness, s, seedScript, repairAttempts,
                islands, noveltyThreshold, noveltyWeight, tuneGenerations, tunePopulation, directive, runId);
    }

    public EvolutionConfig withSeedScript(String script) {
        return new EvolutionConfig(mode, populationSize, generations, fitness, seed, script, repairAttempts,
                islands, noveltyThreshold, noveltyWeight, tuneGenerations, tunePopulation, directive, runId);
    }

    public EvolutionConfig withRepairAttempts(int n) {
        return new EvolutionConfig(mode, populationSize, generations, fitness, seed, seedScript, n, islands,
                noveltyThreshold, noveltyWeight, tuneGenerations, tunePopulation, directive, runId);
    }

    public EvolutionConfig withNovelty(double threshold, double weight) {
        return new EvolutionConfig(mode, populationSize, generations, fitness, seed, seedScript, repairAttempts,
                islands, threshold, weight, tuneGenerations, tunePopulation, directive, runId);
    }

    public EvolutionConfig withTuning(int gens, int population) {
        return new EvolutionConfig(mode, populationSize, generations, fitness, seed, seedScript, repairAttempts,
                islands, noveltyThreshold, noveltyWeight, gens, population, directive, runId);
    }

    public EvolutionConfig withDirective(Directive d) {
        return new EvolutionConfig(mode, populationSize, generations, fitness, seed, seedScript, repairAttempts,
                islands, noveltyThreshold, noveltyWeight, tuneGenerations, tunePopulation, d, runId);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
