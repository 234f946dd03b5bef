package org.exhaustionlab.backtest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Compares our trades with a TradingView export, trade by trade, field by field. */
final class TradeComparison {
    static final ZoneId EXCHANGE = ZoneId.of("America/New_York");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    final List<String> mismatches = new ArrayList<>();
    int exact;
    int compared;

    static TradeComparison compare(List<TvTrade> expected, BacktestResult result) {
        TradeComparison c = new TradeComparison();
        List<Trade> ours = result.allTrades();
        if (ours.size() != expected.size()) {
            c.mismatches.add("trade count: TradingView " + expected.size() + ", ours " + ours.size());
        }
        for (int i = 0; i < Math.min(ours.size(), expected.size()); i++) {
            c.compareOne(expected.get(i), ours.get(i), result.properties());
        }
        return c;
    }

    private void compareOne(TvTrade tv, Trade t, StrategyProperties p) {
        compared++;
        List<String> diffs = new ArrayList<>();
        check(diffs, "direction", tv.direction(), t.isLong() ? "long" : "short");
        check(diffs, "entry signal", tv.entrySignal(), t.entrySignal());
        check(diffs, "exit signal", tv.exitSignal(), t.exitSignal());
        check(diffs, "entry time", tv.entryTime(), format(t.entryTime()));
        check(diffs, "exit time", tv.exitTime(), format(t.exitTime()));
        near(diffs, "entry price", tv.entryPrice(), t.entryPrice(), 1e-9);
        near(diffs, "exit price", tv.exitPrice(), t.exitPrice(), 1e-9);
        near(diffs, "qty", tv.qty(), t.qty(), 1e-9);
        near(diffs, "net P&L", tv.netPnl(), t.profit(), TvTrade.halfUlpOfText(tv.netPnl()) + 1e-12);
        near(diffs, "net P&L %", tv.netPnlPercent(), t.profitPercent(p.pointValue()),
                TvTrade.halfUlpOfText(tv.netPnlPercent()) + 1e-9);
        if (diffs.isEmpty()) {
            exact++;
        } else {
            mismatches.add("trade #" + tv.number() + ": " + String.join("; ", diffs));
        }
    }

    static String format(long time) {
        return TIME.format(Instant.ofEpochMilli(time).atZone(EXCHANGE));
    }

    private static void check(List<String> diffs, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            diffs.add(what + " TV " + expected + " ours " + actual);
        }
    }

    private static void near(List<String> diffs, String what, String expected, double actual, double tolerance) {
        if (!(Math.abs(Double.parseDouble(expected) - actual) <= tolerance)) {
            diffs.add(what + " TV " + expected + " ours " + actual);
        }
    }
}
