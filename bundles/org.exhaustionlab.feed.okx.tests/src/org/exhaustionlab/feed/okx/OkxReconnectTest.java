package org.exhaustionlab.feed.okx;

import static org.exhaustionlab.feed.okx.FakeOkx.BUSINESS;
import static org.exhaustionlab.feed.okx.FakeOkx.MIN;
import static org.exhaustionlab.feed.okx.FakeOkx.PUBLIC;
import static org.exhaustionlab.feed.okx.FakeOkx.T0;
import static org.exhaustionlab.feed.okx.FakeOkx.bar;
import static org.exhaustionlab.feed.okx.FakeOkx.candleFrame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockWebServer;

/** Connection upkeep: ping/pong, drops, reconnects with backfill, service-upgrade notices. */
class OkxReconnectTest {

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
    void quietConnectionsArePingedAndStayUpWhileOkxAnswersPong() throws Exception {
        subscribe(config.withPingInterval(Duration.ofMillis(100)));
        RecordingListener.await(() -> count(BUSINESS, "ping") >= 3 && count(PUBLIC, "ping") >= 3, 10_000,
                () -> "3 pings per socket, got " + fake.received(BUSINESS) + " " + fake.received(PUBLIC));
        assertEquals(1, fake.connections(BUSINESS));
        assertEquals(1, fake.connections(PUBLIC));
        assertEquals(List.of(), listener.errors);
        assertTrue(stream().candleSocket().pingsSent() >= 3);
    }

    @Test
    void noPongMeansReconnect() throws Exception {
        fake.answerPings = false;
        subscribe(config.withPingInterval(Duration.ofMillis(100)).withQuoteChannel(""));
        RecordingListener.await(() -> fake.connections(BUSINESS) >= 2, 10_000,
                () -> "a reconnect, errors " + listener.errors);
        assertTrue(listener.errors.get(0).startsWith("OKX stream candle1m BTC-USDT lost (no pong within 100 ms of"
                + " ping); reconnecting in "), listener.errors.get(0));
        assertEquals(0, fake.connections(PUBLIC)); // no quote channel configured
    }

    long count(String path, String text) {
        return fake.received(path).stream().filter(text::equals).count();
    }

    /**
     * Four connections of 20 bars each; between them the server drops the socket (abruptly, or with a close frame)
     * and 7 bars close while the client is away. Each new connection also repeats the last closed bar of the previous
     * one. The subscriber must see bars 0..100 closed, each once, in order.
     */
    @Test
    void everyClosedBarExactlyOnceInOrderAcrossForcedDrops() throws Exception {
        int connections = 4;
        int perConnection = 20;
        int gap = 7;
        AtomicLong cursor = new AtomicLong(); // next slot the stream will send
        fake.now.set(T0 + 1_000);
        fake.onConnect = (path, c) -> {
            if (path.equals(BUSINESS) && c > 0) {
                cursor.addAndGet(gap); // bars that closed while disconnected
                fake.now.set(T0 + cursor.get() * MIN + 1_000);
            }
        };
        fake.businessScript = (c, ws) -> {
            if (c > 0) {
                ws.send(candleFrame(bar(cursor.get() - gap - 1), true)); // already delivered before the drop
            }
            for (int k = 0; k < perConnection; k++) {
                long slot = cursor.get();
                ws.send(candleFrame(bar(slot), false));
                fake.now.set(T0 + (slot + 1) * MIN + 1);
                ws.send(candleFrame(bar(slot), true));
                cursor.incrementAndGet();
                Thread.sleep(2);
            }
            if (c < connections - 1) {
                Thread.sleep(20);
                if (c % 2 == 0) {
                    FakeOkx.drop(ws); // torn down without a close frame
                } else {
                    ws.close(1001, "going away");
                }
            }
        };
        subscribe(config);
        long expected = connections * perConnection + (connections - 1) * gap;
        RecordingListener.await(
                () -> listener.closed.size() >= expected && fake.connections(BUSINESS) == connections, 20_000,
                () -> expected + " closed bars, got " + listener.closed.size() + "; errors " + listener.errors);
        Thread.sleep(100); // anything extra (a duplicate) would arrive now
        List<Bar> wanted = new ArrayList<>();
        for (long i = 0; i < expected; i++) {
            wanted.add(bar(i));
        }
        assertEquals(wanted, listener.closed); // 0 missing, 0 duplicated, in order
        assertEquals(connections, stream().candleSocket().connections());
        assertEquals(1, stream().quoteSocket().connections()); // the quote socket was not affected
        assertEquals(0, stream().malformedFrames());
        assertEquals(connections - 1, listener.errors.size(), listener.errors.toString());
        assertTrue(listener.errors.stream().allMatch(e -> e.startsWith("OKX stream candle1m BTC-USDT lost (")
                && e.contains("); reconnecting in ")), listener.errors.toString());
        assertFalse(listener.overlapped, "listener callbacks overlapped");
        assertEquals(connections - 1, fake.candleRequests.size()); // one backfill per reconnect
        assertEquals(connections, count(BUSINESS, LiveStream.subscribeRequest("candle1m", "BTC-USDT")));
    }

    /** A quiet market after a reconnect: the bars that closed meanwhile still arrive, fetched when the socket opens. */
    @Test
    void barsClosedWhileDisconnectedArriveOnReconnectWithoutNewPushes() throws Exception {
        fake.now.set(T0 + 1_000);
        fake.onConnect = (path, c) -> {
            if (path.equals(BUSINESS) && c == 1) {
                fake.now.set(T0 + 6 * MIN + 1_000); // bars 3, 4 and 5 closed while away
            }
        };
        fake.businessScript = (c, ws) -> {
            if (c == 0) {
                for (int slot = 0; slot < 3; slot++) {
                    fake.now.set(T0 + (slot + 1) * MIN + 1);
                    ws.send(candleFrame(bar(slot), true));
                }
                Thread.sleep(20);
                FakeOkx.drop(ws);
            } // the second connection stays silent
        };
        subscribe(config.withQuoteChannel(""));
        RecordingListener.await(() -> listener.closed.size() >= 6, 10_000, () -> "6 closed bars, got "
                + listener.log + " " + listener.errors);
        assertEquals(List.of(bar(0), bar(1), bar(2), bar(3), bar(4), bar(5)), listener.closed);
        assertEquals(1, fake.candleRequests.size());
        assertEquals(String.valueOf(T0 + 6 * MIN), fake.candleRequests.get(0).queryParameter("after"));
    }

    /** If OKX never pushes {@code confirm "1"}, the next bar's first update fetches the closed one over REST. */
    @Test
    void closesThatTheSocketNeverConfirmsComeFromRest() throws Exception {
        fake.now.set(T0 + 1_000);
        fake.businessScript = (c, ws) -> {
            for (int slot = 0; slot <= 5; slot++) {
                fake.now.set(T0 + slot * MIN + 1_000);
                ws.send(candleFrame(bar(slot), false));
                ws.send(candleFrame(bar(slot), false));
            }
        };
        subscribe(config.withQuoteChannel(""));
        RecordingListener.await(() -> listener.forming.size() >= 12, 10_000, () -> "12 updates, got " + listener.log);
        List<String> wanted = new ArrayList<>();
        for (int slot = 0; slot <= 5; slot++) {
            if (slot > 0) {
                wanted.add("closed 00:0" + (slot - 1));
            }
            wanted.add("forming 00:0" + slot);
            wanted.add("forming 00:0" + slot);
        }
        assertEquals(wanted, listener.log);
        assertEquals(List.of(bar(0), bar(1), bar(2), bar(3), bar(4)), listener.closed);
        assertEquals(5, fake.candleRequests.size()); // one per bar, not one per update
    }

    /** OKX's notice 64008 (service upgrade) makes the stream switch connections without losing bars. */
    @Test
    void serviceUpgradeNoticeSwitchesConnectionsWithoutLoss() throws Exception {
        fake.now.set(T0 + 1_000);
        fake.businessScript = (c, ws) -> {
            if (c == 0) {
                for (int slot = 0; slot < 3; slot++) {
                    fake.now.set(T0 + (slot + 1) * MIN + 1);
                    ws.send(candleFrame(bar(slot), true));
                }
                fake.now.set(T0 + 5 * MIN + 1_000); // bars 3 and 4 close before the new connection is up
                ws.send("{\"event\":\"notice\",\"code\":\"64008\",\"msg\":\"The connection will soon be closed for a"
                        + " service upgrade. Please reconnect.\",\"connId\":\"a4d3ae55\"}");
            } else {
                fake.now.set(T0 + 6 * MIN + 1);
                ws.send(candleFrame(bar(5), true));
            }
        };
        subscribe(config.withQuoteChannel(""));
        RecordingListener.await(() -> listener.closed.size() >= 6, 10_000, () -> "6 closed bars, got "
                + listener.log + " " + listener.errors);
        Thread.sleep(50);
        assertEquals(List.of(bar(0), bar(1), bar(2), bar(3), bar(4), bar(5)), listener.closed);
        assertEquals(2, fake.connections(BUSINESS));
        assertEquals(List.of(), listener.errors); // a planned switch is not a problem
    }

    @Test
    void connectionRefusedIsReportedAndRetriedWithBackoff() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String dead = "ws://127.0.0.1:" + port;
        subscribe(config.withUrls(server.url("/").toString(), dead + PUBLIC, dead + BUSINESS));
        RecordingListener.await(() -> listener.errors.stream().filter(e -> e.contains("candle1m")).count() >= 3,
                10_000, () -> "3 reconnect reports, got " + listener.errors);
        String first = listener.errors.stream().filter(e -> e.contains("candle1m")).findFirst().orElseThrow();
        assertTrue(first.startsWith("OKX stream candle1m BTC-USDT lost (ConnectException: "), first);
        assertTrue(first.contains("); reconnecting in "), first);
        assertTrue(listener.errors.stream().anyMatch(e -> e.startsWith("OKX stream bbo-tbt BTC-USDT lost (")));
        subscription.close();
        int after = listener.errors.size();
        Thread.sleep(200);
        assertTrue(listener.errors.size() <= after + 2, "kept reconnecting after close: " + listener.errors);
    }

    @Test
    void backoffGrowsExponentiallyWithJitterUpToTheCap() {
        assertEquals(500, OkxSocket.backoffMs(0, 1_000, 60_000, 0.0));
        assertEquals(999, OkxSocket.backoffMs(0, 1_000, 60_000, 0.999));
        assertEquals(2_000, OkxSocket.backoffMs(2, 1_000, 60_000, 0.0));
        assertEquals(6_000, OkxSocket.backoffMs(3, 1_000, 60_000, 0.5));
        assertEquals(30_000, OkxSocket.backoffMs(6, 1_000, 60_000, 0.0)); // 64 s capped at 60 s
        assertEquals(45_000, OkxSocket.backoffMs(40, 1_000, 60_000, 0.5)); // no overflow on long outages
    }
}
