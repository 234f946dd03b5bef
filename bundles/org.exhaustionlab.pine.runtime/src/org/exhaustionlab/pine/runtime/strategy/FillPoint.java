package org.exhaustionlab.pine.runtime.strategy;

/**
 * A point on a bar's intrabar path at which orders filled (calc_on_order_fills). The script's re-execution there sees
 * {@code close} = {@code price} and {@code high}/{@code low} = the range of the path walked so far; {@code open},
 * {@code volume} and {@code time} stay the bar's.
 *
 * @param price the path price at which the fill happened (before slippage)
 * @param high  the highest price of the path so far
 * @param low   the lowest price of the path so far
 */
public record FillPoint(double price, double high, double low) {
}
