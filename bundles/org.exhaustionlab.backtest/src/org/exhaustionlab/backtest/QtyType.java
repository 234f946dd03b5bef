package org.exhaustionlab.backtest;

/** {@code default_qty_type}: {@code strategy.fixed}, {@code strategy.cash}, {@code strategy.percent_of_equity}. */
public enum QtyType {
    FIXED, CASH, PERCENT_OF_EQUITY
}
