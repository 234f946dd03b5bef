package org.exhaustionlab.backtest;

/**
 * Applies {@link RiskRules}. Days are UTC calendar days (TradingView uses the exchange session; see package notes).
 * Halting rules are checked at each bar's close: the position is closed at that close and pending orders cancelled.
 */
final class RiskGuard {
    private static final long DAY_MS = 86_400_000L;
    private final BrokerCore c;
    private boolean haltedForGood;
    private long haltedDay = Long.MIN_VALUE;
    private long day = Long.MIN_VALUE;
    private double dayStartEquity;
    private int dayFills;
    private int consecutiveLossDays;
    private double equityPeak;

    RiskGuard(BrokerCore core) {
        this.c = core;
        this.equityPeak = core.props.initialCapital();
    }

    RiskRules rules() {
        return c.props.risk();
    }

    boolean halted() {
        return haltedForGood || haltedDay == day;
    }

    /** May a new position be opened in direction {@code d}? */
    boolean allows(Direction d) {
        return !halted() && (rules().allowEntryIn() == null || rules().allowEntryIn() == d);
    }

    /** {@code qty} cut so the position in its direction stays within max_position_size. */
    double capOpening(double qty, double existingSameDirection) {
        double max = rules().maxPositionSize();
        return Double.isNaN(max) ? qty : Math.max(0, Math.min(qty, max - existingSameDirection));
    }

    /** Called when a bar begins: rolls the day counters. */
    void beginBar(long time) {
        long d = Math.floorDiv(time, DAY_MS);
        if (d != day) {
            if (day != Long.MIN_VALUE) {
                double result = c.equityAt(c.close) - dayStartEquity;
                consecutiveLossDays = result < 0 ? consecutiveLossDays + 1 : 0;
                int maxDays = rules().maxConsLossDays();
                if (maxDays > 0 && consecutiveLossDays >= maxDays) {
                    haltedForGood = true;
                }
            }
            day = d;
            dayFills = 0;
            dayStartEquity = c.equityAt(Double.isNaN(c.close) ? Double.NaN : c.close);
        }
    }

    void onFill() {
        dayFills++;
    }

    /** Checks the halting rules at the bar's close; returns true when the position must be closed now. */
    boolean checkAtClose() {
        if (halted()) {
            return c.ledger.size() != 0 || !c.orders.isEmpty();
        }
        RiskRules r = rules();
        double equity = c.equityAt(c.close);
        equityPeak = Math.max(equityPeak, equity);
        if (!Double.isNaN(r.maxDrawdown())) {
            double limit = r.maxDrawdownPercent() ? equityPeak * r.maxDrawdown() / 100 : r.maxDrawdown();
            if (equityPeak - equity >= limit) {
                haltedForGood = true;
            }
        }
        if (!Double.isNaN(r.maxIntradayLoss())) {
            double limit = r.maxIntradayLossPercent() ? dayStartEquity * r.maxIntradayLoss() / 100
                    : r.maxIntradayLoss();
            if (dayStartEquity - equity >= limit) {
                haltedDay = day;
            }
        }
        if (r.maxIntradayFilledOrders() > 0 && dayFills >= r.maxIntradayFilledOrders()) {
            haltedDay = day;
        }
        return halted();
    }
}
