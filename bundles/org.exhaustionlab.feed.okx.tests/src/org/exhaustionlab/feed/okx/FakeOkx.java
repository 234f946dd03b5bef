package org.exhaustionlab.feed.okx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.Timeframe;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Plays OKX v5 for MockWebServer: spot instruments, candles (the latest {@link #recentBars} on
 * {@code /market/candles}, everything since {@link #T0} on {@code /market/history-candles}, newest first, the forming
 * bar with {@code confirm "0"}), error envelopes, and the business/public WebSockets with OKX's subscribe
 * acknowledgements, text ping/pong and test-scripted pushes. Payloads follow OKX's documented formats field by field
 * (all values are strings). Time is simulated: {@link #now} is the clock shared with the client.
 */
final class FakeOkx extends Dispatcher {

    static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00:00Z, the listing time of every instrument
    static final long MIN = 60_000L;
    static final String BUSINESS = "/ws/v5/business";
    static final String PUBLIC = "/ws/v5/public";

    /** What the server does on one connection (0-based per path) after the client subscribed; own thread. */
    @FunctionalInterface
    interface Script {
        void run(int connection, WebSocket socket) throws Exception;
    }

    final AtomicLong now = new AtomicLong(T0 + 100_000 * MIN);
    final Deque<MockResponse> scripted = new ConcurrentLinkedDeque<>();
    final List<HttpUrl> candleRequests = Collections.synchronizedList(new ArrayList<>());
    final List<String> simulatedHeaders = Collections.synchronizedList(new ArrayList<>());
    final Map<String, AtomicInteger> connections = new ConcurrentHashMap<>();
    final Map<String, List<String>> received = new ConcurrentHashMap<>();
    volatile int recentBars = 1440;
    /** A sloppy server: pages also contain the bar opening at {@code after}. */
    volatile boolean inclusiveAfter;
    volatile boolean answerPings = true;
    /** Answer subscriptions with OKX's "wrong URL or channel" error instead of an acknowledgement. */
    volatile boolean rejectSubscriptions;
    volatile Script businessScript = (c, ws) -> { };
    volatile Script publicScript = (c, ws) -> { };
    /** Called when a socket connection is accepted (path, index), before the upgrade, e.g. to move time. */
    volatile java.util.function.BiConsumer<String, Integer> onConnect = (p, c) -> { };

    /** The deterministic bar at {@code slot} of {@code tf} (slot 0 opens at T0); values are exact decimals. */
    static Bar bar(long slot, Timeframe tf) {
        double close = 42_000 + Math.floorMod(slot, 97) * 1.5;
        double open = close - 0.5;
        return new Bar(T0 + slot * tf.durationMs(), open, close + 2, open - 2, close,
                1 + Math.floorMod(slot, 13) * 0.125);
    }

    static Bar bar(long slot) {
        return bar(slot, Timeframe.MINUTE_1);
    }

    static String dec(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    int connections(String path) {
        return connections.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    List<String> received(String path) {
        return received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>());
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        String path = url.encodedPath();
        if (path.equals(BUSINESS) || path.equals(PUBLIC)) {
            return socket(path);
        }
        String simulated = request.getHeaders().get("x-simulated-trading");
        simulatedHeaders.add(simulated == null ? "" : simulated);
        if (path.endsWith("candles")) {
            candleRequests.add(url);
        }
        MockResponse next = scripted.poll();
        if (next != null) {
            return next;
        }
        switch (path) {
            case "/api/v5/public/instruments":
                return instruments(url.queryParameter("instType"), url.queryParameter("instId"));
            case "/api/v5/market/candles":
                return candles(url, 300, recentBars);
            case "/api/v5/market/history-candles":
                return candles(url, 100, Integer.MAX_VALUE);
            default:
                return error(404, "50030", "Illegal request: " + path); // what OKX says for unknown paths, roughly
        }
    }

    static MockResponse error(int status, String code, String msg) {
        return json(status, "{\"code\":\"" + code + "\",\"data\":[],\"msg\":\"" + msg + "\"}");
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body)
                .build();
    }

    private static MockResponse ok(List<String> data) {
        return json(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[" + String.join(",", data) + "]}");
    }

    private MockResponse instruments(String instType, String instId) {
        if (!"SPOT".equals(instType)) {
            return error(400, "50014", "Parameter instType can not be empty.");
        }
        List<String> all = List.of(instrument("BTC-USDT", "BTC", "USDT", "0.1", "0.00000001", "live"),
                instrument("ETH-USDT", "ETH", "USDT", "0.01", "0.000001", "live"),
                instrument("LUNA-USDT", "LUNA", "USDT", "0.0001", "0.01", "suspend"));
        if (instId == null) {
            return ok(all);
        }
        List<String> one = all.stream().filter(s -> s.contains("\"instId\":\"" + instId + "\"")).toList();
        return one.isEmpty() ? error(200, "51001", "Instrument ID does not exist") : ok(one);
    }

    private static String instrument(String instId, String base, String quote, String tick, String lot,
            String state) {
        return "{\"alias\":\"\",\"auctionEndTime\":\"\",\"baseCcy\":\"" + base + "\",\"category\":\"1\","
                + "\"ctMult\":\"\",\"ctType\":\"\",\"ctVal\":\"\",\"ctValCcy\":\"\",\"expTime\":\"\","
                + "\"instFamily\":\"\",\"instId\":\"" + instId + "\",\"instType\":\"SPOT\",\"lever\":\"10\","
                + "\"listTime\":\"" + T0 + "\",\"lotSz\":\"" + lot + "\",\"maxIcebergSz\":\"9999999999.0000000000\","
                + "\"maxLmtAmt\":\"20000000\",\"maxLmtSz\":\"9999999999\",\"maxMktAmt\":\"1000000\","
                + "\"maxMktSz\":\"\",\"maxStopSz\":\"\",\"maxTriggerSz\":\"9999999999.0000000000\","
                + "\"maxTwapSz\":\"9999999999.0000000000\",\"minSz\":\"0.00001\",\"optType\":\"\",\"quoteCcy\":\""
                + quote + "\",\"settleCcy\":\"\",\"state\":\"" + state + "\",\"ruleType\":\"normal\",\"stk\":\"\","
                + "\"tickSz\":\"" + tick + "\",\"uly\":\"\"}";
    }

    private MockResponse candles(HttpUrl url, int maxLimit, int window) {
        String instId = url.queryParameter("instId");
        if (instId == null || !(instId.equals("BTC-USDT") || instId.equals("ETH-USDT")
                || instId.equals("LUNA-USDT"))) {
            return error(200, "51001", "Instrument ID does not exist");
        }
        Timeframe tf = OkxCandles.timeframeOf(String.valueOf(url.queryParameter("bar")));
        if (tf == null || tf.isCalendar()) {
            return error(400, "51000", "Parameter bar error");
        }
        int limit = url.queryParameter("limit") == null ? 100 : Integer.parseInt(url.queryParameter("limit"));
        if (limit > maxLimit) {
            return error(400, "51000", "Parameter limit error");
        }
        long step = tf.durationMs();
        long formingSlot = Math.floorDiv(now.get() - T0, step);
        long oldestSlot = Math.max(0, formingSlot - window + 1);
        long after = url.queryParameter("after") == null ? Long.MAX_VALUE : Long.parseLong(url.queryParameter("after"));
        long newest = after == Long.MAX_VALUE ? formingSlot
                : Math.min(formingSlot, Math.floorDiv(after - T0 - 1, step) + (inclusiveAfter ? 1 : 0));
        List<String> rows = new ArrayList<>();
        for (long s = newest; s >= oldestSlot && rows.size() < limit; s--) { // newest first, like OKX
            rows.add(candleRow(bar(s, tf), s != formingSlot));
        }
        return ok(rows);
    }

    /** {@code ["ts","o","h","l","c","vol","volCcy","volCcyQuote","confirm"]}. */
    static String candleRow(Bar b, boolean confirmed) {
        String quoteVolume = dec(b.volume() * b.close());
        return "[\"" + b.time() + "\",\"" + dec(b.open()) + "\",\"" + dec(b.high()) + "\",\"" + dec(b.low())
                + "\",\"" + dec(b.close()) + "\",\"" + dec(b.volume()) + "\",\"" + quoteVolume + "\",\""
                + quoteVolume + "\",\"" + (confirmed ? "1" : "0") + "\"]";
    }

    /** A push of the {@code candle1m} channel. */
    static String candleFrame(Bar b, boolean confirmed) {
        return "{\"arg\":{\"channel\":\"candle1m\",\"instId\":\"BTC-USDT\"},\"data\":[" + candleRow(b, confirmed)
                + "]}";
    }

    /** A push of {@code bbo-tbt}: best ask and bid as {@code [price, size, "0", orders]}. */
    static String bboFrame(long ts, double bid, double bidSz, double ask, double askSz, long seqId) {
        return "{\"arg\":{\"channel\":\"bbo-tbt\",\"instId\":\"BTC-USDT\"},\"data\":[{\"asks\":[[\"" + dec(ask)
                + "\",\"" + dec(askSz) + "\",\"0\",\"3\"]],\"bids\":[[\"" + dec(bid) + "\",\"" + dec(bidSz)
                + "\",\"0\",\"5\"]],\"ts\":\"" + ts + "\",\"seqId\":" + seqId + "}]}";
    }

    /** A push of {@code tickers}. */
    static String tickerFrame(long ts, double bid, double bidSz, double ask, double askSz) {
        return "{\"arg\":{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"},\"data\":[{\"instType\":\"SPOT\","
                + "\"instId\":\"BTC-USDT\",\"last\":\"" + dec(ask) + "\",\"lastSz\":\"0.1\",\"askPx\":\"" + dec(ask)
                + "\",\"askSz\":\"" + dec(askSz) + "\",\"bidPx\":\"" + dec(bid) + "\",\"bidSz\":\"" + dec(bidSz)
                + "\",\"open24h\":\"41000\",\"high24h\":\"43000\",\"low24h\":\"40000\",\"volCcy24h\":\"2222\","
                + "\"vol24h\":\"2222\",\"sodUtc0\":\"41500\",\"sodUtc8\":\"41600\",\"ts\":\"" + ts + "\"}]}";
    }

    private MockResponse socket(String path) {
        int c = connections.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
        onConnect.accept(path, c);
        Script script = path.equals(BUSINESS) ? businessScript : publicScript;
        return new MockResponse.Builder().webSocketUpgrade(new WebSocketListener() {
            @Override
            public void onMessage(WebSocket webSocket, String text) {
                received(path).add(text);
                if (text.equals("ping")) {
                    if (answerPings) {
                        webSocket.send("pong");
                    }
                    return;
                }
                if (!text.contains("\"op\":\"subscribe\"")) {
                    return;
                }
                String arg = text.substring(text.indexOf("{\"channel\""), text.lastIndexOf(']'));
                if (rejectSubscriptions) {
                    webSocket.send("{\"event\":\"error\",\"code\":\"60018\",\"msg\":\"Wrong URL or channel:"
                            + "candle1m,instId:BTC-USDT doesn't exist. Please use the correct URL, channel and"
                            + " parameters referring to API document.\",\"connId\":\"a4d3ae55\"}");
                    return;
                }
                webSocket.send("{\"event\":\"subscribe\",\"arg\":" + arg + ",\"connId\":\"a4d3ae55\"}");
                Thread t = new Thread(() -> {
                    try {
                        script.run(c, webSocket);
                    } catch (Exception e) {
                        e.printStackTrace();
                        webSocket.close(1011, "script failed: " + e);
                    }
                }, "fake-okx" + path.replace('/', '-') + "-" + c);
                t.setDaemon(true);
                t.start();
            }

            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                webSocket.close(1000, null); // answer the client's close so the server can shut down
            }
        }).build();
    }

    /**
     * Tears the connection down without a close frame, as a network failure would. OkHttp's public {@code cancel()}
     * does not work on server-side sockets, so this uses its internal failure path.
     */
    static void drop(WebSocket socket) {
        ((okhttp3.internal.ws.RealWebSocket) socket).failWebSocket(new java.io.IOException("dropped by test"), null,
                false);
    }
}
