package org.exhaustionlab.evolution;

/** Progress of an evolution run, told on the engine's thread. All methods default to doing nothing. */
public interface EvolutionListener {

    EvolutionListener NONE = new EvolutionListener() {
    };

    /** A candidate was accepted into the population (after scoring and, in HYBRID mode, tuning). */
    default void onCandidate(int generation, Candidate candidate) {
    }

    /** A proposal was rejected: generation failed, or it is a near-duplicate. */
    default void onRejected(int generation, String reason) {
    }

    /**
     * A generation is complete (an evolution generation, or a GA generation in GA mode).
     *
     * @param bestFitness best fitness so far
     * @param size        population size after the generation (GA mode: backtests so far)
     */
    default void onGeneration(int generation, double bestFitness, long size) {
    }

    /** Something the user must know, e.g. the fallback to GA-only. */
    default void onNotice(String notice) {
    }
}
