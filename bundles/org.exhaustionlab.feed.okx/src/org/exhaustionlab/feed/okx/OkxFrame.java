package org.exhaustionlab.feed.okx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.exhaustionlab.market.BookTicker;
import org.exhaustionlab.market.Timeframe;

/**
 * One OKX v5 WebSocket frame, parsed: pushes {@code {"arg":{"channel":..,"instId":..},"data":[..]}} and events
 * {@code {"event":"subscribe"|"error"|"notice"|..,"code":..,"msg":..}}. The text {@code "pong"} never gets here (the
 * socket consumes it).
 */
sealed interface OkxFrame {

    /** Candle rows of a {@code candle*} channel (one per push in practice), in the order OKX sent them. */
    record Candles(String channel, String instId, List<OkxCandles.Candle> candles) implements OkxFrame {
    }

    /** Best bid/ask from {@code bbo-tbt} or {@code tickers}. */
    record Quote(String channel, String instId, BookTicker ticker) implements OkxFrame {
    }

    /** An event: {@code subscribe} (acknowledgement), {@code error}, {@code notice}, {@code channel-conn-count}... */
    record Event(String event, String code, String msg) implements OkxFrame {
    }

    /** A well-formed frame without data for us (another channel, an empty book side). */
    record Other(String description) implements OkxFrame {
    }

    /**
     * Parses a frame; candle rows are checked against {@code timeframe}'s UTC grid.
     *
     * @throws IllegalArgumentException for a malformed frame, saying what is wrong
     */
    static OkxFrame parse(String text, Timeframe timeframe) {
        JsonNode root;
        try {
            root = OkxRest.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + OkxCandles.abbreviate(text));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object: " + OkxCandles.abbreviate(text));
        }
        if (root.has("event")) {
            return new Event(root.path("event").asText(""), root.path("code").asText(""),
                    root.path("msg").asText(""));
        }
        JsonNode arg = root.path("arg");
        if (!arg.isObject() || !root.has("data")) {
            return new Other(OkxCandles.abbreviate(text));
        }
        String channel = arg.path("channel").asText("");
        String instId = arg.path("instId").asText("");
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            throw new IllegalArgumentException("push of " + channel + " has no 'data' array");
        }
        if (channel.startsWith("candle")) {
            List<OkxCandles.Candle> candles = new ArrayList<>();
            for (JsonNode row : data) {
                try {
                    candles.add(OkxCandles.parse(row, timeframe));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(channel + " " + instId + ": " + e.getMessage());
                }
            }
            return new Candles(channel, instId, candles);
        }
        if (channel.equals("bbo-tbt") || channel.equals("tickers")) {
            JsonNode d = data.path(0);
            if (!d.isObject()) {
                throw new IllegalArgumentException("push of " + channel + " " + instId + " has no data object");
            }
            long ts = OkxCandles.integer(d.get("ts"), channel + " ts");
            if (channel.equals("tickers")) {
                return new Quote(channel, instId, new BookTicker(ts, OkxCandles.number(d.get("bidPx"), "bidPx"),
                        OkxCandles.number(d.get("bidSz"), "bidSz"), OkxCandles.number(d.get("askPx"), "askPx"),
                        OkxCandles.number(d.get("askSz"), "askSz")));
            }
            JsonNode bid = d.path("bids").path(0);
            JsonNode ask = d.path("asks").path(0);
            if (bid.isMissingNode() || ask.isMissingNode()) {
                return new Other("bbo-tbt " + instId + " with an empty book side");
            }
            return new Quote(channel, instId, new BookTicker(ts, OkxCandles.number(bid.get(0), "bid price"),
                    OkxCandles.number(bid.get(1), "bid size"), OkxCandles.number(ask.get(0), "ask price"),
                    OkxCandles.number(ask.get(1), "ask size")));
        }
        return new Other(channel + " " + instId);
    }
}
