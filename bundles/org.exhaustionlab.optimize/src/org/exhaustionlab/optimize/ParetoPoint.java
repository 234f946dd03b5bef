package org.exhaustionlab.optimize;

import java.util.Map;

/** A member of a Pareto front: parameters, the objective values (as measured, not negated) and the evaluation. */
public record ParetoPoint(Map<String, Object> params, double[] objectives, Evaluation evaluation) {
}
