package org.exhaustionlab.market;

/**
 * Best bid and ask at a moment (Binance's {@code bookTicker} stream).
 *
 * @param time epoch milliseconds UTC when the quote was observed or sent
 */
public record BookTicker(long time, double bidPrice, double bidQty, double askPrice, double askQty) {

    /** Mid price, (bid + ask) / 2. */
    public double mid() {
        return (bidPrice + askPrice) / 2;
    }

    /** Ask minus bid. */
    public double spread() {
        return askPrice - bidPrice;
    }
}
