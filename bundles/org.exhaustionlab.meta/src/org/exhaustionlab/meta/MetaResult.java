package org.exhaustionlab.meta;

import java.util.List;

import org.exhaustionlab.evolution.Candidate;

/**
 * Where a meta run stands after {@link MetaOrchestrator#run}: finished, or stopped after a number of generations
 * (then {@code --resume} continues it).
 *
 * @param best       the population, best base fitness first
 * @param bandit     what the bandits learned, every arm
 * @param history    every committed generation, first to last
 * @param readiness  validator verdicts on the best strategies (empty without production validation)
 * @param notices    this session's notices
 */
public record MetaResult(long runId, MetaConfig config, boolean finished, int generationsDone, List<Candidate> best,
        List<ArmStats> bandit, List<GenerationRecord> history, List<Readiness> readiness, List<String> notices) {

    public MetaResult {
        best = List.copyOf(best);
        bandit = List.copyOf(bandit);
        history = List.copyOf(history);
        readiness = List.copyOf(readiness);
        notices = List.copyOf(notices);
    }

    public MetaResult withReadiness(List<Readiness> verdicts) {
        return new MetaResult(runId, config, finished, generationsDone, best, bandit, history, verdicts, notices);
    }

    /** Backtests of every committed generation (the trial count behind the deflated Sharpe ratio). */
    public long backtests() {
        return history.stream().mapToLong(g -> g.cost().backtests()).sum();
    }
}
