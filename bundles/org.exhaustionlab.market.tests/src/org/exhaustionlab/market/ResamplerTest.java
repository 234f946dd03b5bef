package org.exhaustionlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ResamplerTest {

    private static final Symbol SYM = Symbol.of("ETHUSDT", 0.01, 0.0001);
    private static final long MIN = 60_000L;

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void aggregatesOhlcvPerBucket() {
        long t0 = ms("2024-01-01T00:00:00Z");
        BarSeries.Builder b = BarSeries.builder(SYM, Timeframe.MINUTE_1);
        // bucket 00:00-00:05
        b.add(t0, 10, 12, 9, 11, 1);
        b.add(t0 + MIN, 11, 15, 10, 14, 2);
        b.add(t0 + 2 * MIN, 14, 14, 8, 9, 3);
        b.add(t0 + 4 * MIN, 9, 10, 9, 10, 4); // 00:03 missing: gaps are skipped
        // bucket 00:05-00:10
        b.add(t0 + 5 * MIN, 10, 11, 10, 11, 5);
        BarSeries five = Resampler.resample(b.build(), Timeframe.MINUTE_5);

        assertEquals(Timeframe.MINUTE_5, five.timeframe());
        assertEquals(2, five.size());
        assertEquals(new Bar(t0, 10, 15, 8, 10, 10), five.bar(0));
        assertEquals(new Bar(t0 + 5 * MIN, 10, 11, 10, 11, 5), five.bar(1));
    }

    @Test
    void bucketMissingItsFirstBarIsStillStampedWithTheBucketOpen() {
        long t0 = ms("2024-01-01T00:00:00Z");
        BarSeries.Builder b = BarSeries.builder(SYM, Timeframe.MINUTE_1);
        b.add(t0 + 17 * MIN, 5, 6, 4, 5, 1);
        b.add(t0 + 61 * MIN, 5, 7, 5, 6, 1);
        BarSeries hours = Resampler.resample(b.build(), Timeframe.HOUR_1);
        assertEquals(t0, hours.time(0));
        assertEquals(t0 + 60 * MIN, hours.time(1));
    }

    @Test
    void resamplesToCalendarMonthsAndMondayWeeks() {
        BarSeries.Builder b = BarSeries.builder(SYM, Timeframe.DAY_1);
        long day = 86_400_000L;
        long start = ms("2024-01-29T00:00:00Z"); // a Monday
        for (int i = 0; i < 40; i++) { // to 2024-03-08
            b.add(start + i * day, 100 + i, 101 + i, 99 + i, 100.5 + i, 1);
        }
        BarSeries daily = b.build();

        BarSeries months = Resampler.resample(daily, Timeframe.MONTH_1);
        assertEquals(3, months.size());
        assertEquals(ms("2024-01-01T00:00:00Z"), months.time(0));
        assertEquals(ms("2024-02-01T00:00:00Z"), months.time(1));
        assertEquals(ms("2024-03-01T00:00:00Z"), months.time(2));
        assertEquals(3, months.volume(0)); // Jan 29, 30, 31
        assertEquals(29, months.volume(1)); // leap February
        assertEquals(8, months.volume(2));
        assertEquals(100 + 3, months.open(1));
        assertEquals(100.5 + 31, months.close(1));
        assertEquals(101 + 31, months.high(1));
        assertEquals(99 + 3, months.low(1));

        BarSeries weeks = Resampler.resample(daily, Timeframe.WEEK_1);
        assertEquals(6, weeks.size());
        assertEquals(start, weeks.time(0));
        assertEquals(7, weeks.volume(0));
        assertEquals(5, weeks.volume(5));
    }

    @Test
    void volumeTotalAndExtremesArePreservedOnRandomData() {
        BarSeries minutes = BarSeriesTest.minutes(1000);
        for (Timeframe tf : new Timeframe[] {Timeframe.MINUTE_3, Timeframe.MINUTE_15, Timeframe.HOUR_1,
                Timeframe.HOUR_4}) {
            BarSeries higher = Resampler.resample(minutes, tf);
            double volume = 0;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < higher.size(); i++) {
                volume += higher.volume(i);
                max = Math.max(max, higher.high(i));
                assertEquals(0, Math.floorMod(higher.time(i), tf.durationMs()), "aligned open time");
            }
            assertEquals(999 * 1000 / 2.0, volume);
            assertEquals(1100, max);
            assertEquals(minutes.close(999), higher.close(higher.size() - 1));
            assertEquals(minutes.open(0), higher.open(0));
        }
    }

    @Test
    void sameTimeframeReturnsTheSeriesAndNonNestingIsRefused() {
        BarSeries minutes = BarSeriesTest.minutes(10);
        assertSame(minutes, Resampler.resample(minutes, Timeframe.MINUTE_1));
        BarSeries fours = Resampler.resample(minutes, Timeframe.HOUR_4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resampler.resample(fours, Timeframe.HOUR_1));
        assertTrue(e.getMessage().contains("cannot resample 4h bars to 1h"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Resampler.resample(Resampler.resample(minutes, Timeframe.DAY_3), Timeframe.WEEK_1));
    }
}
