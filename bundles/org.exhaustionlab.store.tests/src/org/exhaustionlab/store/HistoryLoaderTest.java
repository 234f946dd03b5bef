package org.exhaustionlab.store;

import static org.exhaustionlab.store.TestBars.MIN;
import static org.exhaustionlab.store.TestBars.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryLoaderTest {

    /** A feed of TestBars with no trading in slots [1000, 1100); it can be told to fail after some requests. */
    static final class FakeFeed implements MarketDataFeed {
        final List<TimeRange> requests = new ArrayList<>();
        int failAfter = Integer.MAX_VALUE;

        @Override
        public String id() {
            return "binance-spot";
        }

        @Override
        public String displayName() {
            return "fake";
        }

        @Override
        public List<Symbol> symbols() {
            return List.of(TestBars.BTC);
        }

        @Override
        public Set<Timeframe> timeframes() {
            return EnumSet.of(Timeframe.MINUTE_1);
        }

        @Override
        public BarSeries history(String symbol, Timeframe tf, long fromMs, long toMs) throws IOException {
            if (requests.size() >= failAfter) {
                throw new IOException("network down");
            }
            requests.add(new TimeRange(fromMs, toMs));
            BarSeries all = TestBars.minutes(0, 5_000).sliceByTime(fromMs, toMs);
            BarSeries.Builder b = BarSeries.builder(TestBars.BTC, tf);
            for (int i = 0; i < all.size(); i++) {
                long slot = (all.time(i) - T0) / MIN;
                if (slot < 1000 || slot >= 1100) {
                    b.add(all.bar(i));
                }
            }
            return b.build();
        }

        @Override
        public Subscription subscribe(String symbol, Timeframe timeframe, Listener listener) {
            throw new UnsupportedOperationException();
        }
    }

    @TempDir
    Path home;
    MarketStore store;
    FakeFeed feed = new FakeFeed();

    @BeforeEach
    void open() throws IOException {
        store = MarketStore.open(home);
    }

    @AfterEach
    void close() {
        store.close();
    }

    HistoryLoader loader(long nowMs) {
        return new HistoryLoader(store.bars(), feed, () -> nowMs, 500);
    }

    @Test
    void loadsInChunksReportsProgressAndRecordsEmptyRangesAsCovered() throws IOException {
        List<long[]> progress = new ArrayList<>();
        HistoryLoader.Result r = loader(T0 + 10_000 * MIN).load("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 2_000 * MIN,
                (done, total) -> progress.add(new long[] {done, total}));
        assertEquals(1_900, r.barsStored());
        assertEquals(2_000, r.slotsTotal());
        assertEquals(4, feed.requests.size());
        assertEquals(new TimeRange(T0 + 500 * MIN, T0 + 1_000 * MIN), feed.requests.get(1));
        assertEquals(List.of(0L, 500L, 1000L, 1500L, 2000L), progress.stream().map(p -> p[0]).toList());
        assertEquals(2_000, progress.get(0)[1]);
        SeriesKey key = loader(0).keyOf("BTCUSDT", Timeframe.MINUTE_1);
        assertEquals(1_900, store.bars().loadAll(key).size());
        assertEquals(List.of(new TimeRange(T0, T0 + 2_000 * MIN)), store.bars().coverage(key).ranges());

        feed.requests.clear();
        r = loader(T0 + 10_000 * MIN).load("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 2_000 * MIN, null);
        assertEquals(0, r.slotsTotal());
        assertEquals(List.of(), feed.requests); // the no-trading hole is not fetched again
    }

    @Test
    void resumesAnInterruptedLoadFetchingOnlyTheGaps() throws IOException {
        feed.failAfter = 2;
        assertThrows(IOException.class,
                () -> loader(T0 + 10_000 * MIN).load("BTCUSDT", Timeframe.MINUTE_1, T0, T0 + 2_000 * MIN, null));
        SeriesKey key = loader(0).keyOf("BTCUSDT", Timeframe.MINUTE_1);
        assertEquals(List.of(new TimeRange(T0, T0 + 1_000 * MIN)), store.bars().coverage(key).ranges());

        feed.failAfter = Integer.MAX_VALUE;
        feed.requests.clear();
        HistoryLoader.Result r = loader(T0 + 10_000 * MIN).load("BTCUSDT", Timeframe.MINUTE_1, T0 - 100 * MIN,
                T0 + 2_000 * MIN, null);
        assertEquals(List.of(new TimeRange(T0 - 100 * MIN, T0), new TimeRange(T0 + 1_000 * MIN, T0 + 2_000 * MIN)),
                r.fetched());
        assertEquals(1_100, r.slotsTotal());
        assertEquals(List.of(new TimeRange(T0 - 100 * MIN, T0), new TimeRange(T0 + 1_000 * MIN, T0 + 1_500 * MIN),
                new TimeRange(T0 + 1_500 * MIN, T0 + 2_000 * MIN)), feed.requests);
        assertEquals(TestBars.minutes(0, 2_000).sliceByTime(T0 + 1_100 * MIN, T0 + 2_000 * MIN),
                store.bars().load(key, T0 + 1_100 * MIN, T0 + 2_000 * MIN));
    }

    @Test
    void clipsTheRangeToClosedBarsAndAlignsItsStart() throws IOException {
        long now = T0 + 300 * MIN + 25_000; // bar 300 is still forming
        HistoryLoader.Result r = loader(now).load("BTCUSDT", Timeframe.MINUTE_1, T0 + 30_000, T0 + 1_000 * MIN, null);
        assertEquals(List.of(new TimeRange(T0, T0 + 300 * MIN)), r.fetched());
        assertEquals(300, r.barsStored());
    }

    @Test
    void countsSlotsOfCalendarAndFixedIntervals() {
        long jan1 = T0;
        long apr1 = 1_711_929_600_000L; // 2024-04-01
        assertEquals(3, HistoryLoader.slots(Timeframe.MONTH_1, jan1, apr1));
        assertEquals(4, HistoryLoader.slots(Timeframe.MONTH_1, jan1, apr1 + 1));
        assertEquals(10, HistoryLoader.slots(Timeframe.MINUTE_1, T0, T0 + 10 * MIN));
        assertEquals(10, HistoryLoader.slots(Timeframe.MINUTE_1, T0 + 1, T0 + 10 * MIN + 1));
    }
}
