package org.exhaustionlab.backtest;

/** A trade still open in the position: mutable bookkeeping, turned into {@link Trade} records when reported. */
final class OpenTrade {
    final int number;
    final Direction direction;
    final String entryId;
    final String entryComment;
    final int entryBarIndex;
    final long entryTime;
    final double entryPrice;
    double qty;
    /** Entry commission still attributed to the open quantity (split pro rata on partial closes). */
    double entryCommission;
    /** Best and worst prices seen since the fill, along the intrabar path (for run-up / drawdown). */
    double highest;
    double lowest;

    OpenTrade(int number, Direction direction, String entryId, String entryComment, int entryBarIndex,
            long entryTime, double entryPrice, double qty, double entryCommission) {
        this.number = number;
        this.direction = direction;
        this.entryId = entryId;
        this.entryComment = entryComment;
        this.entryBarIndex = entryBarIndex;
        this.entryTime = entryTime;
        this.entryPrice = entryPrice;
        this.qty = qty;
        this.entryCommission = entryCommission;
        this.highest = entryPrice;
        this.lowest = entryPrice;
    }

    void see(double price) {
        highest = Math.max(highest, price);
        lowest = Math.min(lowest, price);
    }

    int sign() {
        return direction.sign();
    }

    /** Price P&L (no commission) of {@code q} contracts at {@code price}. */
    double pnl(double price, double q, double pointValue) {
        return (price - entryPrice) * sign() * q * pointValue;
    }

    /** Best unrealised profit net of the entry commission (TradingView's trade run-up, slippage_basic export). */
    double runup(double pointValue) {
        double best = direction == Direction.LONG ? highest : lowest;
        return Math.max(0, pnl(best, qty, pointValue) - entryCommission);
    }

    /** Worst unrealised loss including the entry commission, as a magnitude. */
    double drawdown(double pointValue) {
        double worst = direction == Direction.LONG ? lowest : highest;
        return Math.max(0, entryCommission - pnl(worst, qty, pointValue));
    }
}
