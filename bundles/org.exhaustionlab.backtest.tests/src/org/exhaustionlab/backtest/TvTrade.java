package org.exhaustionlab.backtest;

import java.util.ArrayList;
import java.util.List;

/** One trade (entry row + exit row) of a TradingView "List of trades" export, values kept as written. */
record TvTrade(int number, String direction, String entryTime, String entrySignal, String entryPrice,
        String exitTime, String exitSignal, String exitPrice, String qty, String netPnl, String netPnlPercent,
        String entryRow, String exitRow) {

    boolean open() {
        return exitSignal.equals("Open");
    }

    /** Parses the export (header line, then entry/exit row pairs with the same Trade #). */
    static List<TvTrade> parse(List<String> lines) {
        List<TvTrade> trades = new ArrayList<>();
        for (int i = 1; i + 1 < lines.size(); i += 2) {
            String[] e = lines.get(i).split(",", -1);
            String[] x = lines.get(i + 1).split(",", -1);
            if (!e[0].equals(x[0]) || !e[1].startsWith("Entry ") || !x[1].startsWith("Exit ")) {
                throw new IllegalStateException("trade list line " + (i + 1) + ": expected an entry/exit pair");
            }
            trades.add(new TvTrade(Integer.parseInt(e[0]), e[1].substring(6), e[2], e[3], e[4], x[2], x[3], x[4],
                    e[5], x[7], x[8], lines.get(i), lines.get(i + 1)));
        }
        return trades;
    }

    /** Half a unit of the last written digit: the rounding error of a value printed as {@code s}. */
    static double halfUlpOfText(String s) {
        String m = s.toLowerCase();
        int exp = 0;
        int e = m.indexOf('e');
        if (e >= 0) {
            exp = Integer.parseInt(m.substring(e + 1));
            m = m.substring(0, e);
        }
        int dot = m.indexOf('.');
        int decimals = dot < 0 ? 0 : m.length() - dot - 1;
        return 0.5 * Math.pow(10, exp - decimals);
    }
}
