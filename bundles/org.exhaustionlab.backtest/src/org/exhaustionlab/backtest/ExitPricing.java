package org.exhaustionlab.backtest;

import java.util.function.Predicate;

/** Turns a {@code strategy.exit}'s tick distances into prices once its entry is open. */
final class ExitPricing {
    private ExitPricing() {
    }

    /**
     * Prices {@code o} from the open trades of its entry. Returns false when the exit must be cancelled: it was armed
     * (its entry had been open) and the entry is now closed. An exit whose entry has not filled yet keeps waiting.
     */
    static boolean resolve(BrokerCore c, PendingOrder o) {
        Predicate<OpenTrade> mine = BrokerCore.exitFilter(o);
        double qty = 0;
        double value = 0;
        Direction d = null;
        for (OpenTrade t : c.ledger.openTrades()) {
            if (mine.test(t)) {
                qty += t.qty;
                value += t.qty * t.entryPrice;
                d = t.direction;
            }
        }
        if (d == null) {
            return !o.armed;
        }
        ExitParams e = o.exit;
        int dir = d.sign();
        o.sign = -dir;
        if (!o.armed) {
            o.armed = true;
            if (!Double.isNaN(e.qty())) {
                o.qty = e.qty();
            } else if (!Double.isNaN(e.qtyPercent())) {
                o.qty = Ledger.cleanQty(qty * e.qtyPercent() / 100);
            }
        }
        double entry = value / qty;
        double tick = c.grid.tick;
        double profit = Double.isNaN(e.profit()) ? Double.NaN : entry + dir * e.profit() * tick;
        double loss = Double.isNaN(e.loss()) ? Double.NaN : entry - dir * e.loss() * tick;
        // both an absolute price and a tick distance: the level reached first counts
        o.limit = c.grid.limit(nearerToEntry(e.limit(), profit, dir), o.sign);
        o.stop = c.grid.stop(nearerToEntry(e.stop(), loss, -dir), o.sign);
        if (e.hasTrail()) {
            double activation = !Double.isNaN(e.trailPrice()) ? e.trailPrice()
                    : entry + dir * e.trailPoints() * tick;
            o.trailActivation = c.grid.nearest(activation);
        }
        return true;
    }

    /** Of two levels on the {@code towards} side of the entry, the one closer to it (NaN-tolerant). */
    private static double nearerToEntry(double a, double b, int towards) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return towards > 0 ? Math.min(a, b) : Math.max(a, b);
    }

    /** Moves an active trailing stop with a new best price {@code price}. */
    static void trail(BrokerCore c, PendingOrder o, double price) {
        int dir = -o.sign; // the position's direction
        if (Double.isNaN(o.trailExtreme) || (price - o.trailExtreme) * dir > 0) {
            o.trailExtreme = price;
            o.trailStop = c.grid.nearest(price - dir * o.exit.trailOffset() * c.grid.tick);
        }
    }
}
