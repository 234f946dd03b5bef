package org.exhaustionlab.optimize;

/**
 * Turns an {@link Evaluation} into one number to maximise. Infeasible candidates (violating {@link Constraints})
 * score below {@link #PENALTY}, failed backtests score {@link #FAILED}, so both always rank below every feasible one.
 *
 * <p>This is also the plug-in point for fitness functions (service API, package version 0.2): an add-on bundle
 * registers an implementation as an OSGi service of this type (a Declarative Services {@code @Component}); the
 * optimiser's tracker puts it in {@link FitnessRegistry}, where {@code optimize --fitness NAME} finds it, and takes
 * it out when the bundle goes away. Contract, checked when the service arrives (a function breaking it is refused
 * and logged, the others keep working):
 * <ul>
 * <li>{@link #name()} is upper-case letters, digits and '_', starting with a letter ({@code CALMAR}), and is not the
 * name of a built-in preset ({@link FitnessPresets#names()}) or of another installed function;
 * <li>{@link #score} never throws: a failed evaluation scores {@link #FAILED}, an infeasible one at most
 * {@link #PENALTY} ({@link Constraints#apply} does both).
 * </ul>
 *
 * @implSpec Implementations are immutable and thread-safe: the optimiser scores candidates on several threads.
 */
public interface FitnessFunction {

    /** Every infeasible candidate scores at most this; the distance below it grows with the violation. */
    double PENALTY = -1_000.0;

    /** Score of a candidate whose backtest failed. */
    double FAILED = -1_000_000.0;

    /** The name users select it by ({@code --fitness NAME}). */
    String name();

    /** The score of one backtest: higher is better. */
    double score(Evaluation e);

    /** One line for listings ({@code optimize --list-fitness}); empty when there is nothing to add to the name. */
    default String description() {
        return "";
    }
}
