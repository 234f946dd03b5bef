package org.exhaustionlab.backtest;

/** {@code strategy.oca.none / cancel / reduce}. */
public enum OcaType {
    /** Orders of the group do not affect each other. */
    NONE,
    /** A fill (even partial) cancels the other orders of the group. */
    CANCEL,
    /** A fill reduces the other orders of the group by the filled quantity; an order reduced to 0 is cancelled. */
    REDUCE
}
