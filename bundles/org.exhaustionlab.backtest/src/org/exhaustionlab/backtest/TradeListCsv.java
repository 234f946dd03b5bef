package org.exhaustionlab.backtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes TradingView's "List of trades" CSV: for each trade an entry row then an exit row ("Open" signal for a
 * trade still open), times as {@code 2022-01-03T14:00:00-0500} in the chart's time zone, numbers as in
 * {@link ExportNumbers}. Column names carry the currency ("Price USD").
 */
public final class TradeListCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    private TradeListCsv() {
    }

    public static String header(String currency) {
        return "Trade #,Type,Date/Time,Signal,Price " + currency + ",Position size (qty),Position size (value),"
                + "Net P&L " + currency + ",Net P&L %,Run-up " + currency + ",Run-up %,Drawdown " + currency
                + ",Drawdown %,Cumulative P&L " + currency + ",Cumulative P&L %";
    }

    /** The whole file, lines ending in '\n'. */
    public static String toCsv(BacktestResult result, ZoneId zone) {
        StringBuilder sb = new StringBuilder();
        write(result, zone, sb);
        return sb.toString();
    }

    public static void write(BacktestResult result, ZoneId zone, Appendable out) {
        StrategyProperties p = result.properties();
        try {
            out.append(header(p.currency())).append('\n');
            List<Trade> trades = result.allTrades();
            for (int i = 0; i < trades.size(); i++) {
                Trade t = trades.get(i);
                String side = t.isLong() ? "long" : "short";
                String common = common(t, p, t.cumulativeProfit());
                out.append(row(i + 1, "Entry " + side, t.entryTime(), zone, t.entrySignal(), t.entryPrice(), common));
                out.append(row(i + 1, "Exit " + side, t.exitTime(), zone, t.exitSignal(), t.exitPrice(), common));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trade list", e);
        }
    }

    private static String row(int number, String type, long time, ZoneId zone, String signal, double price,
            String common) {
        return number + "," + type + "," + TIME.format(Instant.ofEpochMilli(time).atZone(zone)) + ","
                + quote(signal) + "," + ExportNumbers.plain(price) + "," + common + "\n";
    }

    private static String common(Trade t, StrategyProperties p, double cumulative) {
        double pv = p.pointValue();
        double cost = t.costBasis(pv);
        return ExportNumbers.plain(t.qty()) + "," + ExportNumbers.plain(t.entryValue(pv)) + ","
                + ExportNumbers.money(t.profit()) + "," + ExportNumbers.percent(t.profit() / cost * 100) + ","
                + ExportNumbers.money(t.maxRunup()) + "," + ExportNumbers.percent(t.maxRunup() / cost * 100) + ","
                + ExportNumbers.money(-t.maxDrawdown()) + ","
                + ExportNumbers.percent(-t.maxDrawdown() / cost * 100) + "," + ExportNumbers.money(cumulative)
                + "," + ExportNumbers.percent(cumulative / p.initialCapital() * 100);
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
