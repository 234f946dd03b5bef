package org.exhaustionlab.optimize;

import java.util.Map;

/**
 * Progress after one completed generation.
 *
 * @param best        best fitness seen so far in the run
 * @param mean        mean fitness of this generation's population (failed/infeasible members included)
 * @param evaluations backtests run so far (cache hits excluded)
 * @param elapsedMs   wall-clock time since the run (or its resumed part) started
 */
public record GenerationProgress(long generation, double best, double mean, long evaluations, long elapsedMs,
        Map<String, Object> bestParams) {
}
