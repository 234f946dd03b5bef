package org.exhaustionlab.feed.binance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.Timeframe;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Plays Binance for MockWebServer: exchangeInfo, klines (1m history from {@link #T0}, including the still-forming bar
 * like the real API), error bodies, and a combined WebSocket stream driven by a test script. Payloads follow Binance's
 * documented formats field by field. Time is simulated: {@link #now} is the clock shared with the client.
 */
final class FakeBinance extends Dispatcher {

    static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    static final long MIN = 60_000L;

    /** What the server does on one stream connection (0-based index), on its own thread. */
    @FunctionalInterface
    interface StreamScript {
        void run(int connection, WebSocket socket) throws Exception;
    }

    final AtomicLong now = new AtomicLong(T0 + 100_000 * MIN);
    final Deque<MockResponse> scripted = new ConcurrentLinkedDeque<>();
    final List<HttpUrl> klineRequests = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger usedWeight = new AtomicInteger();
    final AtomicInteger streamConnections = new AtomicInteger();
    final List<String> streamTargets = Collections.synchronizedList(new ArrayList<>());
    volatile int weightPerRequest = 2;
    volatile boolean microseconds;
    volatile StreamScript streamScript = (c, ws) -> { };
    /** Called when a stream connection is accepted, before the upgrade (to move simulated time). */
    volatile java.util.function.IntConsumer onStreamConnect = c -> { };

    private static final Set<String> SYMBOLS = Set.of("BTCUSDT", "ETHUSDT");

    /** The deterministic 1m bar at {@code slot} (slot 0 opens at T0); all values are exact in binary. */
    static Bar bar(long slot) {
        double close = 42_000 + Math.floorMod(slot, 97) * 1.5;
        double open = close - 0.5;
        return new Bar(T0 + slot * MIN, open, close + 2, open - 2, close, 1 + Math.floorMod(slot, 13) * 0.125);
    }

    static String price(double v) {
        return String.format(Locale.ROOT, "%.8f", v);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        String path = url.encodedPath();
        if (path.equals("/stream")) {
            int c = streamConnections.getAndIncrement();
            streamTargets.add(request.getTarget());
            onStreamConnect.accept(c);
            return new MockResponse.Builder().webSocketUpgrade(new WebSocketListener() {
                @Override
                public void onOpen(WebSocket webSocket, Response response) {
                    Thread t = new Thread(() -> {
                        try {
                            streamScript.run(c, webSocket);
                        } catch (Exception e) {
                            e.printStackTrace();
                            webSocket.close(1011, "script failed: " + e);
                        }
                    }, "fake-binance-stream-" + c);
                    t.setDaemon(true);
                    t.start();
                }

                @Override
                public void onClosing(WebSocket webSocket, int code, String reason) {
                    webSocket.close(1000, null); // answer the client's close so the server can shut down
                }
            }).build();
        }
        MockResponse next = scripted.poll();
        if (next != null) {
            return next;
        }
        switch (path) {
            case "/api/v3/exchangeInfo":
                return exchangeInfo(url.queryParameter("symbol"));
            case "/api/v3/klines":
                klineRequests.add(url);
                return klines(url);
            default:
                return error(404, -1, "Not found.");
        }
    }

    static MockResponse error(int status, int code, String msg) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json;charset=UTF-8")
                .body("{\"code\":" + code + ",\"msg\":\"" + msg + "\"}").build();
    }

    private MockResponse ok(String json) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json;charset=UTF-8")
                .addHeader("X-MBX-USED-WEIGHT-1M", usedWeight.addAndGet(weightPerRequest)).body(json).build();
    }

    private MockResponse exchangeInfo(String symbol) {
        if (symbol != null && !SYMBOLS.contains(symbol)) {
            return error(400, -1121, "Invalid symbol.");
        }
        StringBuilder json = new StringBuilder("{\"timezone\":\"UTC\",\"serverTime\":" + now.get()
                + ",\"rateLimits\":[{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\",\"intervalNum\":1,"
                + "\"limit\":6000},{\"rateLimitType\":\"RAW_REQUESTS\",\"interval\":\"MINUTE\",\"intervalNum\":5,"
                + "\"limit\":61000}],\"exchangeFilters\":[],\"symbols\":[");
        List<String> entries = new ArrayList<>();
        if (symbol == null || symbol.equals("BTCUSDT")) {
            entries.add(symbolJson("BTCUSDT", "TRADING", "BTC", "USDT", "0.01000000", "0.00001000"));
        }
        if (symbol == null || symbol.equals("ETHUSDT")) {
            entries.add(symbolJson("ETHUSDT", "TRADING", "ETH", "USDT", "0.01000000", "0.00010000"));
        }
        if (symbol == null) {
            entries.add(symbolJson("LUNAUSDT", "BREAK", "LUNA", "USDT", "0.00010000", "0.01000000"));
        }
        json.append(String.join(",", entries)).append("]}");
        return ok(json.toString());
    }

    private static String symbolJson(String name, String status, String base, String quote, String tick,
            String step) {
        return "{\"symbol\":\"" + name + "\",\"status\":\"" + status + "\",\"baseAsset\":\"" + base
                + "\",\"baseAssetPrecision\":8,\"quoteAsset\":\"" + quote + "\",\"quotePrecision\":8,"
                + "\"quoteAssetPrecision\":8,\"baseCommissionPrecision\":8,\"quoteCommissionPrecision\":8,"
                + "\"orderTypes\":[\"LIMIT\",\"LIMIT_MAKER\",\"MARKET\",\"STOP_LOSS_LIMIT\",\"TAKE_PROFIT_LIMIT\"],"
                + "\"icebergAllowed\":true,\"ocoAllowed\":true,\"otoAllowed\":true,"
                + "\"quoteOrderQtyMarketAllowed\":true,\"allowTrailingStop\":true,\"cancelReplaceAllowed\":true,"
                + "\"isSpotTradingAllowed\":true,\"isMarginTradingAllowed\":true,\"filters\":["
                + "{\"filterType\":\"PRICE_FILTER\",\"minPrice\":\"" + tick + "\",\"maxPrice\":\"1000000.00000000\","
                + "\"tickSize\":\"" + tick + "\"},"
                + "{\"filterType\":\"LOT_SIZE\",\"minQty\":\"" + step + "\",\"maxQty\":\"9000.00000000\","
                + "\"stepSize\":\"" + step + "\"},"
                + "{\"filterType\":\"ICEBERG_PARTS\",\"limit\":10},"
                + "{\"filterType\":\"MARKET_LOT_SIZE\",\"minQty\":\"0.00000000\",\"maxQty\":\"83.99000000\","
                + "\"stepSize\":\"0.00000000\"},"
                + "{\"filterType\":\"NOTIONAL\",\"minNotional\":\"5.00000000\",\"applyMinToMarket\":true,"
                + "\"maxNotional\":\"9000000.00000000\",\"applyMaxToMarket\":false,\"avgPriceMins\":5}],"
                + "\"permissions\":[],\"permissionSets\":[[\"SPOT\",\"MARGIN\"]],"
                + "\"defaultSelfTradePreventionMode\":\"EXPIRE_MAKER\","
                + "\"allowedSelfTradePreventionModes\":[\"EXPIRE_TAKER\",\"EXPIRE_MAKER\",\"EXPIRE_BOTH\"]}";
    }

    private MockResponse klines(HttpUrl url) {
        String symbol = url.queryParameter("symbol");
        if (symbol == null || !SYMBOLS.contains(symbol)) {
            return error(400, -1121, "Invalid symbol.");
        }
        Timeframe tf;
        try {
            tf = BinanceMarketDataFeed.interval(String.valueOf(url.queryParameter("interval")));
        } catch (IllegalArgumentException e) {
            return error(400, -1120, "Invalid interval.");
        }
        if (tf != Timeframe.MINUTE_1) {
            return ok("[]"); // the fake only has minute history
        }
        long start = parse(url.queryParameter("startTime"), T0);
        long end = parse(url.queryParameter("endTime"), Long.MAX_VALUE);
        int limit = (int) parse(url.queryParameter("limit"), 500);
        long firstSlot = Math.max(0, Math.floorDiv(start - T0 + MIN - 1, MIN));
        long lastSlot = Math.floorDiv(Math.min(end, now.get()) - T0, MIN); // includes the forming bar
        List<String> rows = new ArrayList<>();
        for (long s = firstSlot; s <= lastSlot && rows.size() < limit; s++) {
            rows.add(klineRow(bar(s), microseconds));
        }
        return ok("[" + String.join(",", rows) + "]");
    }

    static String klineRow(Bar b, boolean micros) {
        long scale = micros ? 1000 : 1;
        long close = b.time() + MIN - 1;
        return "[" + b.time() * scale + ",\"" + price(b.open()) + "\",\"" + price(b.high()) + "\",\"" + price(b.low())
                + "\",\"" + price(b.close()) + "\",\"" + price(b.volume()) + "\"," + close * scale + ",\""
                + price(b.volume() * b.close()) + "\",1234,\"" + price(b.volume() / 2) + "\",\""
                + price(b.volume() * b.close() / 2) + "\",\"0\"]";
    }

    /** A combined-stream kline frame for {@code bar} ({@code closed} sets {@code x}). */
    static String klineFrame(Bar b, boolean closed, long eventTime) {
        return "{\"stream\":\"btcusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"E\":" + eventTime
                + ",\"s\":\"BTCUSDT\",\"k\":{\"t\":" + b.time() + ",\"T\":" + (b.time() + MIN - 1)
                + ",\"s\":\"BTCUSDT\",\"i\":\"1m\",\"f\":100,\"L\":200,\"o\":\"" + price(b.open()) + "\",\"c\":\""
                + price(b.close()) + "\",\"h\":\"" + price(b.high()) + "\",\"l\":\"" + price(b.low()) + "\",\"v\":\""
                + price(b.volume()) + "\",\"n\":100,\"x\":" + closed + ",\"q\":\"" + price(b.volume() * b.close())
                + "\",\"V\":\"" + price(b.volume() / 2) + "\",\"Q\":\"" + price(b.volume() * b.close() / 2)
                + "\",\"B\":\"123456\"}}}";
    }

    /** A combined-stream bookTicker frame. */
    static String bookTickerFrame(long updateId, double bid, double bidQty, double ask, double askQty) {
        return "{\"stream\":\"btcusdt@bookTicker\",\"data\":{\"u\":" + updateId + ",\"s\":\"BTCUSDT\",\"b\":\""
                + price(bid) + "\",\"B\":\"" + price(bidQty) + "\",\"a\":\"" + price(ask) + "\",\"A\":\""
                + price(askQty) + "\"}}";
    }

    /**
     * Tears the connection down without a close frame, as a network failure or a server crash would. OkHttp's public
     * {@code cancel()} does not work on server-side sockets, so this uses its internal failure path.
     */
    static void drop(WebSocket socket) {
        ((okhttp3.internal.ws.RealWebSocket) socket).failWebSocket(new java.io.IOException("dropped by test"), null,
                false);
    }

    private static long parse(String value, long fallback) {
        return value == null ? fallback : Long.parseLong(value);
    }
}
