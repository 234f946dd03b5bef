package org.exhaustionlab.backtest;

import java.util.Objects;

/** Turns {@code strategy.*} order calls into pending orders (validation, modification by id, immediate closes). */
final class OrderDesk {
    private final BrokerCore core;
    private final IntrabarWalk walk;

    OrderDesk(BrokerCore core, IntrabarWalk walk) {
        this.core = core;
        this.walk = walk;
    }

    /** strategy.entry / strategy.order. */
    void placeEntry(PendingOrder.Kind kind, String id, Direction direction, double qty, double limit,
            double stop, String ocaName, OcaType ocaType, String comment, String alertMessage) {
        requireId(id);
        Objects.requireNonNull(direction, "direction of order " + id);
        if (!Double.isNaN(qty) && !(qty > 0)) {
            throw new IllegalArgumentException("qty of order '" + id + "' must be positive, got " + qty);
        }
        if (core.risk.halted()) {
            return;
        }
        int sign = direction.sign();
        boolean priced = !Double.isNaN(limit) || !Double.isNaN(stop);
        if (kind == PendingOrder.Kind.ENTRY && priced && core.ledger.size() * sign > 0
                && core.ledger.countOpen(direction) >= core.props.maxEntries()) {
            return; // pyramiding limit: a price entry is not even placed
        }
        PendingOrder o = replaceOrCreate(kind, id,
                core.find(id, PendingOrder.Kind.ENTRY, PendingOrder.Kind.ORDER));
        o.sign = sign;
        o.qty = qty;
        o.limit = core.grid.limit(limit, sign);
        o.stop = core.grid.stop(stop, sign);
        o.stopTriggered = false;
        o.ocaName = ocaName;
        o.ocaType = ocaName == null || ocaType == null ? OcaType.NONE : ocaType;
        o.comment = comment;
        o.alertMessage = alertMessage;
        o.sizingPrice = Double.NaN;
        double size = core.ledger.size();
        o.flipExtra = !priced ? Double.NaN : size * sign < 0 ? Math.abs(size) : 0;
        if (!priced && Double.isNaN(qty)) {
            // default-sized market orders are sized at the placement close (with slippage) and equity
            o.sizingPrice = core.grid.slip(core.close, sign, core.props.slippageTicks());
            o.sizingEquity = core.equityAt(core.close);
        }
    }

    void exit(String id, ExitParams params) {
        requireId(id);
        Objects.requireNonNull(params, "params of exit " + id);
        boolean any = !Double.isNaN(params.profit()) || !Double.isNaN(params.limit())
                || !Double.isNaN(params.loss()) || !Double.isNaN(params.stop()) || params.hasTrail();
        if (!any) {
            // TradingView accepts a call whose levels are all na on this bar (e.g. a stop computed from a value
            // that is not yet available) and simply places no exit order; the run goes on
            return;
        }
        PendingOrder old = core.findExit(id, params.fromEntry());
        PendingOrder o = replaceOrCreate(PendingOrder.Kind.EXIT, id, old);
        if (old != null) {
            o.armed = old.armed;
            o.qty = old.qty;
            o.trailActive = old.trailActive;
            o.trailExtreme = old.trailExtreme;
            o.trailStop = old.trailStop;
            if (Double.compare(old.exit.qty(), params.qty()) != 0
                    || Double.compare(old.exit.qtyPercent(), params.qtyPercent()) != 0) {
                o.armed = false; // re-reserve the new quantity
                o.qty = Double.NaN;
            }
        }
        o.exit = params;
        o.comment = params.comment();
        o.alertMessage = params.alertMessage();
        o.ocaName = params.ocaName();
        o.ocaType = params.ocaName() == null ? OcaType.NONE : OcaType.REDUCE;
        if (!ExitPricing.resolve(core, o)) {
            core.orders.remove(o);
        }
    }

    void close(String id, double qty, double qtyPercent, String comment, String alertMessage, boolean immediately) {
        requireId(id);
        if (core.ledger.openQty(t -> t.entryId.equals(id)) <= 0) {
            return; // nothing of that entry is open: TradingView ignores the call
        }
        PendingOrder o = replaceOrCreate(PendingOrder.Kind.CLOSE, id,
                core.find(id, PendingOrder.Kind.CLOSE));
        o.qty = qty;
        o.qtyPercent = qtyPercent;
        o.comment = comment;
        o.alertMessage = alertMessage;
        if (immediately) {
            fillAtClose(o);
        }
    }

    void closeAll(String comment, String alertMessage, boolean immediately) {
        if (core.ledger.size() == 0) {
            return;
        }
        PendingOrder o = replaceOrCreate(PendingOrder.Kind.CLOSE_ALL, "Close position order",
                core.find("Close position order", PendingOrder.Kind.CLOSE_ALL));
        o.comment = comment;
        o.alertMessage = alertMessage;
        if (immediately) {
            fillAtClose(o);
        }
    }

    private void fillAtClose(PendingOrder o) {
        int side = walk.marketSide(o);
        if (side == 0) {
            core.orders.remove(o);
        } else {
            core.fill(o, core.grid.slip(core.close, side, core.props.slippageTicks()), "market");
        }
    }

    /** A risk rule tripped: the position is closed at this bar's close (exit id "Risk"). */
    void closeAtCloseForRisk() {
        if (core.ledger.size() != 0) {
            PendingOrder o = new PendingOrder(core.nextSeq(), PendingOrder.Kind.CLOSE_ALL, "Risk");
            o.comment = "Risk rule";
            core.orders.add(o);
            fillAtClose(o);
        }
    }

    /** A fresh order replacing {@code old} in its queue position (a modification), or appended when null. */
    private PendingOrder replaceOrCreate(PendingOrder.Kind kind, String id, PendingOrder old) {
        PendingOrder o = new PendingOrder(old != null ? old.seq : core.nextSeq(), kind, id);
        if (old != null) {
            core.orders.set(core.orders.indexOf(old), o); // a modified order keeps its place in the queue
        } else {
            core.orders.add(o);
        }
        o.placedBar = core.bar;
        return o;
    }

    private static void requireId(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("strategy order id must be a non-empty string");
        }
    }

}
