package org.exhaustionlab.pine.runtime.strategy;

/**
 * The broker side of a strategy script (implemented by the backtester; the runtime only calls it). When a
 * {@link org.exhaustionlab.pine.runtime.RunOptions} carries a host, the runtime calls {@link #declare} once before
 * the first bar, {@link #beforeBar}/{@link #afterBar} around every bar's script execution, {@link #call} for every
 * executed {@code strategy.*} command, and {@link #variable}/{@link #function} when the script reads the state.
 * All calls happen on the thread that runs the script.
 */
public interface StrategyHost {

    /** The {@code strategy(...)} declaration with every property (initial_capital, pyramiding, commission_type...). */
    void declare(StrategyCall declaration);

    /** Before the script runs on bar {@code index} (fill pending orders on this bar's prices here). */
    default void beforeBar(int index) {
    }

    /** After the script ran on bar {@code index}. */
    default void afterBar(int index) {
    }

    /** entry, order, exit, close, close_all, cancel, cancel_all (function names without the prefix). */
    void call(StrategyCall call);

    /**
     * A strategy variable without the prefix: position_size, position_avg_price, equity, netprofit, openprofit,
     * grossprofit, grossloss, closedtrades, opentrades, wintrades, losstrades, eventrades, initial_capital,
     * max_drawdown, max_runup, position_entry_name (as NaN: strings are answered by {@link #text}). NaN for na.
     */
    double variable(String name);

    /** String-valued state such as position_entry_name; null for na. */
    default String text(String name) {
        return null;
    }

    /**
     * A function with numeric arguments, e.g. {@code closedtrades.entry_price} with [tradeNum] or
     * {@code opentrades.profit}; NaN for na.
     */
    double function(String name, double[] args);
}
