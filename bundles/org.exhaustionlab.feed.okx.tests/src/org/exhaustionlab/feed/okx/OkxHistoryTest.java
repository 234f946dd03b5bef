package org.exhaustionlab.feed.okx;

import static org.exhaustionlab.feed.okx.FakeOkx.MIN;
import static org.exhaustionlab.feed.okx.FakeOkx.T0;
import static org.exhaustionlab.feed.okx.FakeOkx.bar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;

class OkxHistoryTest {

    static final String RATE_LIMIT_BODY = "{\"msg\":\"Too Many Requests\",\"code\":\"50011\"}";

    MockWebServer server = new MockWebServer();
    FakeOkx fake = new FakeOkx();
    List<Long> sleeps = new CopyOnWriteArrayList<>();
    OkxMarketDataFeed feed;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(fake);
        server.start();
        feed = new OkxMarketDataFeed(config(server.url("/").toString()));
    }

    OkxConfig config(String restUrl) {
        return OkxConfig.global().withUrls(restUrl, "ws://127.0.0.1:1/ws/v5/public", "ws://127.0.0.1:1/ws/v5/business")
                .withClock(fake.now::get).withSleeper(sleeps::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static List<Bar> bars(long fromSlot, long toSlot) {
        List<Bar> out = new ArrayList<>();
        for (long s = fromSlot; s < toSlot; s++) {
            out.add(bar(s));
        }
        return out;
    }

    static List<Bar> barsOf(BarSeries s) {
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(s.bar(i));
        }
        return out;
    }

    List<String> paths() {
        return fake.candleRequests.stream().map(HttpUrl::encodedPath).toList();
    }

    @Test
    void listsLiveSpotSymbolsWithTickAndLotSizesUnderOurNames() throws Exception {
        List<Symbol> symbols = feed.symbols();
        assertEquals(List.of(new Symbol("OKX", "BTCUSDT", "BTC", "USDT", 0.1, 0.00000001),
                new Symbol("OKX", "ETHUSDT", "ETH", "USDT", 0.01, 0.000001)), symbols);
        assertEquals(0.0001, feed.symbol("lunausdt").tickSize()); // suspended instruments still resolve (cached)
        assertEquals("BTCUSDT", feed.symbol("BTC-USDT").name());
        assertEquals("ETH-USDT", feed.instId("ethusdt"));
        assertEquals(1, server.getRequestCount());
        assertEquals("instType=SPOT", server.takeRequest().getUrl().encodedQuery());
    }

    @Test
    void pagesBackwardsThroughHistoryIntoAForwardSeries() throws IOException {
        fake.now.set(T0 + 5_000 * MIN); // far beyond the range: only the history endpoint has it
        BarSeries s = feed.history("BTCUSDT", Timeframe.MINUTE_1, T0 + 100 * MIN, T0 + 350 * MIN);
        assertEquals(bars(100, 350), barsOf(s));
        assertEquals(new Symbol("OKX", "BTCUSDT", "BTC", "USDT", 0.1, 0.00000001), s.symbol());
        assertEquals(List.of(String.valueOf(T0 + 350 * MIN), String.valueOf(T0 + 250 * MIN),
                String.valueOf(T0 + 150 * MIN)), fake.candleRequests.stream().map(u -> u.queryParameter("after"))
                        .toList());
        assertEquals(List.of(OkxMarketDataFeed.HISTORY_CANDLES, OkxMarketDataFeed.HISTORY_CANDLES,
                OkxMarketDataFeed.HISTORY_CANDLES), paths());
        HttpUrl first = fake.candleRequests.get(0);
        assertEquals("BTC-USDT", first.queryParameter("instId"));
        assertEquals("1m", first.queryParameter("bar"));
        assertEquals("100", first.queryParameter("limit"));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void overlappingPagesGiveNoDuplicates() throws IOException {
        fake.now.set(T0 + 5_000 * MIN);
        fake.inclusiveAfter = true; // every page repeats the newest row of the one before
        BarSeries s = feed.history("BTCUSDT", Timeframe.MINUTE_1, T0 + 100 * MIN, T0 + 350 * MIN);
        assertEquals(bars(100, 350), barsOf(s));
        assertEquals(3, fake.candleRequests.size());
    }

    @Test
    void recentBarsComeFromTheCandlesEndpointWithoutTheFormingBar() throws IOException {
        fake.now.set(T0 + 5_000 * MIN + 30_000); // bar 5000 is forming
        BarSeries s = feed.history("BTCUSDT", Timeframe.MINUTE_1, T0 + 4_900 * MIN, T0 + 6_000 * MIN);
        assertEquals(bars(4_900, 5_000), barsOf(s));
        assertEquals(List.of(OkxMarketDataFeed.CANDLES), paths());
        assertEquals("300", fake.candleRequests.get(0).queryParameter("limit"));
    }

    @Test
    void longRangeSwitchesFromRecentToHistoryEndpointWithoutGaps() throws IOException {
        fake.now.set(T0 + 2_000 * MIN + 5_000);
        fake.recentBars = 500; // the candles endpoint runs dry early: the feed must carry on with history
        BarSeries s = feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, fake.now.get());
        assertEquals(bars(0, 2_000), barsOf(s)); // 0 missing, 0 duplicated, forming bar 2000 left out
        assertEquals(3, paths().stream().filter(OkxMarketDataFeed.CANDLES::equals).count()); // 2 full, 1 empty
        assertEquals(16, paths().stream().filter(OkxMarketDataFeed.HISTORY_CANDLES::equals).count());
    }

    @Test
    void dailyBarsAskForUtcAlignedCandles() throws IOException {
        BarSeries s = feed.history("ETHUSDT", Timeframe.DAY_1, T0, T0 + 10 * 86_400_000L);
        assertEquals(10, s.size());
        assertEquals(bar(9, Timeframe.DAY_1), s.bar(9));
        assertEquals("1Dutc", fake.candleRequests.get(0).queryParameter("bar"));
        assertEquals("ETH-USDT", fake.candleRequests.get(0).queryParameter("instId"));
        assertEquals("1H", OkxMarketDataFeed.barCode(Timeframe.HOUR_1));
        assertEquals("6Hutc", OkxMarketDataFeed.barCode(Timeframe.HOUR_6));
        assertEquals("1Wutc", OkxMarketDataFeed.barCode(Timeframe.WEEK_1));
        assertEquals("1Mutc", OkxMarketDataFeed.barCode(Timeframe.MONTH_1));
    }

    @Test
    void hongKongAlignedCandlesAreRefused() throws IOException {
        feed.symbol("BTCUSDT");
        long hkMidnight = T0 - 8 * 3_600_000L; // 00:00 UTC+8 = 16:00 UTC the day before
        fake.scripted.add(FakeOkx.json(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":["
                + FakeOkx.candleRow(new Bar(hkMidnight, 42_000, 42_100, 41_900, 42_050, 3), true) + "]}"));
        IOException e = assertThrows(IOException.class,
                () -> feed.history("BTCUSDT", Timeframe.DAY_1, T0 - 5 * 86_400_000L, T0));
        assertEquals("OKX sent a malformed BTC-USDT 1d candle: candle at 2023-12-31T16:00:00Z does not open on the UTC"
                + " 1d grid", e.getMessage());
    }

    @Test
    void unsupportedTimeframesAreRefusedBeforeAnyRequest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> feed.history("BTCUSDT", Timeframe.HOUR_8, T0, T0 + MIN));
        assertEquals("OKX has no 8h candles (it serves 1m 3m 5m 15m 30m 1h 2h 4h 6h 12h 1d 1w 1M)", e.getMessage());
        assertFalse(feed.timeframes().contains(Timeframe.DAY_3));
        assertEquals(13, feed.timeframes().size());
        assertEquals(0, server.getRequestCount());
    }

    /** 45 history pages: OKX allows 20 per 2 seconds, so the 21st and the 41st request wait for the window. */
    @Test
    void pacesLongDownloadsUnderOkxsLimitInsteadOfCollecting429s() throws IOException {
        OkxMarketDataFeed paced = new OkxMarketDataFeed(config(server.url("/").toString()).withSleeper(ms -> {
            sleeps.add(ms);
            fake.now.addAndGet(ms); // time passes while the feed waits
        }));
        BarSeries s = paced.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 4_500 * MIN);
        assertEquals(bars(0, 4_500), barsOf(s));
        assertEquals(45, fake.candleRequests.size());
        assertEquals(List.of(2_000L, 2_000L), sleeps);
    }

    @Test
    void backsOffAndRetriesOnHttp429() throws IOException {
        feed.symbol("BTCUSDT");
        fake.scripted.add(FakeOkx.json(429, RATE_LIMIT_BODY));
        BarSeries s = feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 5 * MIN);
        assertEquals(bars(0, 5), barsOf(s));
        assertEquals(List.of(1_000L), sleeps);
        assertEquals(2, fake.candleRequests.size());
    }

    @Test
    void backsOffOnCode50011EvenWithHttp200() throws IOException {
        feed.symbol("BTCUSDT");
        fake.scripted.add(FakeOkx.json(200, RATE_LIMIT_BODY));
        fake.scripted.add(FakeOkx.json(200, RATE_LIMIT_BODY));
        BarSeries s = feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 5 * MIN);
        assertEquals(5, s.size());
        assertEquals(List.of(1_000L, 2_000L), sleeps);
    }

    @Test
    void aRateLimitThatNeverClearsIsAClearError() throws IOException {
        feed.symbol("BTCUSDT");
        for (int i = 0; i < 6; i++) {
            fake.scripted.add(FakeOkx.json(429, RATE_LIMIT_BODY));
        }
        OkxException e = assertThrows(OkxException.class,
                () -> feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 5 * MIN));
        assertTrue(e.isRateLimit());
        assertEquals("OKX rate limit still exceeded after 5 retries (GET /api/v5/market/history-candles?instId=BTC-USDT"
                + "&bar=1m&after=" + (T0 + 5 * MIN) + "&limit=100); try again later", e.getMessage());
        assertEquals(List.of(1_000L, 2_000L, 4_000L, 8_000L, 16_000L), sleeps);
    }

    @Test
    void unknownSymbolIsAClearIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> feed.history("FOOUSDT", Timeframe.MINUTE_1, T0, T0 + 5 * MIN));
        assertEquals("unknown symbol 'FOOUSDT' on OKX Spot (not among the 3 spot instruments OKX lists)",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> feed.history("FOO-USDT", Timeframe.MINUTE_1, T0, T0 + 5 * MIN));
        assertEquals("unknown symbol 'FOO-USDT' on OKX Spot (OKX refused GET /api/v5/public/instruments?instType=SPOT"
                + "&instId=FOO-USDT: Instrument ID does not exist (code 51001, HTTP 200))", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> feed.symbol("BTC USDT"));
        assertEquals("'BTC USDT' is not an OKX spot symbol name (e.g. BTCUSDT or BTC-USDT)", e.getMessage());
        assertTrue(fake.candleRequests.isEmpty());
    }

    @Test
    void errorCodesBecomeOneLineMessages() throws IOException {
        feed.symbol("BTCUSDT");
        fake.scripted.add(FakeOkx.error(400, "51001", "Instrument ID does not exist"));
        IllegalArgumentException gone = assertThrows(IllegalArgumentException.class,
                () -> feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + MIN));
        assertEquals("OKX refused GET /api/v5/market/history-candles?instId=BTC-USDT&bar=1m&after=" + (T0 + MIN)
                + "&limit=100: Instrument ID does not exist (code 51001, HTTP 400)", gone.getMessage());

        fake.scripted.add(FakeOkx.error(200, "50026", "System error, please try again later."));
        OkxException e = assertThrows(OkxException.class,
                () -> feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + MIN));
        assertEquals("50026", e.errorCode());
        assertEquals(200, e.httpStatus());
        assertFalse(e.isRateLimit());
        assertTrue(e.getMessage().endsWith(": System error, please try again later. (code 50026, HTTP 200)"),
                e.getMessage());

        fake.scripted.add(new mockwebserver3.MockResponse.Builder().code(503)
                .body("<html>Service Unavailable</html>\n<p>upstream</p>").build());
        e = assertThrows(OkxException.class, () -> feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + MIN));
        assertTrue(e.getMessage().endsWith(": <html>Service Unavailable</html> (HTTP 503)"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void malformedCandlesFailTheRequestClearly() throws IOException {
        feed.symbol("BTCUSDT");
        fake.scripted.add(FakeOkx.json(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[[\"" + T0
                + "\",\"42000\",\"abc\",\"41000\",\"42000\",\"1\",\"42000\",\"42000\",\"1\"]]}"));
        IOException e = assertThrows(IOException.class,
                () -> feed.history("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + MIN));
        assertEquals("OKX sent a malformed BTC-USDT 1m candle: h 'abc' is not a number", e.getMessage());
    }

    @Test
    void connectionRefusedIsAClearIOException() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OkxMarketDataFeed offline = new OkxMarketDataFeed(config("http://127.0.0.1:" + port));
        IOException e = assertThrows(IOException.class, () -> offline.symbols());
        assertTrue(e.getMessage().startsWith("cannot reach OKX at http://127.0.0.1:" + port + " ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("; check the network connection and the base URL"), e.getMessage());
    }

    @Test
    void refusesAnInvertedRange() {
        assertThrows(IllegalArgumentException.class, () -> feed.history("BTCUSDT", Timeframe.MINUTE_1, T0 + 1, T0));
    }

    @Test
    void demoTradingSendsTheSimulatedTradingHeader() throws IOException {
        OkxMarketDataFeed demo = new OkxMarketDataFeed(OkxConfig.demo().withUrls(server.url("/").toString(),
                "ws://127.0.0.1:1/ws/v5/public", "ws://127.0.0.1:1/ws/v5/business"));
        demo.symbols();
        feed.symbols();
        assertEquals(List.of("1", ""), fake.simulatedHeaders);
        assertEquals("OKX Demo Trading", demo.displayName());
    }

    @Test
    void presetsPointAtOkxEndpoints() {
        OkxMarketDataFeed global = new OkxMarketDataFeed();
        assertEquals("okx-spot", global.id());
        assertEquals("OKX Spot", global.displayName());
        assertEquals("https://www.okx.com", global.config().restBaseUrl());
        assertEquals("wss://ws.okx.com:8443/ws/v5/public", global.config().publicWsUrl());
        assertEquals("wss://ws.okx.com:8443/ws/v5/business", global.config().businessWsUrl());
        assertEquals("bbo-tbt", global.config().quoteChannel());
        assertFalse(global.config().simulatedTrading());
        assertEquals("https://aws.okx.com", OkxConfig.aws().restBaseUrl());
        assertEquals("wss://wsaws.okx.com:8443/ws/v5/business", OkxConfig.aws().businessWsUrl());
        assertEquals("https://www.okx.com", OkxConfig.demo().restBaseUrl());
        assertEquals("wss://wspap.okx.com:8443/ws/v5/public", OkxConfig.demo().publicWsUrl());
        assertTrue(OkxConfig.demo().simulatedTrading());
        assertEquals("https://eea.okx.com", OkxConfig.eea().restBaseUrl());
        assertEquals("wss://wseea.okx.com:8443/ws/v5/business", OkxConfig.eea().businessWsUrl());
        assertThrows(IllegalArgumentException.class, () -> OkxConfig.global().withQuoteChannel("books5"));
    }
}
