package org.exhaustionlab.feed.binance;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BarValidation;
import org.exhaustionlab.market.BookTicker;

/**
 * One frame of a combined stream, {@code {"stream":"btcusdt@kline_1m","data":{...}}}, parsed.
 */
sealed interface StreamEvent {

    /** A kline update: the forming bar changed, or ({@code closed}) the bar closed. */
    record KlineUpdate(String symbol, String interval, Bar bar, boolean closed) implements StreamEvent {
    }

    /** Best bid/ask ({@code u,s,b,B,a,A}). */
    record Quote(String symbol, BookTicker ticker) implements StreamEvent {
    }

    /** A well-formed frame that carries no market data (e.g. {@code {"result":null,"id":1}}). */
    record Other(String description) implements StreamEvent {
    }

    /**
     * Parses a frame.
     *
     * @param nowMs time stamp for quotes without an event time (spot bookTicker has none)
     * @throws IllegalArgumentException for a malformed frame, saying what is wrong
     */
    static StreamEvent parse(String text, long nowMs) {
        JsonNode root;
        try {
            root = BinanceRest.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + abbreviate(text));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object: " + abbreviate(text));
        }
        if (!root.has("stream")) {
            return new Other(abbreviate(text));
        }
        String stream = root.path("stream").asText("");
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            throw new IllegalArgumentException("frame of " + stream + " has no 'data' object");
        }
        if (stream.contains("@kline_")) {
            JsonNode k = data.path("k");
            KlineJson.Kline kline = KlineJson.fromStream(k);
            Bar b = kline.bar();
            String problem = BarValidation.problem(b.open(), b.high(), b.low(), b.close(), b.volume());
            if (problem != null) {
                throw new IllegalArgumentException("kline of " + stream + ": " + problem);
            }
            JsonNode x = k.get("x");
            if (x == null || !x.isBoolean()) {
                throw new IllegalArgumentException("kline of " + stream + " has no boolean 'x' (closed) flag");
            }
            return new KlineUpdate(k.path("s").asText(data.path("s").asText("")), k.path("i").asText(""), b,
                    x.asBoolean());
        }
        if (stream.endsWith("@bookTicker")) {
            long time = data.has("E") ? KlineJson.toMillis(KlineJson.integer(data.get("E"), "E")) : nowMs;
            BookTicker t = new BookTicker(time, KlineJson.number(data.get("b"), "b (bid price)"),
                    KlineJson.number(data.get("B"), "B (bid qty)"), KlineJson.number(data.get("a"), "a (ask price)"),
                    KlineJson.number(data.get("A"), "A (ask qty)"));
            return new Quote(data.path("s").asText(""), t);
        }
        return new Other(stream);
    }

    private static String abbreviate(String s) {
        String line = s.replace('\n', ' ');
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }
}
