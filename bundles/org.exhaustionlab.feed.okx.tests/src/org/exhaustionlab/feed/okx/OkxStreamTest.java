package org.exhaustionlab.feed.okx;

import static org.exhaustionlab.feed.okx.FakeOkx.BUSINESS;
import static org.exhaustionlab.feed.okx.FakeOkx.MIN;
import static org.exhaustionlab.feed.okx.FakeOkx.PUBLIC;
import static org.exhaustionlab.feed.okx.FakeOkx.T0;
import static org.exhaustionlab.feed.okx.FakeOkx.bar;
import static org.exhaustionlab.feed.okx.FakeOkx.candleFrame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BookTicker;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockWebServer;

/** Live pushes: candles, quotes, malformed frames, subscription errors. */
class OkxStreamTest {

    MockWebServer server = new MockWebServer();
    FakeOkx fake = new FakeOkx();
    OkxConfig config;
    RecordingListener listener = new RecordingListener();
    MarketDataFeed.Subscription subscription;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(fake);
        server.start();
        String ws = "ws://" + server.getHostName() + ":" + server.getPort();
        config = OkxConfig.global().withUrls(server.url("/").toString(), ws + PUBLIC, ws + BUSINESS)
                .withClock(fake.now::get).withSleeper(ms -> { })
                .withReconnectDelays(Duration.ofMillis(10), Duration.ofMillis(80))
                .withPingInterval(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        if (subscription != null) {
            subscription.close();
        }
        server.close();
    }

    MarketDataFeed.Subscription subscribe(OkxConfig c) {
        subscription = new OkxMarketDataFeed(c).subscribe("BTCUSDT", Timeframe.MINUTE_1, listener);
        return subscription;
    }

    LiveStream stream() {
        return (LiveStream) subscription;
    }

    @Test
    void candleAndBboPushesReachTheListener() throws Exception {
        fake.now.set(T0 + 1_000);
        fake.businessScript = (c, ws) -> {
            ws.send(candleFrame(bar(0), false));
            fake.now.set(T0 + MIN + 1);
            ws.send(candleFrame(bar(0), true));
            ws.send(candleFrame(bar(1), false));
        };
        fake.publicScript = (c, ws) -> ws.send(FakeOkx.bboFrame(T0 + 500, 41_999.9, 0.5, 42_000.1, 1.25, 1001));
        subscribe(config);
        RecordingListener.await(() -> listener.log.size() >= 3 && listener.tickers.size() >= 1, 10_000,
                () -> "3 bar updates and a quote, got " + listener.log + " " + listener.tickers);
        assertEquals(List.of("forming 00:00", "closed 00:00", "forming 00:01"), listener.log);
        assertEquals(List.of(bar(0)), listener.closed);
        assertEquals(List.of(bar(0), bar(1)), listener.forming);
        assertEquals(List.of(new BookTicker(T0 + 500, 41_999.9, 0.5, 42_000.1, 1.25)), listener.tickers);
        assertEquals("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"candle1m\",\"instId\":\"BTC-USDT\"}]}",
                fake.received(BUSINESS).get(0));
        assertEquals("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"bbo-tbt\",\"instId\":\"BTC-USDT\"}]}",
                fake.received(PUBLIC).get(0));
        assertEquals(List.of(), listener.errors);
        assertTrue(fake.candleRequests.isEmpty()); // nothing to backfill on a first connection
    }

    @Test
    void tickersChannelCanReplaceBboTbt() throws Exception {
        fake.publicScript = (c, ws) -> ws.send(FakeOkx.tickerFrame(T0 + 7, 42_000, 3, 42_000.5, 0.75));
        subscribe(config.withQuoteChannel("tickers"));
        RecordingListener.await(() -> listener.tickers.size() >= 1, 10_000, () -> "a quote");
        assertEquals(List.of(new BookTicker(T0 + 7, 42_000, 3, 42_000.5, 0.75)), listener.tickers);
        assertEquals("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"}]}",
                fake.received(PUBLIC).get(0));
    }

    @Test
    void malformedFramesAreSkippedCountedAndReported() throws Exception {
        fake.now.set(T0 + 1_000);
        fake.businessScript = (c, ws) -> {
            ws.send(candleFrame(bar(0), false));
            ws.send(candleFrame(bar(0), true));
            ws.send("this is not json {");
            ws.send("{\"arg\":{\"channel\":\"candle1m\",\"instId\":\"BTC-USDT\"},\"data\":[[\"yesterday\",\"1\",\"1\","
                    + "\"1\",\"1\",\"1\",\"1\",\"1\",\"1\"]]}");
            ws.send(candleFrame(new Bar(T0 + MIN, 42_000, 41_000, 42_500, 42_100, 1), true)); // high below low
            ws.send("{\"event\":\"channel-conn-count\",\"channel\":\"candle1m\",\"connCount\":\"1\","
                    + "\"connId\":\"a4d3ae55\"}"); // an event: neither data nor malformed
            ws.send(candleFrame(bar(1), true));
            ws.send(candleFrame(bar(2), false));
            ws.send(candleFrame(bar(2), true));
        };
        fake.publicScript = (c, ws) -> {
            ws.send("{\"arg\":{\"channel\":\"bbo-tbt\",\"instId\":\"BTC-USDT\"},\"data\":[{\"asks\":[[\"42000.1\","
                    + "\"1\",\"0\",\"1\"]],\"bids\":[[\"42000\",\"2\",\"0\",\"1\"]]}]}"); // no ts
            ws.send(FakeOkx.bboFrame(T0 + 9, 42_000, 2, 42_000.1, 1, 7));
        };
        subscribe(config);
        RecordingListener.await(() -> listener.closed.size() >= 3 && listener.tickers.size() >= 1
                && listener.errors.size() >= 4, 10_000, () -> "3 closed bars, a quote, 4 errors; got "
                        + listener.log + " " + listener.errors);
        assertEquals(List.of(bar(0), bar(1), bar(2)), listener.closed);
        assertEquals(List.of(bar(0), bar(2)), listener.forming);
        assertEquals(List.of(new BookTicker(T0 + 9, 42_000, 2, 42_000.1, 1)), listener.tickers);
        assertEquals(4, stream().malformedFrames());
        assertEquals(4, listener.errors.size(), listener.errors.toString());
        List<String> candleErrors = listener.errors.stream().filter(e -> e.contains("on OKX stream candle1m")).toList();
        assertEquals(3, candleErrors.size(), candleErrors.toString());
        assertTrue(candleErrors.get(0).matches("skipped malformed frame #\\d on OKX stream candle1m BTC-USDT: not JSON:"
                + " this is not json \\{"), candleErrors.get(0));
        assertTrue(candleErrors.get(1).endsWith(": candle1m BTC-USDT: ts 'yesterday' is not an integer"),
                candleErrors.get(1));
        assertTrue(candleErrors.get(2).endsWith("candle at 2024-01-01T00:01:00Z: high 41000.0 is below low 42500.0"),
                candleErrors.get(2));
        assertTrue(listener.errors.stream().anyMatch(e -> e.contains("on OKX stream bbo-tbt BTC-USDT: bbo-tbt ts is"
                + " missing or not an integer")), listener.errors.toString());
        assertEquals(1, fake.connections(BUSINESS));
    }

    @Test
    void subscriptionErrorEventsAreReported() throws Exception {
        fake.rejectSubscriptions = true;
        subscribe(config.withQuoteChannel(""));
        RecordingListener.await(() -> !listener.errors.isEmpty(), 10_000, () -> "an error");
        assertEquals(List.of("OKX refused the subscription candle1m BTC-USDT: Wrong URL or channel:candle1m,instId:"
                + "BTC-USDT doesn't exist. Please use the correct URL, channel and parameters referring to API"
                + " document. (code 60018); no updates will arrive on it"), listener.errors);
    }

    /** REST down at subscribe time: the symbol cannot be checked, the stream still starts on the derived OKX id. */
    @Test
    void subscribesAnywayWhenTheSymbolCannotBeChecked() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OkxConfig restDown = config.withUrls("http://127.0.0.1:" + port, config.publicWsUrl(),
                config.businessWsUrl());
        subscription = new OkxMarketDataFeed(restDown).subscribe("ethusdt", Timeframe.MINUTE_1, listener);
        RecordingListener.await(() -> fake.received(BUSINESS).size() >= 1, 10_000, () -> "a subscription");
        assertEquals(LiveStream.subscribeRequest("candle1m", "ETH-USDT"), fake.received(BUSINESS).get(0));
        assertTrue(listener.errors.get(0).startsWith("could not check symbol ethusdt on OKX Spot (cannot reach OKX at"
                + " http://127.0.0.1:" + port), listener.errors.get(0));
        assertTrue(listener.errors.get(0).endsWith("; subscribing to ETH-USDT anyway"), listener.errors.get(0));
    }

    @Test
    void unknownSymbolsAndTimeframesAreRefusedAtSubscribe() {
        OkxMarketDataFeed feed = new OkxMarketDataFeed(config);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> feed.subscribe("NOPEUSDT", Timeframe.MINUTE_1, listener));
        assertEquals("unknown symbol 'NOPEUSDT' on OKX Spot (not among the 3 spot instruments OKX lists)",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> feed.subscribe("BTCUSDT", Timeframe.DAY_3, listener));
        assertTrue(e.getMessage().startsWith("OKX has no 3d candles"), e.getMessage());
        assertEquals(0, fake.connections(BUSINESS));
    }
}
