package org.exhaustionlab.backtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** The position as a list of open trades, plus closed trades and running P&L totals. */
final class Ledger {
    private final double pointValue;
    private final List<OpenTrade> open = new ArrayList<>();
    private double size;
    private boolean sizeKnown = true;
    private final List<Trade> closed = new ArrayList<>();
    private int tradeCounter;
    /** Totals over CLOSED trades (each trade net of both its commissions). */
    double grossProfit;
    double grossLoss;
    double commissionPaid;
    double maxContractsLong;
    double maxContractsShort;

    Ledger(double pointValue) {
        this.pointValue = pointValue;
    }

    List<OpenTrade> openTrades() {
        return Collections.unmodifiableList(open);
    }

    List<Trade> closedTrades() {
        return Collections.unmodifiableList(closed);
    }

    /** Signed position size. */
    double size() {
        if (!sizeKnown) { // asked many times a bar; the open trades change only in open() and close()
            double s = 0;
            for (int i = 0; i < open.size(); i++) {
                OpenTrade t = open.get(i);
                s += t.sign() * t.qty;
            }
            size = cleanQty(s);
            sizeKnown = true;
        }
        return size;
    }

    /** Quantity-weighted average entry price of the open trades; NaN when flat. */
    double avgPrice() {
        double value = 0;
        double qty = 0;
        for (OpenTrade t : open) {
            value += t.entryPrice * t.qty;
            qty += t.qty;
        }
        return qty == 0 ? Double.NaN : value / qty;
    }

    /**
     * Net profit of the closed trades, derived as gross profit − gross loss like TradingView (no running sum: a
     * running sum drifts by ULPs and shows as 0.01 differences in cumulative P&L after hundreds of trades).
     */
    double netProfit() {
        return grossProfit - grossLoss;
    }

    /** Entry commissions of the open trades (already paid: TradingView takes them out of net profit at once). */
    double openCommission() {
        double c = 0;
        for (int i = 0; i < open.size(); i++) { // index loops: called per intrabar point, no iterator each time
            c += open.get(i).entryCommission;
        }
        return c;
    }

    /** Price P&L of the open trades at {@code price}, commissions excluded (TradingView's openprofit). */
    double openProfit(double price) {
        double p = 0;
        for (int i = 0; i < open.size(); i++) {
            OpenTrade t = open.get(i);
            p += t.pnl(price, t.qty, pointValue);
        }
        return p;
    }

    int countOpen(Direction d) {
        int n = 0;
        for (OpenTrade t : open) {
            n += t.direction == d ? 1 : 0;
        }
        return n;
    }

    void openTrade(Direction d, String id, String comment, int bar, long time, double price, double qty,
            double commission) {
        sizeKnown = false;
        open.add(new OpenTrade(++tradeCounter, d, id, comment, bar, time, price, qty, commission));
        commissionPaid += commission;
        double size = size();
        if (size > 0) {
            maxContractsLong = Math.max(maxContractsLong, size);
        } else {
            maxContractsShort = Math.max(maxContractsShort, -size);
        }
    }

    /** Open quantity of the trades matching {@code filter}. */
    double openQty(Predicate<OpenTrade> filter) {
        double q = 0;
        for (OpenTrade t : open) {
            if (filter.test(t)) {
                q += t.qty;
            }
        }
        return q;
    }

    /**
     * Closes up to {@code qty} contracts of the trades matching {@code filter}, oldest first, at {@code price}.
     * {@code commissionPerContract} is the exit commission per contract. Returns the quantity closed.
     */
    double close(Predicate<OpenTrade> filter, double qty, double price, double commissionPerContract, String exitId,
            String exitComment, int bar, long time) {
        double left = qty;
        for (int i = 0; i < open.size() && left > 1e-12; i++) {
            OpenTrade t = open.get(i);
            if (!filter.test(t)) {
                continue;
            }
            double q = Math.min(left, t.qty);
            double entryCommission = t.entryCommission * q / t.qty;
            double exitCommission = commissionPerContract * q;
            double profit = t.pnl(price, q, pointValue) - entryCommission - exitCommission;
            commissionPaid += exitCommission;
            if (profit > 0) {
                grossProfit += profit;
            } else {
                grossLoss -= profit;
            }
            double share = q / t.qty;
            t.see(price);
            double runup = t.runup(pointValue) * share;
            double drawdown = t.drawdown(pointValue) * share;
            sizeKnown = false;
            t.qty = cleanQty(t.qty - q);
            t.entryCommission -= entryCommission;
            left = cleanQty(left - q);
            if (t.qty == 0) {
                open.remove(i--);
            }
            // cumulative P&L is strategy.netprofit after this trade: entry commissions of trades still open count
            closed.add(new Trade(t.number, t.direction, t.entryId, t.entryComment, t.entryBarIndex, t.entryTime,
                    t.entryPrice, exitId, exitComment, bar, time, price, q, profit,
                    entryCommission + exitCommission, entryCommission, runup, drawdown,
                    netProfit() - openCommission(), false));
        }
        return cleanQty(qty - left);
    }

    void see(double price) {
        for (int i = 0; i < open.size(); i++) {
            open.get(i).see(price);
        }
    }

    /**
     * The open trades as {@link Trade} records marked to {@code price} at {@code bar}/{@code time}; their cumulative
     * profit adds each open trade's profit (entry commission included) to the closed trades' net profit.
     */
    List<Trade> openAsTrades(double price, int bar, long time) {
        List<Trade> list = new ArrayList<>();
        double cumulative = netProfit();
        for (OpenTrade t : open) {
            double profit = t.pnl(price, t.qty, pointValue) - t.entryCommission;
            cumulative += profit;
            list.add(new Trade(t.number, t.direction, t.entryId, t.entryComment, t.entryBarIndex, t.entryTime,
                    t.entryPrice, null, null, bar, time, price, t.qty, profit, t.entryCommission, t.entryCommission,
                    t.runup(pointValue), t.drawdown(pointValue), cumulative, true));
        }
        return list;
    }

    /** Removes binary noise from quantities (0.1 + 0.2 − 0.3 must be flat). */
    static double cleanQty(double q) {
        double r = Math.rint(q * 1e10) / 1e10;
        return Math.abs(r) < 1e-10 ? 0 : r;
    }
}
