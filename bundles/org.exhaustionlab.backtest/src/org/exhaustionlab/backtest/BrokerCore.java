package org.exhaustionlab.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Broker emulator state and fill execution; {@link Broker} is its public face, {@link IntrabarWalk} its clock. */
final class BrokerCore {
    final StrategyProperties props;
    final TickGrid grid;
    final Ledger ledger;
    final List<PendingOrder> orders = new ArrayList<>();
    final RiskGuard risk;
    final List<Fill> fills = new ArrayList<>();
    private long seq;

    // current bar
    int bar = -1;
    long time;
    double open = Double.NaN;
    double high = Double.NaN;
    double low = Double.NaN;
    double close = Double.NaN;
    int fillsThisBar;

    BrokerCore(StrategyProperties props, double mintick) {
        this.props = props;
        this.grid = new TickGrid(mintick);
        this.ledger = new Ledger(props.pointValue());
        this.risk = new RiskGuard(this);
    }

    long nextSeq() {
        return ++seq;
    }

    /**
     * {@code strategy.netprofit}: closed trades' net profit minus the entry commissions of the open trades, which
     * TradingView books at the entry fill (netprofit = grossprofit − grossloss with those commissions in grossloss).
     */
    double netProfit() {
        return ledger.netProfit() - ledger.openCommission();
    }

    /** initial capital + netprofit + openprofit at {@code price} (NaN price: no open profit). */
    double equityAt(double price) {
        return props.initialCapital() + netProfit() + (Double.isNaN(price) ? 0 : ledger.openProfit(price));
    }

    /** The pending order of one of these kinds with this id (entries and strategy.order share their ids). */
    PendingOrder find(String id, PendingOrder.Kind... kinds) {
        for (PendingOrder o : orders) {
            if (o.id.equals(id) && java.util.Arrays.asList(kinds).contains(o.kind)) {
                return o;
            }
        }
        return null;
    }

    /** The pending exit with this id for this entry: one exit id may serve several entries. */
    PendingOrder findExit(String id, String fromEntry) {
        String from = fromEntry == null ? "" : fromEntry;
        for (PendingOrder o : orders) {
            if (o.isExit() && o.id.equals(id) && from.equals(o.exit.fromEntry() == null ? "" : o.exit.fromEntry())) {
                return o;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- commission and sizing

    /** Commission of a fill of {@code qty} contracts at {@code price} (one order). */
    double commission(double qty, double price) {
        double v = props.commissionValue();
        return switch (props.commissionType()) {
            case PERCENT -> price * qty * props.pointValue() * v / 100;
            case CASH_PER_CONTRACT -> qty * v;
            case CASH_PER_ORDER -> qty > 0 ? v : 0;
        };
    }

    /**
     * Default entry size from {@code default_qty_type/value} at {@code price} with {@code equity}. Cash and percent
     * of equity budgets pay the commission too: one contract costs price × point value × (1 + percent commission)
     * or price × point value + cash per contract (TradingView's rule, as PyneCore measured it).
     */
    double defaultQty(double price, double equity) {
        double v = props.defaultQtyValue();
        double unitCost = price * props.pointValue();
        if (props.commissionType() == CommissionType.PERCENT) {
            unitCost *= 1 + props.commissionValue() / 100;
        } else if (props.commissionType() == CommissionType.CASH_PER_CONTRACT) {
            unitCost += props.commissionValue();
        }
        double q = switch (props.defaultQtyType()) {
            case FIXED -> v;
            case CASH -> v / unitCost;
            case PERCENT_OF_EQUITY -> equity * v / 100 / unitCost;
        };
        double step = props.qtyStep();
        return step > 0 ? org.exhaustionlab.market.Symbol.roundToStep(Math.floor(q / step + 1e-9) * step, step) : q;
    }

    // ---------------------------------------------------------------- fills

    /**
     * Executes {@code o} at {@code price}; {@code leg} names the exit leg ("limit", "stop", "trail", "market").
     * Removes the order, applies OCA rules, re-arms exits. Returns false when the order turned out to do nothing.
     */
    boolean fill(PendingOrder o, double price, String leg) {
        orders.remove(o);
        double sizeBefore = ledger.size();
        double filled = switch (o.kind) {
            case ENTRY -> fillEntry(o, price);
            case ORDER -> fillOrder(o, price);
            case EXIT -> fillExit(o, price, leg);
            case CLOSE -> closeMatching(t -> t.entryId.equals(o.id), o, price, o.comment);
            case CLOSE_ALL -> closeMatching(t -> true, o, price, o.comment);
        };
        if (filled <= 0) {
            return false;
        }
        fills.add(new Fill(bar, time, o.id, ledger.size() > sizeBefore ? 1 : -1, filled, price,
                o.isExit() ? o.exitComment(leg) : o.comment, o.alertMessage));
        fillsThisBar++;
        risk.onFill();
        applyOca(o, filled);
        resolveExits();
        return true;
    }

    private double fillEntry(PendingOrder o, double price) {
        Direction d = Direction.ofSign(o.sign);
        double size = ledger.size();
        double qty = entryQty(o, price);
        if (size * o.sign > 0 && ledger.countOpen(d) >= props.maxEntries()) {
            return 0; // pyramiding limit: the order is dropped
        }
        double opposite = size * o.sign < 0 ? Math.abs(size) : 0;
        double flip = Double.isNaN(o.flipExtra) ? opposite : o.flipExtra;
        double closing = Math.min(opposite, flip + qty);
        double opening = Ledger.cleanQty(flip + qty - closing);
        if (!risk.allows(d)) {
            opening = 0;
        }
        opening = risk.capOpening(opening, size * o.sign > 0 ? Math.abs(size) : 0);
        double total = closing + opening;
        if (total <= 0) {
            return 0;
        }
        double perContract = commission(total, price) / total;
        if (closing > 0) {
            closing = ledger.close(t -> true, closing, price, perContract, o.id, o.comment, bar, time);
        }
        if (opening > 0) {
            ledger.openTrade(d, o.id, o.comment, bar, time, price, opening, perContract * opening);
        }
        return closing + opening;
    }

    private double fillOrder(PendingOrder o, double price) {
        double qty = entryQty(o, price);
        double size = ledger.size();
        double closing = size * o.sign < 0 ? Math.min(qty, Math.abs(size)) : 0;
        double opening = risk.allows(Direction.ofSign(o.sign))
                ? risk.capOpening(Ledger.cleanQty(qty - closing), size * o.sign > 0 ? Math.abs(size) : 0) : 0;
        double total = closing + opening;
        if (total <= 0) {
            return 0;
        }
        double perContract = commission(total, price) / total;
        if (closing > 0) {
            ledger.close(t -> true, closing, price, perContract, o.id, o.comment, bar, time);
        }
        if (opening > 0) {
            ledger.openTrade(Direction.ofSign(o.sign), o.id, o.comment, bar, time, price, opening,
                    perContract * opening);
        }
        return total;
    }

    private double entryQty(PendingOrder o, double price) {
        if (!Double.isNaN(o.qty)) {
            return o.qty;
        }
        if (!Double.isNaN(o.sizingPrice)) {
            return defaultQty(o.sizingPrice, o.sizingEquity);
        }
        return defaultQty(price, equityAt(close));
    }

    private double fillExit(PendingOrder o, double price, String leg) {
        Predicate<OpenTrade> of = exitFilter(o);
        double open = ledger.openQty(of);
        double qty = Double.isNaN(o.qty) ? open : Math.min(o.qty, open);
        if (qty <= 0) {
            return 0;
        }
        double perContract = commission(qty, price) / qty;
        return ledger.close(settled(of), qty, price, perContract, o.id, o.exitComment(leg), bar, time);
    }

    private double closeMatching(Predicate<OpenTrade> which, PendingOrder o, double price, String comment) {
        double open = ledger.openQty(which);
        double qty = open;
        if (!Double.isNaN(o.qty)) {
            qty = Math.min(o.qty, open);
        } else if (!Double.isNaN(o.qtyPercent)) {
            qty = Ledger.cleanQty(open * o.qtyPercent / 100);
        }
        if (qty <= 0) {
            return 0;
        }
        double perContract = commission(qty, price) / qty;
        return ledger.close(settled(which), qty, price, perContract, o.id, comment, bar, time);
    }

    /**
     * The trades a closing fill bound to some entry consumes: under FIFO (TradingView's default) the oldest trades
     * of the position whatever entry the order is bound to (the binding only sizes and arms the order); under ANY
     * only the bound entry's trades.
     */
    private Predicate<OpenTrade> settled(Predicate<OpenTrade> bound) {
        return props.closeEntriesRule() == CloseEntriesRule.ANY ? bound : t -> true;
    }

    // ---------------------------------------------------------------- margin

    int marginCalls;

    /**
     * Margin check at a price the path reaches. When the equity there no longer covers the margin of the position
     * (position value × margin_long/short %), TradingView liquidates four times the contracts needed to cover the
     * shortfall, at that price, as a "Margin call" exit.
     */
    void checkMargin(double price) {
        double size = ledger.size();
        if (size == 0) {
            return;
        }
        double marginPercent = size > 0 ? props.marginLong() : props.marginShort();
        if (marginPercent <= 0) {
            return;
        }
        double perContract = price * props.pointValue() * marginPercent / 100;
        double equity = equityAt(price);
        double shortfall = Math.abs(size) * perContract - equity;
        if (shortfall <= 1e-9) {
            return;
        }
        double cover = 4 * shortfall / perContract;
        if (props.qtyStep() > 0) {
            cover = Math.ceil(cover / props.qtyStep() - 1e-9) * props.qtyStep();
        }
        double qty = Math.min(Math.abs(size), cover);
        marginCalls++;
        ledger.close(t -> true, qty, price, commission(qty, price) / qty, "Margin call", "Margin call", bar, time);
        fills.add(new Fill(bar, time, "Margin call", size > 0 ? -1 : 1, qty, price, "Margin call", null));
        fillsThisBar++;
        resolveExits();
    }

    /** The trades an exit is bound to: its from_entry's, or the whole position. */
    static Predicate<OpenTrade> exitFilter(PendingOrder o) {
        String from = o.exit == null ? null : o.exit.fromEntry();
        return from == null || from.isEmpty() ? t -> true : t -> t.entryId.equals(from);
    }

    private void applyOca(PendingOrder filled, double qty) {
        if (filled.ocaName == null || filled.ocaType == OcaType.NONE) {
            return;
        }
        orders.removeIf(other -> {
            if (!filled.ocaName.equals(other.ocaName)) {
                return false;
            }
            if (filled.ocaType == OcaType.CANCEL) {
                return true;
            }
            if (Double.isNaN(other.qty)) {
                return false; // an unsized order is left alone: nothing to reduce it from
            }
            other.qty = Ledger.cleanQty(other.qty - qty);
            return other.qty <= 0;
        });
    }

    // ---------------------------------------------------------------- exits

    /** Arms exits whose entry is open, cancels armed exits whose entry is gone, prices tick-based legs. */
    void resolveExits() {
        orders.removeIf(o -> o.isExit() && !ExitPricing.resolve(this, o));
    }
}
