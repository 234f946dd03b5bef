package org.exhaustionlab.ui.chart;

import java.util.Locale;

/**
 * One strategy trade on the chart: an entry arrow and, once closed, an exit arrow joined by a line coloured by the
 * trade's result.
 *
 * @param number     trade number (1-based), shown in the readout
 * @param isLong     long (entry arrow up below the bar) or short (arrow down above the bar)
 * @param entryBar   bar index of the entry fill
 * @param entryPrice entry fill price
 * @param exitBar    bar index of the exit fill (the last bar while the trade is open)
 * @param exitPrice  exit fill price (the last close while open)
 * @param profit     net profit in money (open profit while open)
 * @param open       true while the trade is still open (no exit arrow)
 * @param signal     entry signal name (id or comment)
 */
public record TradeMarker(int number, boolean isLong, int entryBar, double entryPrice, int exitBar, double exitPrice,
        double profit, boolean open, String signal) {

    public TradeMarker {
        if (entryBar < 0 || exitBar < entryBar) {
            throw new IllegalArgumentException("trade #" + number + " has entry bar " + entryBar + " and exit bar "
                    + exitBar);
        }
        signal = signal == null ? "" : signal;
    }

    /** Readout and tooltip text for this trade at {@code bar} (its entry or exit bar). */
    public String describe(int bar) {
        StringBuilder text = new StringBuilder();
        if (bar == entryBar) {
            text.append(String.format(Locale.ROOT, "#%d %s entry %s @ %s", number, isLong ? "long" : "short",
                    signal.isEmpty() ? "" : "'" + signal + "'", price(entryPrice)));
        }
        if (bar == exitBar && !open) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(String.format(Locale.ROOT, "#%d exit @ %s, P&L %+.2f", number, price(exitPrice), profit));
        }
        return text.toString().replace("  ", " ");
    }

    private static String price(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%,.2f" : "%.4f", v);
    }
}
