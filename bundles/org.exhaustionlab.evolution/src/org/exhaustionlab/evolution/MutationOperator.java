package org.exhaustionlab.evolution;

/** How a parent strategy is changed: each operator is a targeted instruction in the mutation prompt. */
public enum MutationOperator {
    /** Same logic, different input defaults and ranges. */
    PARAMETER("Keep the logic and the indicators exactly as they are. Change only input defaults and their "
            + "minval/maxval/step so the strategy trades in a different regime (e.g. faster or slower)."),
    /** Same indicators, different entry/exit rules. */
    LOGIC("Keep the indicators but change the trading logic: entry conditions, exit rules (stop, target, time "
            + "exit, opposite signal) or the long/short handling. Make one clear, deliberate change."),
    /** Replace or add an indicator. */
    INDICATOR("Replace one indicator with a different one that measures a related idea (e.g. RSI by stochastic, "
            + "EMA by Hull or Kaufman, ATR stop by a Donchian stop), or add one confirmation filter."),
    /** Combine the parent with an idea from the examples. */
    HYBRID("Combine the parent with the core idea of one of the example strategies, e.g. add its regime filter or "
            + "its exit. The result must stay a single coherent strategy, not two strategies glued together.");

    private final String instruction;

    MutationOperator(String instruction) {
        this.instruction = instruction;
    }

    public String instruction() {
        return instruction;
    }
}
