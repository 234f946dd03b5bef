package org.exhaustionlab.store;

/**
 * One evaluated parameter set of a run. Parameters and metrics are JSON text so the registry does not fix their shape.
 *
 * @param id         assigned by the registry ({@code 0} before insertion)
 * @param strategyId the strategy evaluated, or {@code null}
 */
public record TrialRecord(long id, long runId, String strategyId, String paramsJson, String metricsJson,
        long createdMs) {
}
