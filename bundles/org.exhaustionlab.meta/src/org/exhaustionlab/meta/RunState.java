package org.exhaustionlab.meta;

import java.util.List;

import org.exhaustionlab.evolution.Candidate;

/**
 * A meta run as saved after its last committed generation.
 *
 * @param islands  each island's members, best first (generation 0 is the initial population)
 * @param history  one record per committed generation from 1 on
 */
public record RunState(long runId, MetaConfig config, int generationsDone, String status,
        List<List<Candidate>> islands, List<ArmStats> bandit, List<GenerationRecord> history, String resultJson) {

    public RunState {
        islands = islands.stream().map(List::copyOf).toList();
        bandit = List.copyOf(bandit);
        history = List.copyOf(history);
    }

    /** True once generation 0 (the initial population) is saved. */
    public boolean initialised() {
        return islands.stream().anyMatch(i -> !i.isEmpty());
    }
}
