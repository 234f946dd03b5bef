package org.exhaustionlab.backtest;

import java.util.List;
import java.util.Objects;

import org.exhaustionlab.market.Symbol;

/**
 * TradingView's broker emulator, driven bar by bar by the Pine interpreter's {@code strategy.*} built-ins:
 * <pre>
 *   for each bar: broker.beginBar(i, time, o, h, l, c, v);   // fills orders pending from earlier bars
 *                 ... script runs, calls entry/order/exit/close/cancel and reads the state ...
 *                 broker.endBar();                             // process_orders_on_close, risk, equity
 *   BacktestResult r = broker.result();
 * </pre>
 * Prices are NaN for na; ids are case-sensitive. A market order placed on bar t fills at bar t+1's open (or at t's
 * close with process_orders_on_close, or at once with {@code immediately}). Not thread-safe.
 * <p>
 * With calc_on_order_fills {@code beginBar} stops the intrabar walk at the first point where orders filled; the
 * driver then alternates {@link #nextFillPoint()} with script runs, and must call {@link #finishBarPath()} before
 * the bar's closing execution (endBar does it at the latest).
 */
public final class Broker {
    private final BrokerCore core;
    private final IntrabarWalk walk;
    private final OrderDesk desk;
    private final EquityTracker equity;
    private boolean inBar;
    /** calc_on_order_fills: the bar's path is walked in steps and has not reached the close yet. */
    private boolean walking;
    /** calc_on_order_fills: the walk stopped at a fill point that {@link #nextFillPoint()} has not reported yet. */
    private boolean unreported;
    private double barClose = Double.NaN;
    private long lastTime;
    private int bars;
    private double firstOpen = Double.NaN;

    public Broker(StrategyProperties properties, double mintick) {
        this.core = new BrokerCore(Objects.requireNonNull(properties, "properties"), mintick);
        this.walk = new IntrabarWalk(core);
        this.desk = new OrderDesk(core, walk);
        this.equity = new EquityTracker(properties.initialCapital());
    }

    /** A broker on {@code symbol}'s tick grid ({@code syminfo.mintick} = its tick size). */
    public Broker(StrategyProperties properties, Symbol symbol) {
        this(properties, symbol.tickSize());
    }

    public StrategyProperties properties() {
        return core.props;
    }

    public double mintick() {
        return core.grid.tick;
    }

    // ------------------------------------------------------------------ bar lifecycle

    /** Starts bar {@code index} (bar open time {@code time}, epoch ms) and fills the orders it reaches. */
    public void beginBar(int index, long time, double open, double high, double low, double close, double volume) {
        if (inBar) {
            throw new IllegalStateException("beginBar(" + index + ") before endBar() of bar " + core.bar);
        }
        if (index <= core.bar) {
            throw new IllegalArgumentException("bar index must increase: " + index + " after " + core.bar);
        }
        if (!(low <= Math.min(open, close) && high >= Math.max(open, close))) {
            throw new IllegalArgumentException("bar " + index + " has inconsistent OHLC: o=" + open + " h=" + high
                    + " l=" + low + " c=" + close);
        }
        inBar = true;
        core.risk.beginBar(time);
        core.bar = index;
        core.time = time;
        core.open = open;
        core.high = high;
        core.low = low;
        core.close = close;
        core.fillsThisBar = 0;
        if (Double.isNaN(firstOpen)) {
            firstOpen = open;
        }
        barClose = close;
        if (core.props.calcOnOrderFills()) {
            walking = true;
            unreported = walk.begin(true);
            if (unreported) {
                core.close = walk.position();
            }
        } else {
            walk.run();
        }
    }

    /**
     * calc_on_order_fills: walks the bar's intrabar path on to the next point at which orders filled and returns its
     * price (the script then runs again there); NaN once the path reached the close without further fills. While
     * stopped at a fill point, the state the script reads is marked to that price, orders placed then fill on the
     * rest of the path (market orders at the next path vertex: the nearer extreme, the other extreme or the close),
     * and {@link #barHighSoFar()}/{@link #barLowSoFar()} give the range walked so far. The first call after
     * {@link #beginBar} reports fills at the open. Without calc_on_order_fills it always returns NaN.
     */
    public double nextFillPoint() {
        requireBar("nextFillPoint");
        if (!walking) {
            return Double.NaN;
        }
        if (unreported) {
            unreported = false;
            return walk.position();
        }
        core.close = barClose;
        if (walk.walk(true)) {
            core.close = walk.position();
            return walk.position();
        }
        walking = false;
        return Double.NaN;
    }

    /** calc_on_order_fills: walks the rest of the bar's path without stopping (done by {@link #endBar} anyway). */
    public void finishBarPath() {
        requireBar("finishBarPath");
        core.close = barClose;
        if (walking) {
            walking = false;
            unreported = false;
            walk.walk(false);
        }
    }

    /** The highest price of the bar's path walked so far (the bar's high once the path is complete). */
    public double barHighSoFar() {
        return walking ? walk.highSoFar : core.high;
    }

    /** The lowest price of the bar's path walked so far (the bar's low once the path is complete). */
    public double barLowSoFar() {
        return walking ? walk.lowSoFar : core.low;
    }

    /** Ends the bar: process_orders_on_close fills, risk rules, equity bookkeeping. */
    public void endBar() {
        requireBar("endBar");
        finishBarPath();
        if (core.props.processOrdersOnClose()) {
            walk.fillMarketOrders(core.close);
        }
        if (core.risk.checkAtClose()) {
            core.orders.clear();
            desk.closeAtCloseForRisk();
        }
        double size = core.ledger.size();
        double closeEquity = core.equityAt(core.close);
        double worst = core.equityAt(size >= 0 ? core.low : core.high);
        double best = core.equityAt(size >= 0 ? core.high : core.low);
        equity.record(core.time, closeEquity, core.ledger.openProfit(core.close), Math.min(worst, closeEquity),
                Math.max(best, closeEquity));
        lastTime = core.time;
        bars++;
        inBar = false;
    }

    private void requireBar(String what) {
        if (!inBar) {
            throw new IllegalStateException(what + " called outside a bar (call beginBar first)");
        }
    }

    /** Fills of the current bar so far. */
    public int fillsThisBar() {
        return core.fillsThisBar;
    }

    // ------------------------------------------------------------------ orders

    /** {@code strategy.entry(id, direction)}: a market entry of the default size. */
    public void entry(String id, Direction direction) {
        entry(id, direction, Double.NaN, Double.NaN, Double.NaN, null, OcaType.NONE, null, null);
    }

    /** {@code strategy.entry(...)}; NaN qty = default size, NaN limit/stop = none. */
    public void entry(String id, Direction direction, double qty, double limit, double stop, String ocaName,
            OcaType ocaType, String comment, String alertMessage) {
        requireBar("strategy.entry");
        desk.placeEntry(PendingOrder.Kind.ENTRY, id, direction, qty, limit, stop, ocaName, ocaType, comment,
                alertMessage);
    }

    /** {@code strategy.order(...)}: like entry but nets against the position, no reversal, no pyramiding limit. */
    public void order(String id, Direction direction, double qty, double limit, double stop, String ocaName,
            OcaType ocaType, String comment, String alertMessage) {
        requireBar("strategy.order");
        desk.placeEntry(PendingOrder.Kind.ORDER, id, direction, qty, limit, stop, ocaName, ocaType, comment,
                alertMessage);
    }

    /**
     * {@code strategy.exit(id, ...)}: bracket / trailing exit of an entry. Re-issuing the same id for the same
     * from_entry modifies it (keeping its reservation and trailing state); the same id may serve other entries.
     */
    public void exit(String id, ExitParams params) {
        requireBar("strategy.exit");
        desk.exit(id, params);
    }

    /** {@code strategy.close(id)}: closes the whole entry at the next fill opportunity. */
    public void close(String id) {
        close(id, Double.NaN, Double.NaN, null, null, false);
    }

    /** {@code strategy.close(...)}: closes (part of) the trades of entry {@code id}. */
    public void close(String id, double qty, double qtyPercent, String comment, String alertMessage,
            boolean immediately) {
        requireBar("strategy.close");
        desk.close(id, qty, qtyPercent, comment, alertMessage, immediately);
    }

    /** {@code strategy.close_all()}. */
    public void closeAll() {
        closeAll(null, null, false);
    }

    /** {@code strategy.close_all(comment, alert_message, immediately)}. */
    public void closeAll(String comment, String alertMessage, boolean immediately) {
        requireBar("strategy.close_all");
        desk.closeAll(comment, alertMessage, immediately);
    }

    /** {@code strategy.cancel(id)}: cancels every pending order (entry, order, exit, close) with that id. */
    public void cancel(String id) {
        core.orders.removeIf(o -> o.id.equals(id));
    }

    /** {@code strategy.cancel_all()}. */
    public void cancelAll() {
        core.orders.clear();
    }

    // ------------------------------------------------------------------ state the script reads

    public double positionSize() { return core.ledger.size(); }
    public double positionAvgPrice() { return core.ledger.avgPrice(); }
    /** {@code strategy.position_entry_name}: entry id of the oldest open trade, "" when flat. */
    public String positionEntryName() {
        List<OpenTrade> open = core.ledger.openTrades();
        return open.isEmpty() ? "" : open.get(0).entryId;
    }
    public double initialCapital() { return core.props.initialCapital(); }
    public double equity() { return core.equityAt(core.close); }
    /** {@code strategy.netprofit}: closed trades, minus the entry commission already paid on open trades. */
    public double netProfit() { return core.netProfit(); }
    public double openProfit() { return Double.isNaN(core.close) ? 0 : core.ledger.openProfit(core.close); }
    public double grossProfit() { return core.ledger.grossProfit; }
    /** {@code strategy.grossloss}: includes the entry commission already paid on open trades. */
    public double grossLoss() { return core.ledger.grossLoss + core.ledger.openCommission(); }
    public int closedTradesCount() { return core.ledger.closedTrades().size(); }
    public int openTradesCount() { return core.ledger.openTrades().size(); }
    public int winTrades() { return (int) core.ledger.closedTrades().stream().filter(t -> t.profit() > 0).count(); }
    public int lossTrades() { return (int) core.ledger.closedTrades().stream().filter(t -> t.profit() < 0).count(); }
    public int evenTrades() { return (int) core.ledger.closedTrades().stream().filter(t -> t.profit() == 0).count(); }
    public double maxDrawdown() { return equity.maxDrawdown; }
    public double maxRunup() { return equity.maxRunup; }
    public double maxContractsHeldAll() { return Math.max(core.ledger.maxContractsLong, core.ledger.maxContractsShort); }
    public double maxContractsHeldLong() { return core.ledger.maxContractsLong; }
    public double maxContractsHeldShort() { return core.ledger.maxContractsShort; }
    public double commissionPaid() { return core.ledger.commissionPaid; }
    /** Margin calls so far (each liquidated part of the position at the price that breached the margin). */
    public int marginCalls() { return core.marginCalls; }

    /** {@code strategy.closedtrades.*(index)}: closed trade {@code index} (0 = oldest). */
    public Trade closedTrade(int index) {
        return core.ledger.closedTrades().get(index);
    }

    /** {@code strategy.opentrades.*(index)}: open trade {@code index} marked to the current close. */
    public Trade openTrade(int index) {
        return core.ledger.openAsTrades(core.close, core.bar, core.time).get(index);
    }

    /** Every fill so far, oldest first (alerts, the "Orders" view). */
    public List<Fill> fills() {
        return List.copyOf(core.fills);
    }

    /** Pending orders (for debugging and the "Orders" view), oldest first, as "kind id". */
    public List<String> pendingOrders() {
        return core.orders.stream().map(o -> o.kind.name().toLowerCase() + " " + o.id).toList();
    }

    // ------------------------------------------------------------------ result

    /** Trades, equity curve and metrics so far; open trades are marked to the last close. */
    public BacktestResult result() {
        List<Trade> open = core.ledger.openAsTrades(core.close, core.bar, lastTime);
        return BacktestResults.build(core.props, core.ledger, open, equity, firstOpen, core.close, bars,
                core.marginCalls);
    }
}
