package org.exhaustionlab.feed.okx;

import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BarValidation;
import org.exhaustionlab.market.Timeframe;

/**
 * OKX candles: the bar codes for our timeframes and the row format {@code ["ts","o","h","l","c","vol","volCcy",
 * "volCcyQuote","confirm"]} shared by REST ({@code /market/candles}, {@code /market/history-candles}) and the
 * WebSocket {@code candle*} channels. All fields are strings; for spot, {@code vol} is in the base currency, which is
 * what {@link Bar#volume()} holds.
 */
final class OkxCandles {

    /**
     * Our timeframe → OKX bar code. From 6 hours up OKX's plain codes open at Hong Kong time (UTC+8); the {@code utc}
     * variants open at 00:00 UTC like our {@link Timeframe}. Up to 4 hours both coincide (8 h is a multiple of them).
     * OKX has no 8-hour and no epoch-aligned 3-day bar, so {@link Timeframe#HOUR_8} and {@link Timeframe#DAY_3} are
     * not served.
     */
    private static final Map<Timeframe, String> BARS = new EnumMap<>(Timeframe.class);

    static {
        BARS.put(Timeframe.MINUTE_1, "1m");
        BARS.put(Timeframe.MINUTE_3, "3m");
        BARS.put(Timeframe.MINUTE_5, "5m");
        BARS.put(Timeframe.MINUTE_15, "15m");
        BARS.put(Timeframe.MINUTE_30, "30m");
        BARS.put(Timeframe.HOUR_1, "1H");
        BARS.put(Timeframe.HOUR_2, "2H");
        BARS.put(Timeframe.HOUR_4, "4H");
        BARS.put(Timeframe.HOUR_6, "6Hutc");
        BARS.put(Timeframe.HOUR_12, "12Hutc");
        BARS.put(Timeframe.DAY_1, "1Dutc");
        BARS.put(Timeframe.WEEK_1, "1Wutc");
        BARS.put(Timeframe.MONTH_1, "1Mutc");
    }

    private OkxCandles() {
    }

    /** One parsed candle; {@code confirmed} is OKX's {@code confirm == "1"} (the bar has closed). */
    record Candle(Bar bar, boolean confirmed) {
    }

    static boolean supports(Timeframe tf) {
        return BARS.containsKey(tf);
    }

    static java.util.Set<Timeframe> timeframes() {
        return java.util.Collections.unmodifiableSet(BARS.keySet());
    }

    /**
     * The OKX bar code of {@code tf}, e.g. {@code "1H"}, {@code "1Dutc"}.
     *
     * @throws IllegalArgumentException for timeframes OKX has no UTC-aligned bar for
     */
    static String bar(Timeframe tf) {
        String code = BARS.get(tf);
        if (code == null) {
            throw new IllegalArgumentException("OKX has no " + tf.code() + " candles (it serves "
                    + String.join(" ", BARS.keySet().stream().map(Timeframe::code).toList()) + ")");
        }
        return code;
    }

    /** Our timeframe for an OKX bar code (inverse of {@link #bar}), or {@code null}. */
    static Timeframe timeframeOf(String okxBar) {
        for (Map.Entry<Timeframe, String> e : BARS.entrySet()) {
            if (e.getValue().equals(okxBar)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * Parses one candle row and checks it: prices consistent, open time on {@code tf}'s UTC grid.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static Candle parse(JsonNode row, Timeframe tf) {
        if (row == null || !row.isArray() || row.size() < 9) {
            throw new IllegalArgumentException("candle is not an array of 9 fields: " + abbreviate(row));
        }
        long ts = integer(row.get(0), "ts");
        Bar bar = new Bar(ts, number(row.get(1), "o"), number(row.get(2), "h"), number(row.get(3), "l"),
                number(row.get(4), "c"), number(row.get(5), "vol"));
        String problem = BarValidation.problem(bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        if (problem != null) {
            throw new IllegalArgumentException("candle at " + java.time.Instant.ofEpochMilli(ts) + ": " + problem);
        }
        if (tf.openTimeOf(ts) != ts) {
            throw new IllegalArgumentException("candle at " + java.time.Instant.ofEpochMilli(ts) + " does not open on"
                    + " the UTC " + tf.code() + " grid");
        }
        String confirm = row.get(8).asText("");
        if (!confirm.equals("0") && !confirm.equals("1")) {
            throw new IllegalArgumentException("candle confirm flag is '" + confirm + "', expected \"0\" or \"1\"");
        }
        return new Candle(bar, confirm.equals("1"));
    }

    /** A decimal given as string (OKX's way) or as JSON number. */
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

    /** An integer (epoch ms) given as string (OKX's way) or as JSON number. */
    static long integer(JsonNode n, String field) {
        if (n != null && n.isTextual()) {
            try {
                return Long.parseLong(n.asText());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + " '" + n.asText() + "' is not an integer");
            }
        }
        if (n != null && n.isIntegralNumber() && n.canConvertToLong()) {
            return n.asLong();
        }
        throw new IllegalArgumentException(field + " is missing or not an integer");
    }

    static String abbreviate(Object o) {
        String s = String.valueOf(o).replace('\n', ' ');
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
