package org.exhaustionlab.backtest;

/**
 * One executed order (TradingView's order fill, what alerts fire on).
 *
 * @param barIndex     bar of the fill
 * @param time         that bar's open time, epoch ms UTC
 * @param orderId      the order's id ("Margin call" / "Risk" for forced liquidations)
 * @param side         +1 bought, -1 sold
 * @param qty          contracts filled
 * @param price        fill price
 * @param comment      the order's comment (for an exit, the comment of the leg that filled), null when none
 * @param alertMessage the order's alert_message, null when none
 */
public record Fill(int barIndex, long time, String orderId, int side, double qty, double price, String comment,
        String alertMessage) {
}
