package org.exhaustionlab.backtest;

/** {@code strategy.commission.percent / cash_per_contract / cash_per_order}. */
public enum CommissionType {
    /** Percent of the filled order's value (price × qty). */
    PERCENT,
    /** Money per contract filled. */
    CASH_PER_CONTRACT,
    /** Money per filled order, whatever its size. */
    CASH_PER_ORDER
}
