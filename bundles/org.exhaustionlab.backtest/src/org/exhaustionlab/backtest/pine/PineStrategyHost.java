package org.exhaustionlab.backtest.pine;

import java.util.Locale;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Broker;
import org.exhaustionlab.backtest.CloseEntriesRule;
import org.exhaustionlab.backtest.CommissionType;
import org.exhaustionlab.backtest.Direction;
import org.exhaustionlab.backtest.ExitParams;
import org.exhaustionlab.backtest.OcaType;
import org.exhaustionlab.backtest.QtyType;
import org.exhaustionlab.backtest.RiskRules;
import org.exhaustionlab.backtest.StrategyProperties;
import org.exhaustionlab.backtest.Trade;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.pine.runtime.strategy.FillPoint;
import org.exhaustionlab.pine.runtime.strategy.StrategyCall;
import org.exhaustionlab.pine.runtime.strategy.StrategyHost;

/**
 * Connects a Pine strategy script to the broker emulator: the runtime reports every {@code strategy.*} call, the
 * broker fills orders bar by bar on the same bars, and the script reads the broker's state back.
 * <p>
 * Not thread-safe: one host per run.
 */
public final class PineStrategyHost implements StrategyHost {

    private final BarSeries bars;
    private final Symbol symbol;
    private Broker broker;
    private StrategyProperties.Builder properties;
    private RiskRules risk = RiskRules.NONE;
    private int bar = -1;

    /** {@code mintick} NaN = the bars' symbol tick size. */
    public PineStrategyHost(BarSeries bars, double mintick) {
        this.bars = bars;
        this.symbol = Double.isNaN(mintick) ? bars.symbol() : bars.symbol().withTickSize(mintick);
    }

    /** The backtest after the run (trades, equity curve, metrics). */
    public BacktestResult result() {
        if (broker == null) {
            throw new IllegalStateException("the script never declared strategy(): it is not a strategy");
        }
        return broker.result();
    }

    public Broker broker() {
        return broker;
    }

    @Override
    public void declare(StrategyCall d) {
        StrategyProperties.Builder p = StrategyProperties.builder();
        double capital = d.number("initial_capital");
        if (!Double.isNaN(capital)) {
            p.initialCapital(capital);
        }
        String currency = d.string("currency");
        if (currency != null && !currency.isEmpty() && !suffix(currency).equals("none")) {
            p.currency(suffix(currency).toUpperCase(Locale.ROOT));
        }
        String qtyType = d.string("default_qty_type");
        double qtyValue = d.number("default_qty_value");
        if (qtyType != null || !Double.isNaN(qtyValue)) {
            p.defaultQty(qtyType(qtyType), Double.isNaN(qtyValue) ? 1 : qtyValue);
        }
        String commissionType = d.string("commission_type");
        double commission = d.number("commission_value");
        if (commissionType != null || !Double.isNaN(commission)) {
            p.commission(commissionType(commissionType), Double.isNaN(commission) ? 0 : commission);
        }
        p.slippageTicks(intArg(d, "slippage", 0));
        p.pyramiding(intArg(d, "pyramiding", 0));
        p.processOrdersOnClose(d.bool("process_orders_on_close", false));
        p.calcOnOrderFills(d.bool("calc_on_order_fills", false));
        p.calcOnEveryTick(d.bool("calc_on_every_tick", false));
        p.useBarMagnifier(d.bool("use_bar_magnifier", false));
        p.fillLimitsAssumptionTicks(intArg(d, "backtest_fill_limits_assumption", 0));
        String rule = d.string("close_entries_rule");
        if (rule != null) {
            p.closeEntriesRule(suffix(rule).equalsIgnoreCase("any") ? CloseEntriesRule.ANY : CloseEntriesRule.FIFO);
        }
        double marginLong = d.number("margin_long");
        double marginShort = d.number("margin_short");
        if (!Double.isNaN(marginLong) || !Double.isNaN(marginShort)) {
            p.margin(Double.isNaN(marginLong) ? 100 : marginLong, Double.isNaN(marginShort) ? 100 : marginShort);
        }
        properties = p;
        broker = new Broker(p.build(), symbol);
    }

    @Override
    public void beforeBar(int index) {
        bar = index;
        broker().beginBar(index, bars.time(index), bars.open(index), bars.high(index), bars.low(index),
                bars.close(index), bars.volume(index));
    }

    @Override
    public boolean recalculatesOnFills() {
        return broker().properties().calcOnOrderFills();
    }

    @Override
    public FillPoint nextFillPoint(int index) {
        double price = broker().nextFillPoint();
        return Double.isNaN(price) ? null : new FillPoint(price, broker.barHighSoFar(), broker.barLowSoFar());
    }

    @Override
    public void finishBarPath(int index) {
        broker().finishBarPath();
    }

    @Override
    public void afterBar(int index) {
        broker().endBar();
    }

    @Override
    public void call(StrategyCall c) {
        switch (c.function()) {
        case "entry":
            broker.entry(c.string("id"), direction(c), c.number("qty"), c.number("limit"), c.number("stop"),
                    c.string("oca_name"), ocaType(c.string("oca_type")), c.string("comment"), c.string("alert_message"));
            break;
        case "order":
            broker.order(c.string("id"), direction(c), c.number("qty"), c.number("limit"), c.number("stop"),
                    c.string("oca_name"), ocaType(c.string("oca_type")), c.string("comment"), c.string("alert_message"));
            break;
        case "exit":
            broker.exit(c.string("id"), ExitParams.builder().fromEntry(c.string("from_entry")).qty(c.number("qty"))
                    .qtyPercent(c.number("qty_percent")).profit(c.number("profit")).limit(c.number("limit"))
                    .loss(c.number("loss")).stop(c.number("stop")).trailPrice(c.number("trail_price"))
                    .trailPoints(c.number("trail_points")).trailOffset(c.number("trail_offset"))
                    .ocaName(c.string("oca_name")).comment(c.string("comment"))
                    .commentProfit(c.string("comment_profit")).commentLoss(c.string("comment_loss"))
                    .commentTrailing(c.string("comment_trailing")).alertMessage(c.string("alert_message")).build());
            break;
        case "close":
            broker.close(c.string("id"), c.number("qty"), c.number("qty_percent"), c.string("comment"),
                    c.string("alert_message"), c.bool("immediately", false));
            break;
        case "close_all":
            broker.closeAll(c.string("comment"), c.string("alert_message"), c.bool("immediately", false));
            break;
        case "cancel":
            broker.cancel(c.string("id"));
            break;
        case "cancel_all":
            broker.cancelAll();
            break;
        default:
            if (c.function().startsWith("risk.")) {
                risk(c);
                break;
            }
            throw new IllegalArgumentException("strategy." + c.function() + " is not supported by the backtester");
        }
    }

    @Override
    public double variable(String name) {
        switch (name) {
        case "position_size": return broker.positionSize();
        case "position_avg_price": return broker.positionSize() == 0 ? Double.NaN : broker.positionAvgPrice();
        case "equity": return broker.equity();
        case "netprofit": return broker.netProfit();
        case "openprofit": return broker.openProfit();
        case "grossprofit": return broker.grossProfit();
        case "grossloss": return broker.grossLoss();
        case "initial_capital": return broker.initialCapital();
        case "closedtrades": return broker.closedTradesCount();
        case "opentrades": return broker.openTradesCount();
        case "wintrades": return broker.winTrades();
        case "losstrades": return broker.lossTrades();
        case "eventrades": return broker.evenTrades();
        case "max_drawdown": return broker.maxDrawdown();
        case "max_runup": return broker.maxRunup();
        case "max_contracts_held_all": return broker.maxContractsHeldAll();
        case "max_contracts_held_long": return broker.maxContractsHeldLong();
        case "max_contracts_held_short": return broker.maxContractsHeldShort();
        default: return Double.NaN;
        }
    }

    @Override
    public String text(String name) {
        return name.equals("position_entry_name") ? broker.positionEntryName() : null;
    }

    @Override
    public double function(String name, double[] args) {
        boolean closed = name.startsWith("closedtrades.");
        if (!closed && !name.startsWith("opentrades.")) {
            return Double.NaN;
        }
        int count = closed ? broker.closedTradesCount() : broker.openTradesCount();
        if (args.length == 0 || Double.isNaN(args[0]) || args[0] < 0 || args[0] >= count) {
            return Double.NaN;
        }
        Trade t = closed ? broker.closedTrade((int) args[0]) : broker.openTrade((int) args[0]);
        double pv = broker.properties().pointValue();
        switch (name.substring(name.indexOf('.') + 1)) {
        case "entry_price": return t.entryPrice();
        case "exit_price": return closed ? t.exitPrice() : Double.NaN;
        case "entry_time": return t.entryTime();
        case "exit_time": return closed ? t.exitTime() : Double.NaN;
        case "entry_bar_index": return t.entryBarIndex();
        case "exit_bar_index": return closed ? t.exitBarIndex() : Double.NaN;
        case "size": return t.signedSize();
        case "profit": return t.profit();
        case "profit_percent": return t.profitPercent(pv);
        case "commission": return t.commission();
        case "max_runup": return t.maxRunup();
        case "max_drawdown": return t.maxDrawdown();
        default: return Double.NaN;
        }
    }

    @Override
    public String textFunction(String name, double[] args) {
        boolean closed = name.startsWith("closedtrades.");
        if (!closed && !name.startsWith("opentrades.")) {
            return null;
        }
        int count = closed ? broker.closedTradesCount() : broker.openTradesCount();
        if (args.length == 0 || Double.isNaN(args[0]) || args[0] < 0 || args[0] >= count) {
            return null;
        }
        Trade t = closed ? broker.closedTrade((int) args[0]) : broker.openTrade((int) args[0]);
        switch (name.substring(name.indexOf('.') + 1)) {
        case "entry_id": return t.entryId();
        case "entry_comment": return t.entryComment();
        // an open trade has no exit yet: na, as TradingView (opentrades.* has no exit_id/exit_comment at all)
        case "exit_id": return closed ? t.exitId() : null;
        case "exit_comment": return closed ? t.exitComment() : null;
        default: return null;
        }
    }

    /**
     * strategy.risk.* rules are properties of the broker: scripts call them at the top level, so they arrive on the
     * first bar (the broker is rebuilt before anything was ordered) and then again unchanged on every bar.
     */
    private void risk(StrategyCall c) {
        boolean percent = "percent_of_equity".equals(c.string("type") == null ? null : suffix(c.string("type")));
        RiskRules updated;
        switch (c.function()) {
        case "risk.allow_entry_in":
            String d = c.string("value");
            updated = d == null || suffix(d).equals("all") ? risk.withAllowEntryIn(null)
                    : risk.withAllowEntryIn(suffix(d).equals("short") ? Direction.SHORT : Direction.LONG);
            break;
        case "risk.max_position_size": updated = risk.withMaxPositionSize(c.number("contracts")); break;
        case "risk.max_drawdown": updated = risk.withMaxDrawdown(c.number("value"), percent); break;
        case "risk.max_intraday_loss": updated = risk.withMaxIntradayLoss(c.number("value"), percent); break;
        case "risk.max_cons_loss_days": updated = risk.withMaxConsLossDays(intArg(c, "count", 0)); break;
        case "risk.max_intraday_filled_orders": updated = risk.withMaxIntradayFilledOrders(intArg(c, "count", 0)); break;
        default: throw new IllegalArgumentException("strategy." + c.function() + " is not supported by the backtester");
        }
        if (updated.equals(risk)) {
            return;
        }
        if (bar > 0 || broker.fills().size() > 0) {
            throw new IllegalArgumentException("strategy." + c.function() + " changed its value after the first bar; "
                    + "risk rules must be fixed (call them at the top level with constant values)");
        }
        risk = updated;
        broker = new Broker(properties.risk(risk).build(), symbol);
        if (bar == 0) {
            broker.beginBar(0, bars.time(0), bars.open(0), bars.high(0), bars.low(0), bars.close(0), bars.volume(0));
        }
    }

    private static Direction direction(StrategyCall c) {
        String d = c.string("direction");
        if (d == null) {
            throw new IllegalArgumentException("strategy." + c.function() + " needs a direction (strategy.long or strategy.short)");
        }
        return suffix(d).equalsIgnoreCase("short") ? Direction.SHORT : Direction.LONG;
    }

    private static QtyType qtyType(String s) {
        if (s == null) {
            return QtyType.FIXED;
        }
        switch (suffix(s)) {
        case "cash": return QtyType.CASH;
        case "percent_of_equity": return QtyType.PERCENT_OF_EQUITY;
        default: return QtyType.FIXED;
        }
    }

    private static CommissionType commissionType(String s) {
        if (s == null) {
            return CommissionType.PERCENT;
        }
        switch (suffix(s)) {
        case "cash_per_contract": return CommissionType.CASH_PER_CONTRACT;
        case "cash_per_order": return CommissionType.CASH_PER_ORDER;
        default: return CommissionType.PERCENT;
        }
    }

    private static OcaType ocaType(String s) {
        if (s == null) {
            return OcaType.NONE;
        }
        switch (suffix(s)) {
        case "cancel": return OcaType.CANCEL;
        case "reduce": return OcaType.REDUCE;
        default: return OcaType.NONE;
        }
    }

    private static int intArg(StrategyCall c, String name, int fallback) {
        double v = c.number(name);
        return Double.isNaN(v) ? fallback : (int) v;
    }

    /** "strategy.percent_of_equity" and "percent_of_equity" both give "percent_of_equity". */
    private static String suffix(String s) {
        return s.substring(s.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
