package org.exhaustionlab.pine.runtime.strategy;

/**
 * The broker side of a strategy script (implemented by the backtester; the runtime only calls it). When a
 * {@link org.exhaustionlab.pine.runtime.RunOptions} carries a host, the runtime calls {@link #declare} once before
 * the first bar, {@link #beforeBar}/{@link #afterBar} around every bar's script execution, {@link #call} for every
 * executed {@code strategy.*} command, and {@link #variable}/{@link #function}/{@link #text}/{@link #textFunction}
 * when the script reads the state.
 * All calls happen on the thread that runs the script.
 */
public interface StrategyHost {

    /** The {@code strategy(...)} declaration with every property (initial_capital, pyramiding, commission_type...). */
    void declare(StrategyCall declaration);

    /** Before the script runs on bar {@code index} (fill pending orders on this bar's prices here). */
    default void beforeBar(int index) {
    }

    /**
     * True when the declared strategy recalculates on order fills ({@code calc_on_order_fills = true}); asked once,
     * after {@link #declare}. Only then does the runtime call {@link #nextFillPoint} and {@link #finishBarPath}.
     */
    default boolean recalculatesOnFills() {
        return false;
    }

    /**
     * calc_on_order_fills, on bar {@code index} after {@link #beforeBar}: walk the bar's intrabar path on to the next
     * point at which orders filled and return it (the runtime then runs the script once more there, with series and
     * {@code var} state rolled back afterwards), or null when the path reached the close without further fills.
     * Orders the script places at a fill point fill on the rest of the path. Called at most 3 times per bar (4
     * executions in total with the bar's closing execution).
     */
    default FillPoint nextFillPoint(int index) {
        return null;
    }

    /** calc_on_order_fills: walk the rest of bar {@code index}'s path; called before the bar's closing execution. */
    default void finishBarPath(int index) {
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

    /**
     * A string-valued function with numeric arguments: {@code closedtrades.entry_id}, {@code closedtrades.exit_id},
     * {@code closedtrades.entry_comment}, {@code closedtrades.exit_comment}, {@code opentrades.entry_id} and
     * {@code opentrades.entry_comment} with [tradeNum]; null for na (also for a trade number out of range). The
     * default answers na, so hosts written before these functions existed keep working.
     */
    default String textFunction(String name, double[] args) {
        return null;
    }
}
