package org.exhaustionlab.store;

import static org.exhaustionlab.store.TestBars.KEY;
import static org.exhaustionlab.store.TestBars.MIN;
import static org.exhaustionlab.store.TestBars.T0;
import static org.exhaustionlab.store.TestBars.minutes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarStoreTest {

    @TempDir
    Path home;
    MarketStore store;
    BarStore bars;

    @BeforeEach
    void open() throws IOException {
        store = MarketStore.open(home);
        bars = store.bars();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void opensInWalModeWithForeignKeysAndLatestSchema() throws IOException {
        assertEquals(home.resolve("exhaustionlab.db"), store.file());
        assertEquals("wal", store.pragmaText("journal_mode"));
        assertEquals("1", store.pragmaText("synchronous")); // NORMAL
        assertEquals("1", store.pragmaText("foreign_keys"));
        assertEquals(Migrations.LATEST, store.schemaVersion());
        assertEquals(2, Migrations.LATEST);
        assertEquals("ok", store.integrityCheck());
    }

    @Test
    void roundTripsBarsAcrossSeveralBlocksAndPersistsOverReopen() throws IOException {
        BarSeries in = minutes(-500, 3_700); // crosses block boundaries, starts mid-block
        bars.upsert(KEY, in);
        assertEquals(in, bars.loadAll(KEY));
        store.close();
        store = MarketStore.open(home);
        bars = store.bars();
        assertEquals(in, store.bars().loadAll(KEY));
        assertEquals(in.sliceByTime(T0 + 10 * MIN, T0 + 2_500 * MIN), bars.load(KEY, T0 + 10 * MIN, T0 + 2_500 * MIN));
    }

    @Test
    void upsertReplacesBarsWithTheSameOpenTimeAndKeepsOthers() throws IOException {
        bars.upsert(KEY, minutes(0, 100));
        BarSeries changed = BarSeries.builder(TestBars.BTC, Timeframe.MINUTE_1).add(T0 + 50 * MIN, 1, 2, 0.5, 1.5, 7)
                .add(T0 + 150 * MIN, 3, 4, 2, 3, 8).build();
        bars.upsert(KEY, changed);
        BarSeries all = bars.loadAll(KEY);
        assertEquals(101, all.size());
        int i = all.indexOf(T0 + 50 * MIN);
        assertEquals(1.5, all.close(i));
        assertEquals(7, all.volume(i));
        assertEquals(TestBars.closeAt(49), all.close(i - 1));
        assertEquals(T0 + 150 * MIN, all.lastTime());
    }

    @Test
    void coverageTracksFetchedRangesIncludingEmptyOnesAndReportsGaps() throws IOException {
        bars.upsert(KEY, minutes(0, 100));
        bars.upsert(KEY, minutes(200, 50));
        bars.markCovered(KEY, TestBars.BTC, new TimeRange(T0 + 250 * MIN, T0 + 300 * MIN)); // no trading there
        Coverage c = bars.coverage("binance-spot", "BTCUSDT", Timeframe.MINUTE_1);
        assertEquals(List.of(new TimeRange(T0, T0 + 100 * MIN), new TimeRange(T0 + 200 * MIN, T0 + 300 * MIN)),
                c.ranges());
        assertEquals(List.of(new TimeRange(T0 + 100 * MIN, T0 + 200 * MIN), new TimeRange(T0 + 300 * MIN,
                T0 + 400 * MIN)), c.gaps(T0, T0 + 400 * MIN));
        assertEquals(Coverage.EMPTY, bars.coverage("binance-spot", "ETHUSDT", Timeframe.MINUTE_1));
    }

    @Test
    void listsSeriesWithCountsAndRanges() throws IOException {
        bars.upsert(KEY, minutes(0, 1_500));
        SeriesKey hourly = new SeriesKey("binance-spot", "BTCUSDT", Timeframe.HOUR_1);
        BarSeries h = BarSeries.builder(TestBars.BTC, Timeframe.HOUR_1).add(T0, 1, 2, 0.5, 1.5, 1)
                .add(T0 + 3_600_000, 1.5, 2, 1, 1.2, 1).build();
        bars.upsert(hourly, h);
        List<SeriesInfo> list = bars.list();
        assertEquals(2, list.size());
        SeriesInfo minute = list.stream().filter(s -> s.key().equals(KEY)).findFirst().orElseThrow();
        assertEquals(1_500, minute.barCount());
        assertEquals(T0, minute.firstTimeMs());
        assertEquals(T0 + 1_499 * MIN, minute.lastTimeMs());
        assertEquals(List.of(new TimeRange(T0, T0 + 1_500 * MIN)), minute.coverage());
        SeriesInfo hour = list.stream().filter(s -> s.key().equals(hourly)).findFirst().orElseThrow();
        assertEquals(2, hour.barCount());
        assertEquals(TestBars.BTC, bars.loadAll(hourly).symbol());
    }

    @Test
    void deleteCascadesToBarsAndCoverage() throws IOException {
        bars.upsert(KEY, minutes(0, 10));
        assertTrue(bars.delete(KEY));
        assertFalse(bars.delete(KEY));
        assertEquals(List.of(), bars.list());
        assertEquals(Coverage.EMPTY, bars.coverage(KEY));
        assertEquals("0", store.read("count", c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM bar_block")) {
                rs.next();
                return rs.getString(1);
            }
        }));
    }

    @Test
    void refusesMismatchedTimeframeAndUnknownSeriesClearly() {
        SeriesKey hourly = new SeriesKey("binance-spot", "BTCUSDT", Timeframe.HOUR_1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bars.upsert(hourly, minutes(0, 3)));
        assertEquals("cannot store 1m bars as binance-spot:BTCUSDT 1h", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> bars.loadAll(hourly));
        assertEquals("no bars cached for binance-spot:BTCUSDT 1h", e.getMessage());
    }

    @Test
    void refusesADatabaseFromANewerProgram() throws IOException {
        store.read("bump", c -> {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA user_version = 99");
            }
            return null;
        });
        store.close();
        IOException e = assertThrows(IOException.class, () -> MarketStore.open(home));
        assertTrue(e.getMessage().contains("schema version 99, newer than this program understands (2)"),
                e.getMessage());
        store = MarketStore.open(home.resolve("other")); // for @AfterEach
    }

    @Test
    void migratesAVersionOneDatabaseKeepingItsBars() throws IOException {
        bars.upsert(KEY, minutes(0, 5));
        store.read("downgrade", c -> {
            try (var s = c.createStatement()) {
                for (String t : List.of("trial_return", "trial", "run", "strategy")) {
                    s.execute("DROP TABLE " + t);
                }
                s.execute("PRAGMA user_version = 1");
            }
            return null;
        });
        store.close();
        store = MarketStore.open(home);
        assertEquals(2, store.schemaVersion());
        assertEquals(5, store.bars().loadAll(KEY).size());
        store.registry().saveStrategy(new StrategyRecord("s1", "x", null, "hand", "//@version=6", 1));
    }

    @Test
    void defaultHomeHonoursTheSystemProperty() {
        String before = System.getProperty(MarketStore.HOME_PROPERTY);
        try {
            System.setProperty(MarketStore.HOME_PROPERTY, home.toString());
            assertEquals(home, MarketStore.defaultHome());
        } finally {
            if (before == null) {
                System.clearProperty(MarketStore.HOME_PROPERTY);
            } else {
                System.setProperty(MarketStore.HOME_PROPERTY, before);
            }
        }
    }

    @Test
    void mergeKeepsOrderAndNewValuesWin() {
        BarSeries old = minutes(0, 5);
        BarBlockCodec.Block oldBlock = BarBlockCodec.decode(BarBlockCodec.encode(old, 0, 5));
        BarSeries fresh = BarSeries.builder(TestBars.BTC, Timeframe.MINUTE_1).add(T0 - MIN, 1, 1, 1, 1, 1)
                .add(T0 + 2 * MIN, 2, 2, 2, 2, 2).add(T0 + 9 * MIN, 3, 3, 3, 3, 3).build();
        BarBlockCodec.Block m = BarBlockCodec.merge(oldBlock, fresh, 0, 3);
        assertArrayEquals(new long[] {T0 - MIN, T0, T0 + MIN, T0 + 2 * MIN, T0 + 3 * MIN, T0 + 4 * MIN,
                T0 + 9 * MIN}, m.time());
        assertEquals(2, m.close()[3]);
        assertEquals(old.close(1), m.close()[2]);
    }
}
