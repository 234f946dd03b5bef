package org.exhaustionlab.feed.binance;

import static org.exhaustionlab.feed.binance.FakeBinance.MIN;
import static org.exhaustionlab.feed.binance.FakeBinance.T0;
import static org.exhaustionlab.feed.binance.FakeBinance.bar;
import static org.exhaustionlab.feed.binance.FakeBinance.klineFrame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BookTicker;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockWebServer;
class BinanceStreamTest {

    MockWebServer server = new MockWebServer();
    FakeBinance fake = new FakeBinance();
    BinanceMarketDataFeed feed;
    RecordingListener listener = new RecordingListener();
    MarketDataFeed.Subscription subscription;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(fake);
        server.start();
        String rest = server.url("/").toString();
        String ws = "ws://" + server.getHostName() + ":" + server.getPort();
        feed = new BinanceMarketDataFeed(BinanceConfig.spot().withUrls(rest, ws).withClock(fake.now::get)
                .withSleeper(ms -> { }).withReconnectDelays(Duration.ofMillis(10), Duration.ofMillis(80)));
    }

    @AfterEach
    void stop() {
        if (subscription != null) {
            subscription.close();
        }
        server.close();
    }

    /**
     * Four connections of 20 bars each; between them the server drops the socket (abruptly, or with a close frame
     * like the 24-hour disconnect) and 7 bars close while the client is away. Each new connection also repeats the
     * last closed bar of the previous one. The subscriber must see bars 0..100 closed, each once, in order.
     */
    @Test
    void everyClosedBarExactlyOnceInOrderAcrossForcedDrops() throws Exception {
        int connections = 4;
        int perConnection = 20;
        int gap = 7;
        AtomicLong cursor = new AtomicLong(); // next slot the stream will send
        fake.now.set(T0 + 1_000);
        fake.onStreamConnect = c -> {
            if (c > 0) {
                cursor.addAndGet(gap); // bars that closed while disconnected
                fake.now.set(T0 + cursor.get() * MIN + 1_000);
            }
        };
        fake.streamScript = (c, ws) -> {
            if (c > 0) {
                long repeat = cursor.get() - gap - 1; // already delivered before the drop
                ws.send(klineFrame(bar(repeat), true, fake.now.get()));
            }
            for (int k = 0; k < perConnection; k++) {
                long slot = cursor.get();
                ws.send(klineFrame(bar(slot), false, fake.now.get()));
                ws.send(FakeBinance.bookTickerFrame(slot, bar(slot).close() - 0.01, 1.5, bar(slot).close(), 2));
                fake.now.set(T0 + (slot + 1) * MIN + 1);
                ws.send(klineFrame(bar(slot), true, fake.now.get()));
                cursor.incrementAndGet();
                Thread.sleep(2);
            }
            if (c < connections - 1) {
                Thread.sleep(20);
                if (c % 2 == 0) {
                    FakeBinance.drop(ws); // socket torn down without a close frame
                } else {
                    ws.close(1001, "going away"); // what Binance does at 24 hours
                }
            }
        };
        subscription = feed.subscribe("BTCUSDT", Timeframe.MINUTE_1, listener);
        long expected = connections * perConnection + (connections - 1) * gap;
        RecordingListener.await(
                () -> listener.closed.size() >= expected && fake.streamConnections.get() == connections, 20_000,
                () -> expected + " closed bars, got " + listener.closed.size() + "; errors " + listener.errors);
        Thread.sleep(100); // anything extra (a duplicate) would arrive now
        List<Long> times = listener.closed.stream().map(Bar::time).toList();
        List<Long> wanted = new ArrayList<>();
        for (long i = 0; i < expected; i++) {
            wanted.add(T0 + i * MIN);
        }
        assertEquals(wanted, times); // 0 missing, 0 duplicated, in order
        for (int i = 0; i < expected; i++) {
            assertEquals(bar(i), listener.closed.get(i));
        }
        LiveStream stream = (LiveStream) subscription;
        assertEquals(connections, stream.connections());
        assertEquals(0, stream.malformedFrames());
        assertEquals(connections - 1, listener.errors.stream().filter(e -> e.contains("reconnecting in")).count(),
                listener.errors.toString());
        assertTrue(listener.errors.stream().allMatch(e -> e.startsWith("Binance stream btcusdt@kline_1m/btcusdt@"
                + "bookTicker lost (")), listener.errors.toString());
        assertFalse(listener.overlapped, "listener callbacks overlapped");
        assertEquals(connections * perConnection, listener.tickers.size());
        assertTrue(fake.streamTargets.stream().allMatch(
                t -> t.equals("/stream?streams=btcusdt@kline_1m/btcusdt@bookTicker")), fake.streamTargets.toString());
        assertEquals(connections - 1, fake.klineRequests.size()); // one backfill per reconnect
    }

    /** Connections are replaced before they reach their maximum age (Binance drops them at 24 hours). */
    @Test
    void rotatesOldConnectionsWithoutLosingOrRepeatingBars() throws Exception {
        int total = 60;
        AtomicLong cursor = new AtomicLong();
        Object step = new Object();
        fake.now.set(T0 + 1_000);
        fake.streamScript = (c, ws) -> {
            while (true) {
                synchronized (step) { // one bar at a time even while two connections overlap
                    long slot = cursor.get();
                    if (slot >= total) {
                        return;
                    }
                    fake.now.set(T0 + (slot + 1) * MIN + 1);
                    if (!ws.send(klineFrame(bar(slot), true, fake.now.get()))) {
                        return; // this connection was replaced
                    }
                    cursor.incrementAndGet();
                }
                Thread.sleep(10);
            }
        };
        feed = new BinanceMarketDataFeed(feed.config().withMaxConnectionAge(Duration.ofMillis(150)));
        subscription = feed.subscribe("BTCUSDT", Timeframe.MINUTE_1, listener);
        RecordingListener.await(() -> listener.closed.size() >= total, 20_000,
                () -> total + " closed bars, got " + listener.closed.size());
        Thread.sleep(100);
        List<Bar> wanted = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            wanted.add(bar(i));
        }
        assertEquals(wanted, listener.closed);
        assertTrue(((LiveStream) subscription).connections() >= 3, "connections: "
                + ((LiveStream) subscription).connections());
        assertEquals(List.of(), listener.errors); // a planned rotation is not an error
    }

    /** The stream jumps ahead without a drop (bars 2 and 3 never shown): they are fetched before bar 4 is shown. */
    @Test
    void barsTheStreamSkipsAreFetchedBeforeTheNextUpdate() throws Exception {
        fake.now.set(T0 + 1_000);
        fake.streamScript = (c, ws) -> {
            fake.now.set(T0 + MIN + 1);
            ws.send(klineFrame(bar(0), true, fake.now.get()));
            fake.now.set(T0 + 2 * MIN + 1);
            ws.send(klineFrame(bar(1), true, fake.now.get()));
            fake.now.set(T0 + 4 * MIN + 1);
            ws.send(klineFrame(bar(4), false, fake.now.get()));
            ws.send(klineFrame(bar(4), false, fake.now.get() + 1_000));
            fake.now.set(T0 + 5 * MIN + 1);
            ws.send(klineFrame(bar(4), true, fake.now.get()));
        };
        subscription = feed.subscribe("BTCUSDT", Timeframe.MINUTE_1, listener);
        RecordingListener.await(() -> listener.closed.size() >= 5, 10_000, () -> "5 closed bars, got " + listener.log);
        assertEquals(List.of("closed 00:00", "closed 00:01", "closed 00:02", "closed 00:03", "forming 00:04",
                "forming 00:04", "closed 00:04"), listener.log);
        assertEquals(List.of(bar(2), bar(3)), listener.closed.subList(2, 4));
        assertEquals(1, fake.klineRequests.size()); // one backfill, not one per forming update
    }

    @Test
    void malformedFramesAreSkippedCountedAndReported() throws Exception {
        fake.now.set(T0 + 1_000);
        fake.streamScript = (c, ws) -> {
            ws.send(klineFrame(bar(0), false, T0));
            ws.send(klineFrame(bar(0), true, T0 + MIN));
            ws.send("this is not json {");
            ws.send("{\"stream\":\"btcusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"E\":1,\"s\":\"BTCUSDT\","
                    + "\"k\":{\"t\":\"yesterday\",\"x\":true}}}");
            Bar broken = new Bar(T0 + MIN, 42_000, 41_000, 42_500, 42_100, 1); // high below low
            ws.send(klineFrame(broken, true, T0 + 2 * MIN));
            ws.send(FakeBinance.bookTickerFrame(7, 42_000.5, 0.25, 42_000.75, 1.5));
            ws.send("{\"result\":null,\"id\":1}"); // a subscription reply: not data, not malformed
            ws.send(klineFrame(bar(1), true, T0 + 2 * MIN));
            ws.send(klineFrame(bar(2), false, T0 + 2 * MIN));
            ws.send(klineFrame(bar(2), true, T0 + 3 * MIN));
        };
        subscription = feed.subscribe("btcusdt", Timeframe.MINUTE_1, listener);
        RecordingListener.await(() -> listener.closed.size() >= 3, 10_000,
                () -> "3 closed bars, got " + listener.closed);
        assertEquals(List.of(bar(0), bar(1), bar(2)), listener.closed);
        assertEquals(List.of(bar(0), bar(2)), listener.forming);
        assertEquals(3, ((LiveStream) subscription).malformedFrames());
        assertEquals(3, listener.errors.size(), listener.errors.toString());
        assertTrue(listener.errors.get(0).startsWith("skipped malformed frame #1 on Binance stream btcusdt@kline_1m/"
                + "btcusdt@bookTicker: not JSON: this is not json {"), listener.errors.get(0));
        assertTrue(listener.errors.get(1).endsWith("t (open time) is missing or not an integer"),
                listener.errors.get(1));
        assertTrue(listener.errors.get(2).contains("high 41000.0 is below low 42500.0"), listener.errors.get(2));
        assertEquals(1, listener.tickers.size());
        BookTicker t = listener.tickers.get(0);
        assertEquals(42_000.5, t.bidPrice());
        assertEquals(0.25, t.bidQty());
        assertEquals(42_000.75, t.askPrice());
        assertEquals(1.5, t.askQty());
        assertEquals(1, fake.streamConnections.get());
    }

    @Test
    void streamServerDownKeepsRetryingWithBackoffAndReports() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        BinanceMarketDataFeed offline = new BinanceMarketDataFeed(feed.config()
                .withUrls(server.url("/").toString(), "ws://127.0.0.1:" + port));
        subscription = offline.subscribe("BTCUSDT", Timeframe.MINUTE_1, listener);
        RecordingListener.await(() -> listener.errors.size() >= 3, 10_000,
                () -> "3 reconnect reports, got " + listener.errors);
        assertTrue(listener.errors.get(0).startsWith("Binance stream btcusdt@kline_1m/btcusdt@bookTicker lost ("),
                listener.errors.get(0));
        assertTrue(listener.errors.get(0).contains("reconnecting in"), listener.errors.get(0));
        subscription.close();
        int after = listener.errors.size();
        Thread.sleep(200);
        assertTrue(listener.errors.size() <= after + 1, "kept reconnecting after close: " + listener.errors);
    }

    @Test
    void backoffGrowsExponentiallyWithJitterUpToTheCap() {
        assertEquals(500, LiveStream.backoffMs(0, 1_000, 60_000, 0.0));
        assertEquals(999, LiveStream.backoffMs(0, 1_000, 60_000, 0.999));
        assertEquals(2_000, LiveStream.backoffMs(2, 1_000, 60_000, 0.0));
        assertEquals(6_000, LiveStream.backoffMs(3, 1_000, 60_000, 0.5));
        assertEquals(30_000, LiveStream.backoffMs(6, 1_000, 60_000, 0.0)); // 64 s capped at 60 s
        assertEquals(45_000, LiveStream.backoffMs(40, 1_000, 60_000, 0.5)); // no overflow on long outages
    }

    @Test
    void unknownSymbolIsRefusedAtSubscribe() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> feed.subscribe("NOPEUSDT", Timeframe.MINUTE_1, listener));
        assertTrue(e.getMessage().startsWith("unknown symbol 'NOPEUSDT' on Binance Spot"), e.getMessage());
        assertEquals(0, fake.streamConnections.get());
    }
}
