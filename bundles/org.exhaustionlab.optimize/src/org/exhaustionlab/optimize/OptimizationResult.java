package org.exhaustionlab.optimize;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a genetic run.
 *
 * @param generation   last completed generation
 * @param stoppedEarly true when early stopping (steady fitness) ended the run before the generation limit
 * @param history      progress of the last (at most {@link GeneticOptimizer#HISTORY_LIMIT}) generations
 */
public record OptimizationResult(Map<String, Object> bestParams, double bestFitness, Evaluation bestEvaluation,
        long generation, long evaluations, boolean stoppedEarly, List<GenerationProgress> history) {

    public OptimizationResult {
        history = List.copyOf(history);
    }
}
