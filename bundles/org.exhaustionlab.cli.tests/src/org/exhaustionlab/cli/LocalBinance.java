package org.exhaustionlab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.exhaustionlab.market.BarSeries;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Binance's REST API on loopback for CLI tests: {@code /api/v3/exchangeInfo} and {@code /api/v3/klines} serving a fixed
 * series, with payloads in Binance's formats (kline arrays of 12 elements, prices as strings).
 */
final class LocalBinance implements AutoCloseable {

    private final HttpServer server;
    private final BarSeries bars;
    final AtomicInteger klineRequests = new AtomicInteger();

    LocalBinance(BarSeries bars) throws IOException {
        this.bars = bars;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v3/exchangeInfo", this::exchangeInfo);
        server.createContext("/api/v3/klines", this::klines);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void exchangeInfo(HttpExchange exchange) throws IOException {
        String body = "{\"timezone\":\"UTC\",\"serverTime\":" + System.currentTimeMillis() + ",\"symbols\":[{"
                + "\"symbol\":\"BTCUSDT\",\"status\":\"TRADING\",\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\","
                + "\"filters\":[{\"filterType\":\"PRICE_FILTER\",\"minPrice\":\"0.01000000\",\"maxPrice\":\"1000000.00000000\","
                + "\"tickSize\":\"0.01000000\"},{\"filterType\":\"LOT_SIZE\",\"minQty\":\"0.00001000\","
                + "\"maxQty\":\"9000.00000000\",\"stepSize\":\"0.00001000\"}]}]}";
        send(exchange, 200, body);
    }

    private void klines(HttpExchange exchange) throws IOException {
        klineRequests.incrementAndGet();
        Map<String, String> q = query(exchange.getRequestURI());
        long start = Long.parseLong(q.getOrDefault("startTime", "0"));
        long end = Long.parseLong(q.getOrDefault("endTime", Long.toString(Long.MAX_VALUE)));
        int limit = Integer.parseInt(q.getOrDefault("limit", "500"));
        StringBuilder body = new StringBuilder("[");
        int n = 0;
        for (int i = 0; i < bars.size() && n < limit; i++) {
            long t = bars.time(i);
            if (t < start || t > end) {
                continue;
            }
            if (n++ > 0) {
                body.append(',');
            }
            body.append('[').append(t).append(",\"").append(bars.open(i)).append("\",\"").append(bars.high(i))
                    .append("\",\"").append(bars.low(i)).append("\",\"").append(bars.close(i)).append("\",\"")
                    .append(bars.volume(i)).append("\",").append(t + 59_999).append(",\"0\",1,\"0\",\"0\",\"0\"]");
        }
        send(exchange, 200, body.append(']').toString());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().add("X-MBX-USED-WEIGHT-1M", "2");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
