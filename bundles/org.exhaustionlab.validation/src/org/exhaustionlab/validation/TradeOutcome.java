package org.exhaustionlab.validation;

/**
 * One closed trade as the validator sees it; a thin mapper adapts the backtester's trade list to this.
 *
 * @param entryTime epoch milliseconds (UTC) of the entry fill
 * @param exitTime  epoch milliseconds (UTC) of the exit fill, not before {@code entryTime}
 * @param direction long or short
 * @param notional  entry value of the position in account currency (price × quantity), positive; Monte Carlo
 *                  slippage is charged as a fraction of it
 * @param profit    net profit in account currency (after fees), negative for a loss
 */
public record TradeOutcome(long entryTime, long exitTime, Direction direction, double notional, double profit) {

    public TradeOutcome {
        if (direction == null) {
            throw new IllegalArgumentException("trade direction is missing");
        }
        if (exitTime < entryTime) {
            throw new IllegalArgumentException("trade exit time " + exitTime + " is before its entry time " + entryTime);
        }
        if (!(notional > 0) || Double.isInfinite(notional)) {
            throw new IllegalArgumentException("trade notional must be a positive finite amount, got " + notional);
        }
        if (!Double.isFinite(profit)) {
            throw new IllegalArgumentException("trade profit must be finite, got " + profit);
        }
    }

    /** Profit as a fraction of the entry value (0.01 = +1 %). */
    public double returnFraction() {
        return profit / notional;
    }

    public boolean isWin() {
        return profit > 0;
    }

    /** Copy with a different profit (used by Monte Carlo slippage). */
    public TradeOutcome withProfit(double newProfit) {
        return new TradeOutcome(entryTime, exitTime, direction, notional, newProfit);
    }
}
