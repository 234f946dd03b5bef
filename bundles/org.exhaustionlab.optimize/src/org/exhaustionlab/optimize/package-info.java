/**
 * The optimiser: searches a strategy's input space for the parameters that score best under a fitness function.
 * <ul>
 * <li>{@link org.exhaustionlab.optimize.ParameterSpace} from script inputs ({@link org.exhaustionlab.optimize.InputSpec}),
 * with user range overrides;</li>
 * <li>{@link org.exhaustionlab.optimize.Evaluator} — the boundary to the backtest: one parameter set over one
 * {@link org.exhaustionlab.optimize.DataWindow} gives an {@link org.exhaustionlab.optimize.Evaluation};</li>
 * <li>fitness: {@link org.exhaustionlab.optimize.FitnessPresets} (the original's nine-component presets and ours),
 * {@link org.exhaustionlab.optimize.Constraints};</li>
 * <li>{@link org.exhaustionlab.optimize.GeneticOptimizer} (Jenetics; seeded, parallel, cached, checkpointed),
 * {@link org.exhaustionlab.optimize.MultiObjectiveOptimizer} (NSGA-II), {@link org.exhaustionlab.optimize.WalkForward};</li>
 * <li>{@link org.exhaustionlab.optimize.TrialSink} — every evaluation, for the strategy registry;</li>
 * <li>{@link org.exhaustionlab.optimize.PineInputRewriter} — "apply": chosen values become the script's defaults.</li>
 * </ul>
 * Jenetics (7.2, core artifact only) is used inside this package and never appears in its public API.
 */
package org.exhaustionlab.optimize;
