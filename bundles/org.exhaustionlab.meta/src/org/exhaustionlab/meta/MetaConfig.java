package org.exhaustionlab.meta;

import java.util.Objects;

import org.exhaustionlab.optimize.FitnessPresets;

/**
 * Settings of a meta-evolution run; saved with the run so {@code --resume} continues with exactly these.
 *
 * @param strategyType         what family of strategy to look for
 * @param marketFocus          which markets
 * @param intelligence         in [0, 1]: how much the orchestrator trusts what it learned. The bandits explore
 *                             uniformly with probability {@code (1 - intelligence) / 2} and weigh the population's
 *                             lacks with {@code intelligence}; 0 is a random search over the meta-parameters
 * @param generations          meta generations to run
 * @param proposals            model proposals per generation (LLM mode)
 * @param islands              islands of the population
 * @param capacity             members kept per island
 * @param fitnessPreset        base fitness preset name (ranks the population; directives re-weight it)
 * @param seed                 seed of every random choice
 * @param policy               bandit policy
 * @param productionValidation run the validator on the best strategies at the end
 * @param validateTop          how many of the best strategies to validate
 * @param noveltyThreshold     AST similarity from which a model proposal is a near-duplicate
 */
public record MetaConfig(StrategyType strategyType, MarketFocus marketFocus, double intelligence, int generations,
        int proposals, int islands, int capacity, String fitnessPreset, long seed, Bandit.Policy policy,
        boolean productionValidation, int validateTop, double noveltyThreshold) {

    public MetaConfig {
        Objects.requireNonNull(strategyType, "strategyType");
        Objects.requireNonNull(marketFocus, "marketFocus");
        Objects.requireNonNull(policy, "policy");
        if (!(intelligence >= 0 && intelligence <= 1)) {
            throw new IllegalArgumentException("intelligence must be between 0 and 1, got " + intelligence);
        }
        if (generations < 1 || proposals < 1 || islands < 1 || capacity < 1 || validateTop < 1) {
            throw new IllegalArgumentException("generations, proposals, islands, capacity and validate-top must be "
                    + "at least 1");
        }
        if (!(noveltyThreshold > 0 && noveltyThreshold <= 1)) {
            throw new IllegalArgumentException("novelty threshold must be in (0, 1], got " + noveltyThreshold);
        }
        FitnessPresets.byName(fitnessPreset); // fails with the list of presets
    }

    /** The seed's interface: EXHAUSTION on SPOT_CRYPTO, intelligence 0.9, 10 generations, BALANCED_DEMO. */
    public static MetaConfig defaults() {
        return new MetaConfig(StrategyType.EXHAUSTION, MarketFocus.SPOT_CRYPTO, 0.9, 10, 4, 2, 4, "BALANCED_DEMO",
                42, Bandit.Policy.UCB1, false, 3, 0.95);
    }

    public MetaConfig withGenerations(int n) {
        return new MetaConfig(strategyType, marketFocus, intelligence, n, proposals, islands, capacity,
                fitnessPreset, seed, policy, productionValidation, validateTop, noveltyThreshold);
    }

    public MetaConfig withTarget(StrategyType type, MarketFocus focus, double newIntelligence) {
        return new MetaConfig(type, focus, newIntelligence, generations, proposals, islands, capacity,
                fitnessPreset, seed, policy, productionValidation, validateTop, noveltyThreshold);
    }

    public MetaConfig withSearch(int newProposals, int newIslands, int newCapacity, long newSeed,
            Bandit.Policy newPolicy) {
        return new MetaConfig(strategyType, marketFocus, intelligence, generations, newProposals, newIslands,
                newCapacity, fitnessPreset, newSeed, newPolicy, productionValidation, validateTop, noveltyThreshold);
    }

    public MetaConfig withFitnessPreset(String preset) {
        return new MetaConfig(strategyType, marketFocus, intelligence, generations, proposals, islands, capacity,
                preset, seed, policy, productionValidation, validateTop, noveltyThreshold);
    }

    public MetaConfig withValidation(boolean on, int top) {
        return new MetaConfig(strategyType, marketFocus, intelligence, generations, proposals, islands, capacity,
                fitnessPreset, seed, policy, on, top, noveltyThreshold);
    }

    /** Exploration probability of the bandits. */
    double epsilon() {
        return (1 - intelligence) / 2;
    }

    /** The run's goal in words. */
    String goal() {
        return "Find " + strategyType.description() + " for " + marketFocus.description()
                + ", with a good risk-adjusted return, a moderate drawdown and regular trades.";
    }
}
