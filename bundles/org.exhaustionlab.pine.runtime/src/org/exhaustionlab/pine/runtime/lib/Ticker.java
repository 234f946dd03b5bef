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

    /**
     * {@code ticker.standard}: the ticker identifier without modifiers. TradingView writes a modified identifier as
     * {@code ={"session":"extended","symbol":"NASDAQ:AAPL"}}; its "symbol" member is the standard identifier. Plain
     * identifiers ("BINANCE:BTCUSDT") are standard already; na for na.
     */
    public static String standard(String tickerId) {
        if (tickerId == null || !tickerId.startsWith("={")) {
            return tickerId;
        }
        java.util.regex.Matcher m = SYMBOL_MEMBER.matcher(tickerId);
        return m.find() ? m.group(1) : tickerId;
    }

    private static final java.util.regex.Pattern SYMBOL_MEMBER =
            java.util.regex.Pattern.compile("\"symbol\"\\s*:\\s*\"([^\"]*)\"");

    /** {@code ticker.new(prefix, ticker)}: "PREFIX:TICKER" ("TICKER" for an empty prefix); na when ticker is na. */
    public static String of(String prefix, String ticker) {
        if (ticker == null) {
            return null;
        }
        return prefix == null || prefix.isEmpty() ? ticker : prefix + ":" + ticker;
    }

    /** "BTCUSDT" for "BINANCE:BTCUSDT" (and for "BTCUSDT"); na for na. */
    public static String ticker(String symbol) {
        if (symbol == null) {
            return null;
        }
        int colon = symbol.indexOf(':');
        return colon < 0 ? symbol : symbol.substring(colon + 1);
    }

    /** {@code ticker.heikinashi}: the standard identifier marked as a Heikin Ashi chart; na for na. */
    public static String heikinAshi(String symbol) {
        if (symbol == null) {
            return null;
        }
        return "={\"symbol\":\"" + standard(symbol) + "\",\"type\":\"heikinashi\"}";
    }

    /** True when the identifier asks for Heikin Ashi bars ({@link #heikinAshi}). */
    public static boolean isHeikinAshi(String tickerId) {
        return tickerId != null && tickerId.startsWith("={") && tickerId.contains("\"type\":\"heikinashi\"");
    }
}
