package org.exhaustionlab.pine.runtime.interp;

import java.util.Set;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.catalog.ValueSig;

/**
 * The rest of syminfo.*, the dayofweek.* constants, and the variables whose data a 24/7 crypto pair does not have
 * (company fundamentals, analyst ratings, futures contracts, dividends, earnings, bid/ask outside the tick chart):
 * those read na, as TradingView gives for symbols without such data.
 */
final class SymbolVariables {
    private SymbolVariables() {
    }

    /** Variables that are na for crypto pairs; the catalog gives their types. */
    static final Set<String> NO_DATA = Set.of("syminfo.country", "syminfo.isin", "syminfo.sector",
            "syminfo.industry", "syminfo.employees", "syminfo.shareholders", "syminfo.shares_outstanding_float",
            "syminfo.shares_outstanding_total", "syminfo.recommendations_buy", "syminfo.recommendations_buy_strong",
            "syminfo.recommendations_hold", "syminfo.recommendations_sell", "syminfo.recommendations_sell_strong",
            "syminfo.recommendations_total", "syminfo.recommendations_date", "syminfo.target_price_average",
            "syminfo.target_price_median", "syminfo.target_price_high", "syminfo.target_price_low",
            "syminfo.target_price_estimates", "syminfo.target_price_date", "syminfo.expiration_date",
            "syminfo.current_contract", "dividends.future_amount", "dividends.future_ex_date",
            "dividends.future_pay_date", "earnings.future_eps", "earnings.future_revenue", "earnings.future_time",
            "earnings.future_period_end_time", "ask", "bid");

    static Ex variable(Compiler comp, String name, SourceRange pos) {
        switch (name) {
            case "dayofweek.sunday":
                return new Lit.L(Kind.INT, 1, pos);
            case "dayofweek.monday":
                return new Lit.L(Kind.INT, 2, pos);
            case "dayofweek.tuesday":
                return new Lit.L(Kind.INT, 3, pos);
            case "dayofweek.wednesday":
                return new Lit.L(Kind.INT, 4, pos);
            case "dayofweek.thursday":
                return new Lit.L(Kind.INT, 5, pos);
            case "dayofweek.friday":
                return new Lit.L(Kind.INT, 6, pos);
            case "dayofweek.saturday":
                return new Lit.L(Kind.INT, 7, pos);
            case "syminfo.prefix":
                // the exchange of the data ("BINANCE"), "" when unknown
                return new Ex(Kind.STRING, pos) {
                    @Override
                    Object o(Frame f) {
                        return f.ctx.bars.symbol().exchange();
                    }
                };
            case "syminfo.root":
                // a crypto pair is not a futures contract: its root is its ticker
                return new Ex(Kind.STRING, pos) {
                    @Override
                    Object o(Frame f) {
                        return f.ctx.bars.symbol().name();
                    }
                };
            case "syminfo.session":
                // crypto trades around the clock: the regular session is the whole day (compares equal to
                // session.regular, which like every enum-like constant is carried as its own name)
                return new Lit.O(Kind.STRING, "session.regular", pos);
            case "syminfo.minmove":
                return new Lit.L(Kind.INT, 1, pos);
            case "syminfo.pricescale":
                // mintick = minmove / pricescale with minmove 1
                return new BuiltinVariables.IntVar(pos) {
                    @Override
                    long l(Frame f) {
                        return Math.round(1 / f.ctx.mintick);
                    }
                };
            case "syminfo.mincontract":
                return new BuiltinVariables.FloatVar(pos) {
                    @Override
                    double d(Frame f) {
                        return f.ctx.bars.symbol().lotSize();
                    }
                };
            case "syminfo.volumetype":
                // exchange candles count volume in the base asset
                return new Lit.O(Kind.STRING, "base", pos);
            default:
                break;
        }
        if (NO_DATA.contains(name)) {
            ValueSig sig = comp.catalog.value(name).orElse(null);
            Kind k = sig == null ? null : Builtins.kindOf(sig.type());
            return Lit.na(k == null ? Kind.FLOAT : k, pos);
        }
        return null;
    }
}
