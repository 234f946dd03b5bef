package org.exhaustionlab.feed.binance;

import static org.exhaustionlab.feed.binance.FakeBinance.MIN;
import static org.exhaustionlab.feed.binance.FakeBinance.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

class BinanceHistoryTest {

    MockWebServer server = new MockWebServer();
    FakeBinance fake = new FakeBinance();
    List<Long> sleeps = new CopyOnWriteArrayList<>();
    BinanceMarketDataFeed feed;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(fake);
        server.start();
        feed = new BinanceMarketDataFeed(config(server.url("/").toString()));
    }

    BinanceConfig config(String restUrl) {
        return BinanceConfig.spot().withUrls(restUrl, "ws://localhost:1").withClock(fake.now::get)
                .withSleeper(sleeps::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pagesThroughTwoAndAHalfThousandBars() throws IOException {
        fake.now.set(T0 + 3_000 * MIN);
        BarSeries s = feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 2_500 * MIN);
        assertEquals(2_500, s.size());
        for (int i = 0; i < s.size(); i++) {
            assertEquals(FakeBinance.bar(i), s.bar(i));
        }
        assertEquals(new Symbol("BINANCE", "BTCUSDT", "BTC", "USDT", 0.01, 0.00001), s.symbol());
        assertEquals(3, fake.klineRequests.size());
        List<String> starts = fake.klineRequests.stream().map(u -> u.queryParameter("startTime")).toList();
        assertEquals(List.of(String.valueOf(T0), String.valueOf(T0 + 999 * MIN + 1),
                String.valueOf(T0 + 1_999 * MIN + 1)), starts);
        assertEquals("1000", fake.klineRequests.get(0).queryParameter("limit"));
        assertEquals(String.valueOf(T0 + 2_500 * MIN - 1), fake.klineRequests.get(0).queryParameter("endTime"));
        assertEquals("1m", fake.klineRequests.get(0).queryParameter("interval"));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void leavesOutTheBarStillForming() throws IOException {
        fake.now.set(T0 + 10 * MIN + 5_000);
        BarSeries s = feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 100 * MIN);
        assertEquals(10, s.size());
        assertEquals(T0 + 9 * MIN, s.lastTime());
    }

    @Test
    void readsMicrosecondTimes() throws IOException {
        fake.microseconds = true;
        BarSeries s = feed.history("BTCUSDT", Timeframe.MINUTE_1, T0 + 5 * MIN, T0 + 8 * MIN);
        assertEquals(List.of(FakeBinance.bar(5), FakeBinance.bar(6), FakeBinance.bar(7)),
                List.of(s.bar(0), s.bar(1), s.bar(2)));
        assertEquals(1_704_067_200_000L, KlineJson.toMillis(1_704_067_200_000_000L));
        assertEquals(1_704_067_200_000L, KlineJson.toMillis(1_704_067_200_000L));
    }

    @Test
    void waitsForRetryAfterOnHttp429ThenGoesOn() throws IOException {
        feed.symbol("BTCUSDT");
        fake.scripted.add(new MockResponse.Builder().code(429).addHeader("Retry-After", "3")
                .body("{\"code\":-1003,\"msg\":\"Too many requests; current limit of IP(127.0.0.1) is 6000 requests"
                        + " per minute. Please use the websocket for live updates to avoid polling the API.\"}")
                .build());
        BarSeries s = feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 5 * MIN);
        assertEquals(5, s.size());
        assertEquals(List.of(3_000L), sleeps);
    }

    @Test
    void slowsDownBeforeTheWeightLimit() throws IOException {
        fake.now.set(T0 + 100_000 * MIN + 20_000); // 20 s into a minute
        feed.symbol("BTCUSDT");
        assertEquals(List.of(), sleeps);
        fake.usedWeight.set(4_900); // the next answer reports 4902 of 6000
        feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 5 * MIN);
        assertEquals(List.of(41_000L), sleeps); // rest of the minute plus a second
    }

    @Test
    void stopsWithAClearErrorOnHttp418() {
        fake.now.set(T0);
        fake.scripted.add(new MockResponse.Builder().code(418).addHeader("Retry-After", "120")
                .body("{\"code\":-1003,\"msg\":\"Way too many requests; IP(127.0.0.1) banned until 1704067320000."
                        + " Please use the websocket for live updates to avoid bans.\"}").build());
        BinanceException e = assertThrows(BinanceException.class,
                () -> feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 5 * MIN));
        assertTrue(e.isBan());
        assertTrue(e.getMessage().startsWith("Binance has banned this IP until " + Instant.ofEpochMilli(T0 + 120_000)
                + " (HTTP 418 on GET /api/v3/exchangeInfo?symbol=BTCUSDT)"), e.getMessage());
        assertEquals(List.of(), sleeps); // no retry against a ban
    }

    @Test
    void unknownSymbolIsAClearIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> feed.history("FOOBAR", Timeframe.MINUTE_1, T0, T0 + 5 * MIN));
        assertEquals("unknown symbol 'FOOBAR' on Binance Spot (Binance refused GET /api/v3/exchangeInfo?symbol=FOOBAR:"
                + " Invalid symbol. (code -1121, HTTP 400))", e.getMessage());
        assertTrue(fake.klineRequests.isEmpty());
    }

    @Test
    void intervalErrorsAreClear() throws IOException {
        feed.symbol("BTCUSDT");
        fake.scripted.add(FakeBinance.error(400, -1120, "Invalid interval."));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> feed.history("BTCUSDT", Timeframe.MINUTE_3, T0, T0 + 5 * MIN));
        assertTrue(e.getMessage().endsWith("Invalid interval. (code -1120, HTTP 400)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BinanceMarketDataFeed.interval("2m"));
        assertEquals("unknown Binance interval '2m' (expected one of 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w"
                + " 1M)", e.getMessage());
        assertEquals(Timeframe.MONTH_1, BinanceMarketDataFeed.interval("1M"));
        // our quarterly bars are resampled locally: Binance has no 3M interval
        assertThrows(IllegalArgumentException.class, () -> BinanceMarketDataFeed.interval("3M"));
    }

    @Test
    void otherErrorBodiesBecomeOneLineMessages() throws IOException {
        feed.symbol("BTCUSDT");
        fake.scripted.add(FakeBinance.error(400, -1100,
                "Illegal characters found in parameter 'symbol'; legal range is '^[A-Z0-9-_.]{1,20}$'."));
        BinanceException e = assertThrows(BinanceException.class,
                () -> feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 5 * MIN));
        assertEquals(-1100, e.errorCode());
        assertEquals(400, e.httpStatus());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().startsWith("Binance refused GET /api/v3/klines?symbol=BTCUSDT&interval=1m"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("legal range is '^[A-Z0-9-_.]{1,20}$'. (code -1100, HTTP 400)"),
                e.getMessage());

        fake.scripted.add(new MockResponse.Builder().code(503).body("<html>Service Unavailable</html>").build());
        e = assertThrows(BinanceException.class, () -> feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + MIN));
        assertTrue(e.getMessage().endsWith(": <html>Service Unavailable</html>"), e.getMessage());
    }

    @Test
    void malformedKlinesFailTheRequestClearly() throws IOException {
        feed.symbol("BTCUSDT");
        fake.scripted.add(new MockResponse.Builder().code(200)
                .body("[[1704067200000,\"42000.0\",\"abc\",\"41000.0\",\"42000.0\",\"1.0\",1704067259999,\"0\",1,"
                        + "\"0\",\"0\",\"0\"]]").build());
        IOException e = assertThrows(IOException.class,
                () -> feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + MIN));
        assertEquals("Binance sent a malformed BTCUSDT kline: high 'abc' is not a number", e.getMessage());
    }

    @Test
    void networkDownIsAClearIOException() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        BinanceMarketDataFeed offline = new BinanceMarketDataFeed(config("http://127.0.0.1:" + port));
        IOException e = assertThrows(IOException.class,
                () -> offline.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + MIN));
        assertTrue(e.getMessage().startsWith("cannot reach Binance at http://127.0.0.1:" + port + " ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("check the network connection and the base URL"), e.getMessage());
    }

    @Test
    void listsTradingSymbolsWithTickAndLotSizes() throws IOException {
        List<Symbol> symbols = feed.symbols();
        assertEquals(List.of(new Symbol("BINANCE", "BTCUSDT", "BTC", "USDT", 0.01, 0.00001),
                new Symbol("BINANCE", "ETHUSDT", "ETH", "USDT", 0.01, 0.0001)), symbols);
        assertEquals(0.0001, feed.symbol("lunausdt").tickSize()); // halted symbols still resolve (cached)
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void refusesAnInvertedRange() {
        assertThrows(IllegalArgumentException.class, () -> feed.history("BTCUSDT", Timeframe.MINUTE_1, T0 + 1, T0));
    }

    @Test
    void presetsPointAtBinanceEndpoints() {
        assertEquals("https://api.binance.us", BinanceConfig.us().restBaseUrl());
        assertEquals("wss://stream.binance.us:9443", BinanceConfig.us().wsBaseUrl());
        assertEquals("wss://stream.testnet.binance.vision", BinanceConfig.testnet().wsBaseUrl());
        assertEquals("https://testnet.binance.vision", BinanceConfig.testnet().restBaseUrl());
        assertEquals("binance-spot", new BinanceMarketDataFeed().id());
        assertEquals("https://api.binance.com", new BinanceMarketDataFeed().config().restBaseUrl());
        assertEquals("wss://stream.binance.com:9443", BinanceConfig.spot().wsBaseUrl());
    }
}
