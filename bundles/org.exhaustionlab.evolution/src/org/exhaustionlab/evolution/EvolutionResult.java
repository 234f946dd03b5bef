package org.exhaustionlab.evolution;

import java.util.List;

/**
 * The outcome of a run.
 *
 * @param best        the best candidate (highest fitness)
 * @param population  final population, best first
 * @param modeUsed    the mode that actually ran (GA when an LLM/HYBRID run fell back)
 * @param notices     fallbacks and warnings, one line each
 * @param proposals   model conversations started
 * @param accepted    proposals that became candidates
 * @param rejected    proposals that failed generation or were near-duplicates
 * @param trials      backtests reported to the trial sink
 */
public record EvolutionResult(Candidate best, List<Candidate> population, EvolutionMode modeUsed,
        List<String> notices, int proposals, int accepted, int rejected, long trials) {

    public EvolutionResult {
        population = List.copyOf(population);
        notices = List.copyOf(notices);
    }

    public boolean fellBack() {
        return notices.stream().anyMatch(n -> n.startsWith(EvolutionEngine.FALLBACK_NOTICE_PREFIX));
    }
}
