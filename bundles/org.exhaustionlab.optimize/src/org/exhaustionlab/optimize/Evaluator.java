package org.exhaustionlab.optimize;

import java.util.Map;

/**
 * The backtest of one parameter set over one data window — the boundary to the Pine interpreter and strategy
 * adapter. Parameters not in the map keep the script's defaults.
 *
 * @implNote Implementations must be thread-safe (the optimiser calls them from several threads at once) and
 *           deterministic (the same parameters and window give the same evaluation), or seeded runs do not
 *           reproduce. Throwing marks the candidate as failed (it gets {@link FitnessFunction#FAILED}) without
 *           ending the run.
 */
@FunctionalInterface
public interface Evaluator {

    Evaluation evaluate(Map<String, Object> params, DataWindow window) throws Exception;
}
