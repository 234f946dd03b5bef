package org.exhaustionlab.optimize;

/**
 * Receives every evaluation the optimiser makes (cache hits are not re-reported). Adapting it to the store's
 * registry is one line:
 * <pre>{@code
 * TrialSink sink = t -> registry.addTrial(new TrialRecord(0, runId, strategyId, t.paramsJson(), t.metricsJson(),
 *         System.currentTimeMillis()), t.periodStartsOrIndexes(), t.evaluation().periodReturns());
 * }</pre>
 *
 * @implNote Called from the optimiser's own thread only, in a deterministic order (population order within a
 *           generation), never concurrently; an exception ends the run.
 */
@FunctionalInterface
public interface TrialSink {

    TrialSink NONE = t -> {
    };

    void accept(Trial trial) throws Exception;
}
