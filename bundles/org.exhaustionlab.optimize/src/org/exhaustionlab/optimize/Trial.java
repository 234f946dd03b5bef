package org.exhaustionlab.optimize;

import java.util.Map;

/**
 * One evaluated parameter set, as reported to a {@link TrialSink}.
 *
 * @param runId      the run's id from {@link OptimizerConfig#runId()}
 * @param generation 1-based generation (walk-forward: of the fold's run; the run id names the fold)
 * @param fitness    score under the run's fitness function ({@code NaN} in multi-objective runs)
 */
public record Trial(String runId, long generation, Map<String, Object> params, Evaluation evaluation,
        double fitness) {

    /** The parameters as JSON text (for {@code TrialRecord.paramsJson}). */
    public String paramsJson() {
        return MiniJson.write(params);
    }

    /** The metrics plus {@code fitness} (and {@code error} when failed) as JSON text ({@code metricsJson}). */
    public String metricsJson() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>(evaluation.metrics());
        m.put("fitness", fitness);
        if (evaluation.failed()) {
            m.put("error", evaluation.error());
        }
        return MiniJson.write(m);
    }

    /** Period starts for the registry: the evaluation's, or 0, 1, 2, ... when the evaluator gave none. */
    public long[] periodStartsOrIndexes() {
        long[] starts = evaluation.periodStarts();
        if (starts.length == evaluation.periods()) {
            return starts;
        }
        long[] idx = new long[evaluation.periods()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        return idx;
    }
}
