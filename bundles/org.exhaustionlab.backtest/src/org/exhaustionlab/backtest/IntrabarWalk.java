package org.exhaustionlab.backtest;

import java.util.ArrayList;

/**
 * Fills pending orders along TradingView's assumed intrabar path: open, then the nearer of high and low (a tie
 * counts the low as nearer), then the other, then close, moving continuously between them. An order whose level
 * lies beyond the open (crossed in the gap since the last bar) fills at the open; otherwise stops fill at their
 * level and limits at their limit, in the order the path reaches them. Market and stop fills get the slippage.
 */
final class IntrabarWalk {
    private enum Leg { STOP, LIMIT, ACTIVATE }

    private static final Leg[] LEGS = Leg.values();

    private final BrokerCore c;

    IntrabarWalk(BrokerCore core) {
        this.c = core;
    }

    // where a walk stopped (calc_on_order_fills walks the path in steps, pausing after each fill point)
    private double[] path;
    private int leg;
    private double pos;
    private boolean settlePending;
    /** Fill market orders at path vertices: those placed by a re-execution at a fill point fill at the next tick. */
    private boolean marketAtVertices;
    /** The extremes of the path walked so far (the bar's high/low as seen by a re-execution at a fill point). */
    double highSoFar;
    double lowSoFar;

    void run() {
        begin(false);
        walk(false);
    }

    /**
     * Starts the bar's path at the open: market orders and gap fills at the open. Returns true when an order filled
     * there. {@code stepwise}: the walk will pause after fills and may receive new orders while paused.
     */
    boolean begin(boolean stepwise) {
        double o = c.open;
        highSoFar = o;
        lowSoFar = o;
        marketAtVertices = stepwise;
        int before = c.fillsThisBar;
        c.ledger.see(o);
        c.checkMargin(o);
        fillMarketOrders(o);
        boolean highFirst = c.high - o < o - c.low;
        path = highFirst ? new double[] {o, c.high, c.low, c.close} : new double[] {o, c.low, c.high, c.close};
        leg = 1;
        pos = o;
        settle(o);
        settlePending = false;
        return c.fillsThisBar > before;
    }

    /** The price the walk stopped at (the last fill point). */
    double position() {
        return pos;
    }

    /**
     * Walks on from where the path stopped. With {@code stopAtFill} it returns true right after the first point at
     * which an order filled; otherwise (or when no more fills happen) it walks to the close and returns false.
     */
    boolean walk(boolean stopAtFill) {
        int before = c.fillsThisBar;
        while (leg < path.length) {
            double b = path[leg];
            if (settlePending) {
                settlePending = false;
                settle(pos);
                if (stopAtFill && c.fillsThisBar > before) {
                    return true;
                }
            }
            boolean rising = b > path[leg - 1];
            PendingOrder best = null;
            Leg bestLeg = null;
            double bestLevel = Double.NaN;
            double p = pos;
            for (PendingOrder ord : c.orders) {
                for (Leg kind : LEGS) {
                    double level = eventLevel(ord, kind, rising);
                    boolean ahead = rising ? level > p && level <= b : level < p && level >= b;
                    if (ahead && (best == null || Math.abs(level - p) < Math.abs(bestLevel - p))) {
                        best = ord;
                        bestLeg = kind;
                        bestLevel = level;
                    }
                }
            }
            if (best == null) {
                visit(b);
                pos = b;
                leg++;
                settlePending = true;
                if (marketAtVertices) {
                    fillMarketOrders(b);
                }
            } else {
                pos = bestLevel;
                visit(pos);
                apply(best, bestLeg);
                settle(pos);
            }
            if (stopAtFill && c.fillsThisBar > before) {
                return true;
            }
        }
        return false;
    }

    private boolean anyMarketOrder() {
        for (int i = 0; i < c.orders.size(); i++) {
            if (c.orders.get(i).isMarket()) {
                return true;
            }
        }
        return false;
    }

    /** Fills every pending market order, oldest first, at {@code price} plus slippage. */
    void fillMarketOrders(double price) {
        if (!anyMarketOrder()) {
            return;
        }
        for (PendingOrder ord : new ArrayList<>(c.orders)) {
            if (c.orders.contains(ord) && ord.isMarket()) {
                int side = marketSide(ord);
                if (side == 0) {
                    c.orders.remove(ord); // a close with nothing left to close
                } else {
                    c.fill(ord, c.grid.slip(price, side, c.props.slippageTicks()), "market");
                }
            }
        }
    }

    /** +1 buy / -1 sell for a market order; 0 when a close finds nothing to close. */
    int marketSide(PendingOrder ord) {
        if (ord.kind == PendingOrder.Kind.ENTRY || ord.kind == PendingOrder.Kind.ORDER) {
            return ord.sign;
        }
        for (OpenTrade t : c.ledger.openTrades()) {
            if (ord.kind == PendingOrder.Kind.CLOSE_ALL || t.entryId.equals(ord.id)) {
                return -t.sign();
            }
        }
        return 0;
    }

    /** Marks {@code price} as reached: open trades' extremes, margin, active trailing stops. */
    private void visit(double price) {
        highSoFar = Math.max(highSoFar, price);
        lowSoFar = Math.min(lowSoFar, price);
        c.ledger.see(price);
        c.checkMargin(price);
        for (PendingOrder ord : c.orders) {
            if (ord.isExit() && ord.trailActive) {
                ExitPricing.trail(c, ord, price);
            }
        }
    }

    /** The price at which {@code leg} of {@code ord} triggers on a segment moving up or down; NaN if it cannot. */
    private double eventLevel(PendingOrder ord, Leg leg, boolean rising) {
        if (ord.isMarket() || ord.isExit() && !ord.armed) {
            return Double.NaN;
        }
        int s = ord.sign;
        switch (leg) {
            case STOP: {
                double stop = stopLevel(ord);
                return (s > 0) == rising ? stop : Double.NaN;
            }
            case LIMIT: {
                double limit = limitLevel(ord);
                double crossed = limit - s * c.props.fillLimitsAssumptionTicks() * c.grid.tick;
                return (s < 0) == rising ? crossed : Double.NaN;
            }
            default: {
                if (!ord.isExit() || !ord.exit.hasTrail() || ord.trailActive) {
                    return Double.NaN;
                }
                return (-s > 0) == rising ? ord.trailActivation : Double.NaN;
            }
        }
    }

    private static double stopLevel(PendingOrder ord) {
        return ord.isExit() ? ord.effectiveStop() : ord.stopTriggered ? Double.NaN : ord.stop;
    }

    private static double limitLevel(PendingOrder ord) {
        if (ord.isExit() || Double.isNaN(ord.stop) || ord.stopTriggered) {
            return ord.limit;
        }
        return Double.NaN; // stop-limit waiting for its stop
    }

    /** Executes the event the walk just reached. */
    private void apply(PendingOrder ord, Leg leg) {
        switch (leg) {
            case STOP -> {
                if (!ord.isExit() && !Double.isNaN(ord.limit)) {
                    ord.stopTriggered = true; // stop-limit: now a limit order, settled at this point
                } else {
                    double level = stopLevel(ord);
                    c.fill(ord, c.grid.slip(level, ord.sign, c.props.slippageTicks()), stopLegName(ord, level));
                }
            }
            case LIMIT -> c.fill(ord, limitLevel(ord), "limit");
            default -> activateTrail(ord, ord.trailActivation);
        }
    }

    private static String stopLegName(PendingOrder ord, double level) {
        return ord.isExit() && ord.trailActive && level == ord.trailStop ? "trail" : "stop";
    }

    private void activateTrail(PendingOrder ord, double price) {
        ord.trailActive = true;
        ExitPricing.trail(c, ord, price);
    }

    /** Fills, at {@code p} itself, every order already beyond its level at {@code p} (gaps, newly armed exits). */
    void settle(double p) {
        boolean progress = true;
        int guard = 0;
        while (progress && guard++ < 10_000) {
            progress = false;
            // settleOne changes the order list only when it returns true, so the live list can be walked by index
            for (int i = 0; i < c.orders.size(); i++) {
                if (settleOne(c.orders.get(i), p)) {
                    progress = true;
                    break; // the order list changed: start over in placement order
                }
            }
        }
    }

    private boolean settleOne(PendingOrder ord, double p) {
        if (ord.isMarket() || ord.isExit() && !ord.armed) {
            return false;
        }
        int s = ord.sign;
        if (ord.isExit() && ord.exit.hasTrail() && !ord.trailActive
                && (p - ord.trailActivation) * -s >= 0) {
            activateTrail(ord, p);
            return true;
        }
        double stop = stopLevel(ord);
        if (!Double.isNaN(stop) && (p - stop) * s >= 0) {
            if (!ord.isExit() && !Double.isNaN(ord.limit)) {
                ord.stopTriggered = true;
                return true;
            }
            c.fill(ord, c.grid.slip(p, s, c.props.slippageTicks()), stopLegName(ord, stop));
            return true;
        }
        double limit = limitLevel(ord);
        double crossed = limit - s * c.props.fillLimitsAssumptionTicks() * c.grid.tick;
        if (!Double.isNaN(limit) && (crossed - p) * s >= 0) {
            c.fill(ord, s > 0 ? Math.min(limit, p) : Math.max(limit, p), "limit");
            return true;
        }
        return false;
    }
}
