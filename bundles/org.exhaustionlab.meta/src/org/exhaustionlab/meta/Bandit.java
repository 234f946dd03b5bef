package org.exhaustionlab.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Multi-armed bandits, one per dimension (directive, mutation operator, temperature, GA setting), over rewards in
 * [0, 1]. Two policies:
 * <ul>
 * <li>UCB1 (Auer et al. 2002): every arm once, then the arm with the highest {@code mean + c·sqrt(2 ln N / n)};
 * <li>Thompson sampling with Beta posteriors, updated with fractional rewards ({@code α += r, β += 1 - r}), the
 * usual extension of Bernoulli Thompson sampling to rewards in [0, 1].
 * </ul>
 * A caller may add a prior score per arm (the directives' "lack"); it is added to the index with weight
 * {@code priorWeight} and orders the not-yet-tried arms. With probability {@code epsilon} an arm is drawn uniformly
 * instead (extra exploration when the run's "intelligence" is low).
 *
 * @implNote Not thread-safe; the orchestrator owns it. All randomness comes from the caller's {@link Random}, so a
 *           run is reproducible and a resumed run makes the same choices as an uninterrupted one.
 */
public final class Bandit {

    /** How an arm is chosen. */
    public enum Policy {
        UCB1, THOMPSON
    }

    private final Policy policy;
    private final double exploration;
    private final double priorWeight;
    private final double epsilon;
    private final Map<String, Map<String, ArmStats>> dimensions = new LinkedHashMap<>();

    public Bandit(Policy policy, double exploration, double priorWeight, double epsilon) {
        if (exploration < 0 || priorWeight < 0 || epsilon < 0 || epsilon > 1) {
            throw new IllegalArgumentException("bandit needs exploration >= 0, prior weight >= 0 and epsilon in "
                    + "[0, 1]");
        }
        this.policy = policy;
        this.exploration = exploration;
        this.priorWeight = priorWeight;
        this.epsilon = epsilon;
    }

    public Policy policy() {
        return policy;
    }

    /** Declares a dimension's arms (in a fixed order: ties go to the earlier arm). Existing statistics are kept. */
    public void register(String dimension, List<String> arms) {
        Map<String, ArmStats> stats = dimensions.computeIfAbsent(dimension, d -> new LinkedHashMap<>());
        for (String arm : arms) {
            stats.putIfAbsent(arm, new ArmStats(dimension, arm, 0, 0));
        }
    }

    /** Replaces statistics with saved ones (arms not registered yet are registered). */
    public void restore(List<ArmStats> saved) {
        for (ArmStats s : saved) {
            dimensions.computeIfAbsent(s.dimension(), d -> new LinkedHashMap<>()).put(s.arm(), s);
        }
    }

    /**
     * Picks an arm of {@code dimension}.
     *
     * @param prior extra score per arm in [0, 1] (missing = 0)
     */
    public String choose(String dimension, Map<String, Double> prior, Random random) {
        List<ArmStats> arms = arms(dimension);
        if (random.nextDouble() < epsilon) {
            return arms.get(random.nextInt(arms.size())).arm();
        }
        long total = arms.stream().mapToLong(ArmStats::pulls).sum();
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean untriedFirst = policy == Policy.UCB1 && arms.stream().anyMatch(a -> a.pulls() == 0);
        for (ArmStats a : arms) {
            double bonus = priorWeight * prior.getOrDefault(a.arm(), 0.0);
            double score;
            if (untriedFirst) {
                score = a.pulls() == 0 ? bonus : Double.NEGATIVE_INFINITY;
            } else if (policy == Policy.UCB1) {
                score = a.mean() + exploration * Math.sqrt(2 * Math.log(total) / a.pulls()) + bonus;
            } else {
                score = Beta.sample(1 + a.rewardSum(), 1 + a.pulls() - a.rewardSum(), random) + bonus;
            }
            if (score > bestScore) {
                bestScore = score;
                best = a.arm();
            }
        }
        return best;
    }

    /** Records a pull of {@code arm} with {@code reward}, clamped to [0, 1]. */
    public void update(String dimension, String arm, double reward) {
        Map<String, ArmStats> stats = dimensions.get(dimension);
        if (stats == null || !stats.containsKey(arm)) {
            throw new IllegalArgumentException("no arm '" + arm + "' in bandit dimension '" + dimension + "'");
        }
        double r = Double.isNaN(reward) ? 0 : Math.max(0, Math.min(1, reward));
        stats.put(arm, stats.get(arm).plus(r));
    }

    /** The arms of a dimension in declaration order. */
    public List<ArmStats> arms(String dimension) {
        Map<String, ArmStats> stats = dimensions.get(dimension);
        if (stats == null || stats.isEmpty()) {
            throw new IllegalArgumentException("bandit has no dimension '" + dimension + "'");
        }
        return List.copyOf(stats.values());
    }

    /** Every arm of every dimension, for saving and reporting. */
    public List<ArmStats> stats() {
        List<ArmStats> out = new ArrayList<>();
        dimensions.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    /** The pulled arm with the highest mean reward, or null when none was pulled. */
    public ArmStats best(String dimension) {
        ArmStats best = null;
        for (ArmStats a : arms(dimension)) {
            if (a.pulls() > 0 && (best == null || a.mean() > best.mean())) {
                best = a;
            }
        }
        return best;
    }

    public List<String> dimensionNames() {
        return List.copyOf(dimensions.keySet());
    }
}
