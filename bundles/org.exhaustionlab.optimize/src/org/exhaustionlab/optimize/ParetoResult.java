package org.exhaustionlab.optimize;

import java.util.List;

/** The outcome of a multi-objective run: the final non-dominated front (distinct parameter sets). */
public record ParetoResult(List<Objective> objectives, List<ParetoPoint> front, long generation, long evaluations) {

    public ParetoResult {
        objectives = List.copyOf(objectives);
        front = List.copyOf(front);
    }
}
