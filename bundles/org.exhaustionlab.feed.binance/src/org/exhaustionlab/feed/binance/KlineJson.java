package org.exhaustionlab.feed.binance;

import com.fasterxml.jackson.databind.JsonNode;

import org.exhaustionlab.market.Bar;

/**
 * Binance kline payloads: the REST array form {@code [openTime, "open", "high", "low", "close", "volume", closeTime,
 * "quoteVolume", trades, "takerBase", "takerQuote", "ignore"]} and the stream object {@code "k":{"t","T","o","c","h",
 * "l","v","x",...}}. Prices are decimal strings.
 */
final class KlineJson {

    /** Times at or above this are microseconds (year 5138 in ms; 1973 in µs). */
    private static final long MICROS_THRESHOLD = 100_000_000_000_000L;

    private KlineJson() {
    }

    /** A parsed kline: the bar and its close time (open + interval - 1 ms on Binance). */
    record Kline(Bar bar, long closeTime) {
    }

    /**
     * Epoch milliseconds from a Binance time that may be in microseconds (when the {@code timeUnit} is MICROSECOND,
     * as on newer endpoints and SBE streams): values with 16+ digits are divided by 1000.
     */
    static long toMillis(long binanceTime) {
        return Math.abs(binanceTime) >= MICROS_THRESHOLD ? Math.floorDiv(binanceTime, 1000L) : binanceTime;
    }

    /** Parses one REST kline array. */
    static Kline fromArray(JsonNode a) {
        if (!a.isArray() || a.size() < 7) {
            throw new IllegalArgumentException("kline is not an array of 12 fields: " + abbreviate(a));
        }
        long open = toMillis(integer(a.get(0), "open time"));
        Bar bar = new Bar(open, number(a.get(1), "open"), number(a.get(2), "high"), number(a.get(3), "low"),
                number(a.get(4), "close"), number(a.get(5), "volume"));
        return new Kline(bar, toMillis(integer(a.get(6), "close time")));
    }

    /** Parses a stream kline object {@code k}; {@code closed} is its {@code x} flag. */
    static Kline fromStream(JsonNode k) {
        if (!k.isObject()) {
            throw new IllegalArgumentException("kline 'k' is not an object");
        }
        long open = toMillis(integer(k.get("t"), "t (open time)"));
        Bar bar = new Bar(open, number(k.get("o"), "o (open)"), number(k.get("h"), "h (high)"),
                number(k.get("l"), "l (low)"), number(k.get("c"), "c (close)"), number(k.get("v"), "v (volume)"));
        return new Kline(bar, toMillis(integer(k.get("T"), "T (close time)")));
    }

    /** A decimal given as string (Binance's way) or as JSON number. */
    static double number(JsonNode n, String field) {
        if (n != null && n.isTextual()) {
            try {
                return Double.parseDouble(n.asText());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + " '" + n.asText() + "' is not a number");
            }
        }
        if (n != null && n.isNumber()) {
            return n.asDouble();
        }
        throw new IllegalArgumentException(field + " is missing or not a number");
    }

    static long integer(JsonNode n, String field) {
        if (n != null && n.canConvertToLong() && n.isIntegralNumber()) {
            return n.asLong();
        }
        throw new IllegalArgumentException(field + " is missing or not an integer");
    }

    static String abbreviate(JsonNode n) {
        String s = String.valueOf(n);
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
