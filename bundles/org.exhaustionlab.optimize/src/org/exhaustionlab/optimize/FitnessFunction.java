package org.exhaustionlab.optimize;

/**
 * Turns an {@link Evaluation} into one number to maximise. Infeasible candidates (violating {@link Constraints})
 * score below {@link #PENALTY}, failed backtests score {@link #FAILED}, so both always rank below every feasible one.
 *
 * @implNote Implementations are immutable and thread-safe.
 */
public interface FitnessFunction {

    /** Every infeasible candidate scores at most this; the distance below it grows with the violation. */
    double PENALTY = -1_000.0;

    /** Score of a candidate whose backtest failed. */
    double FAILED = -1_000_000.0;

    String name();

    double score(Evaluation e);
}
