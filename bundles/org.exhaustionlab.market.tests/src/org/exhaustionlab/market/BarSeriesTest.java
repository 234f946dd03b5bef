package org.exhaustionlab.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BarSeriesTest {

    static final Symbol BTC = Symbol.of("BTCUSDT", 0.01, 0.00001);
    static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    static final long MIN = 60_000L;

    /** n one-minute bars with close = 100 + i. */
    static BarSeries minutes(int n) {
        BarSeries.Builder b = BarSeries.builder(BTC, Timeframe.MINUTE_1);
        for (int i = 0; i < n; i++) {
            double c = 100 + i;
            b.add(T0 + i * MIN, c - 0.5, c + 1, c - 1, c, i);
        }
        return b.build();
    }

    @Test
    void builderGrowsAndAccessorsReadBack() {
        BarSeries s = minutes(1000); // more than the initial capacity
        assertEquals(1000, s.size());
        assertEquals(T0 + 999 * MIN, s.time(999));
        assertEquals(1099, s.close(999));
        assertEquals(1098.5, s.open(999));
        assertEquals(1100, s.high(999));
        assertEquals(1098, s.low(999));
        assertEquals(999, s.volume(999));
        assertEquals(new Bar(T0 + MIN, 100.5, 102, 100, 101, 1), s.bar(1));
        assertEquals(T0, s.firstTime());
        assertEquals(T0 + 999 * MIN, s.lastTime());
        assertSame(BTC, s.symbol());
        assertEquals(Timeframe.MINUTE_1, s.timeframe());
    }

    @Test
    void rawColumnsAreExactlySizedAndMatchTheAccessors() {
        BarSeries s = minutes(300);
        assertEquals(300, s.times().length);
        assertEquals(300, s.closes().length);
        assertEquals(300, s.volumes().length);
        for (int i = 0; i < s.size(); i++) {
            assertEquals(s.time(i), s.times()[i]);
            assertEquals(s.open(i), s.opens()[i]);
            assertEquals(s.high(i), s.highs()[i]);
            assertEquals(s.low(i), s.lows()[i]);
            assertEquals(s.close(i), s.closes()[i]);
        }
    }

    @Test
    void builtSeriesDoesNotSeeLaterBuilderChanges() {
        BarSeries.Builder b = BarSeries.builder(BTC, Timeframe.MINUTE_1);
        b.add(T0, 1, 2, 1, 2, 0);
        BarSeries first = b.build();
        b.add(T0 + MIN, 2, 3, 2, 3, 0);
        assertEquals(1, first.size());
        assertEquals(2, b.build().size());
    }

    @Test
    void liveUpdateReplacesTheFormingBar() {
        BarSeries.Builder b = BarSeries.builder(BTC, Timeframe.MINUTE_1);
        b.add(T0, 10, 11, 9, 10.5, 1);
        b.addOrReplaceLast(new Bar(T0, 10, 12, 9, 11.5, 3));
        b.addOrReplaceLast(new Bar(T0 + MIN, 11.5, 12, 11, 11, 1));
        BarSeries s = b.build();
        assertEquals(2, s.size());
        assertEquals(11.5, s.close(0));
        assertEquals(3, s.volume(0));
        assertEquals(T0 + MIN, b.lastTime());
    }

    @Test
    void builderRefusesInconsistentBarsWithAClearMessage() {
        BarSeries.Builder b = BarSeries.builder(BTC, Timeframe.MINUTE_1);
        b.add(T0, 10, 11, 9, 10, 1);
        assertMessage("high 8.0 is below low 9.0", () -> b.add(T0 + MIN, 9, 8, 9, 9, 1));
        assertMessage("open 12.0 is outside", () -> b.add(T0 + MIN, 12, 11, 9, 10, 1));
        assertMessage("close 8.0 is outside", () -> b.add(T0 + MIN, 10, 11, 9, 8, 1));
        assertMessage("volume -1.0 is negative", () -> b.add(T0 + MIN, 10, 11, 9, 10, -1));
        assertMessage("open NaN is not a finite number", () -> b.add(T0 + MIN, Double.NaN, 11, 9, 10, 1));
        assertMessage("high Infinity", () -> b.add(T0 + MIN, 10, Double.POSITIVE_INFINITY, 9, 10, 1));
        assertMessage("duplicate bar", () -> b.add(T0, 10, 11, 9, 10, 1));
        assertMessage("goes backwards", () -> b.add(T0 - MIN, 10, 11, 9, 10, 1));
        assertEquals(1, b.size()); // nothing refused was added
        b.add(T0 + MIN, 10, 11, 9, 10, Double.NaN); // NaN volume = no volume data: allowed
        assertTrue(Double.isNaN(b.build().volume(1)));
    }

    private static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("BTCUSDT bar 1 at "), e.getMessage());
    }

    @Test
    void ofCopiesAndValidatesColumns() {
        long[] t = {T0, T0 + MIN};
        double[] c = {10, 11};
        BarSeries s = BarSeries.of(BTC, Timeframe.MINUTE_1, t, c, c, c, c, new double[] {1, 2});
        t[0] = 0;
        assertEquals(T0, s.time(0));
        assertThrows(IllegalArgumentException.class,
                () -> BarSeries.of(BTC, Timeframe.MINUTE_1, t, c, c, c, c, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> BarSeries.of(BTC, Timeframe.MINUTE_1,
                new long[] {T0, T0}, c, c, c, c, new double[] {1, 2}));
    }

    @Test
    void sliceByIndexIsAnIndependentCopy() {
        BarSeries s = minutes(10);
        BarSeries part = s.slice(3, 7);
        assertEquals(4, part.size());
        assertEquals(s.time(3), part.time(0));
        assertEquals(s.close(6), part.close(3));
        assertEquals(4, part.closes().length);
        assertEquals(0, s.slice(5, 5).size());
        assertThrows(IndexOutOfBoundsException.class, () -> s.slice(5, 11));
        assertThrows(IndexOutOfBoundsException.class, () -> s.slice(6, 5));
    }

    @Test
    void sliceByTimeIsHalfOpen() {
        BarSeries s = minutes(10);
        BarSeries part = s.sliceByTime(T0 + 2 * MIN, T0 + 5 * MIN);
        assertArrayEquals(new long[] {T0 + 2 * MIN, T0 + 3 * MIN, T0 + 4 * MIN}, part.times());
        BarSeries between = s.sliceByTime(T0 + 2 * MIN + 1, T0 + 4 * MIN + 1); // not on bar boundaries
        assertArrayEquals(new long[] {T0 + 3 * MIN, T0 + 4 * MIN}, between.times());
        assertEquals(0, s.sliceByTime(T0 + 100 * MIN, T0 + 200 * MIN).size());
        assertEquals(0, s.sliceByTime(T0 + 5 * MIN, T0 + 2 * MIN).size());
        assertEquals(10, s.sliceByTime(Long.MIN_VALUE, Long.MAX_VALUE).size());
    }

    @Test
    void timeLookup() {
        BarSeries s = minutes(10);
        assertEquals(4, s.indexOf(T0 + 4 * MIN));
        assertTrue(s.indexOf(T0 + 4 * MIN + 1) < 0);
        assertEquals(5, s.indexAtOrAfter(T0 + 4 * MIN + 1));
        assertEquals(0, s.indexAtOrAfter(0));
        assertEquals(10, s.indexAtOrAfter(T0 + 10 * MIN));
    }

    @Test
    void equalityComparesEveryValue() {
        assertEquals(minutes(20), minutes(20));
        assertEquals(minutes(20).hashCode(), minutes(20).hashCode());
        assertNotEquals(minutes(20), minutes(21));
        assertNotEquals(minutes(20), minutes(20).withSymbol(Symbol.of("ETHUSDT", 0.01, 0.0001)));
        assertTrue(minutes(3).toString().contains("BTCUSDT 1m, 3 bars 2024-01-01T00:00:00Z"));
    }
}
