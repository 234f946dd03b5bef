package org.exhaustionlab.pine.runtime.lib;

/** {@code syminfo.prefix(symbol)} and {@code syminfo.ticker(symbol)} of a ticker identifier "PREFIX:TICKER". */
public final class Ticker {
    private Ticker() {
    }

    /** "BINANCE" for "BINANCE:BTCUSDT"; "" when there is no prefix; na for na. */
    public static String prefix(String symbol) {
        if (symbol == null) {
            return null;
        }
        int colon = symbol.indexOf(':');
        return colon < 0 ? "" : symbol.substring(0, colon);
    }

    /** "BTCUSDT" for "BINANCE:BTCUSDT" (and for "BTCUSDT"); na for na. */
    public static String ticker(String symbol) {
        if (symbol == null) {
            return null;
        }
        int colon = symbol.indexOf(':');
        return colon < 0 ? symbol : symbol.substring(colon + 1);
    }
}
