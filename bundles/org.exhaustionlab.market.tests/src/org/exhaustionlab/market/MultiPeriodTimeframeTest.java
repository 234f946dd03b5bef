package org.exhaustionlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The periods Pine scripts request beyond Binance's intervals: 2 weeks, quarters, half-years and years. */
class MultiPeriodTimeframeTest {

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @ParameterizedTest
    @CsvSource({"2W,WEEK_2", "2w,WEEK_2", "3M,MONTH_3", "6M,MONTH_6", "12M,MONTH_12", "3m,MINUTE_3", "M,MONTH_1",
            "2,MINUTE_2", "4,MINUTE_4", "10,MINUTE_10", "45,MINUTE_45", "180,HOUR_3", "3H,HOUR_3", "3h,HOUR_3"})
    void parsesTradingViewPeriods(String text, Timeframe expected) {
        assertEquals(expected, Timeframe.parse(text));
        assertEquals(expected, Timeframe.parse(expected.pinePeriod()));
    }

    @Test
    void monthsAreCalendarIntervalsAlignedToTheYear() {
        assertEquals(3, Timeframe.MONTH_3.months());
        assertEquals(0, Timeframe.WEEK_2.months());
        assertTrue(Timeframe.MONTH_12.isCalendar());
        assertFalse(Timeframe.WEEK_2.isCalendar());
        assertFalse(Timeframe.MONTH_3.isIntraday());
        // quarters open on Jan/Apr/Jul/Oct 1st, half-years on Jan/Jul 1st, years on Jan 1st
        long t = ms("2024-05-17T13:00:00Z");
        assertEquals(ms("2024-04-01T00:00:00Z"), Timeframe.MONTH_3.openTimeOf(t));
        assertEquals(ms("2024-07-01T00:00:00Z"), Timeframe.MONTH_3.nextOpen(t));
        assertEquals(ms("2024-01-01T00:00:00Z"), Timeframe.MONTH_6.openTimeOf(t));
        assertEquals(ms("2024-07-01T00:00:00Z"), Timeframe.MONTH_6.nextOpen(t));
        assertEquals(ms("2024-01-01T00:00:00Z"), Timeframe.MONTH_12.openTimeOf(t));
        assertEquals(ms("2025-01-01T00:00:00Z"), Timeframe.MONTH_12.nextOpen(t));
        assertEquals(ms("2025-01-01T00:00:00Z"), Timeframe.MONTH_3.nextOpen(ms("2024-10-01T00:00:00Z")));
        assertEquals(ms("1969-10-01T00:00:00Z"), Timeframe.MONTH_3.openTimeOf(ms("1969-12-31T00:00:00Z")));
    }

    @Test
    void twoWeeksOpenOnEveryOtherMonday() {
        // counted from Monday 1970-01-05: 2024-01-08 is 2818 weeks later (even), so a 2-week bar opens that day
        assertEquals(ms("2024-01-08T00:00:00Z"), Timeframe.WEEK_2.openTimeOf(ms("2024-01-10T00:00:00Z")));
        assertEquals(ms("2024-01-22T00:00:00Z"), Timeframe.WEEK_2.nextOpen(ms("2024-01-10T00:00:00Z")));
        assertEquals(ms("2024-01-08T00:00:00Z"), Timeframe.WEEK_2.openTimeOf(ms("2024-01-21T23:59:59Z")));
        assertEquals(14 * 86_400_000L, Timeframe.WEEK_2.durationMs());
    }

    @Test
    void longerPeriodsAggregateShorterOnes() {
        assertTrue(Timeframe.MONTH_3.isMultipleOf(Timeframe.MONTH_1));
        assertTrue(Timeframe.MONTH_12.isMultipleOf(Timeframe.MONTH_6));
        assertTrue(Timeframe.MONTH_12.isMultipleOf(Timeframe.MONTH_3));
        assertFalse(Timeframe.MONTH_6.isMultipleOf(Timeframe.MONTH_12));
        assertTrue(Timeframe.MONTH_3.isMultipleOf(Timeframe.DAY_1));
        assertFalse(Timeframe.MONTH_3.isMultipleOf(Timeframe.WEEK_1));
        assertTrue(Timeframe.WEEK_2.isMultipleOf(Timeframe.WEEK_1));
        assertTrue(Timeframe.WEEK_2.isMultipleOf(Timeframe.HOUR_4));
        assertFalse(Timeframe.WEEK_2.isMultipleOf(Timeframe.DAY_3));
        assertFalse(Timeframe.MONTH_1.isMultipleOf(Timeframe.MONTH_3));
    }

    @Test
    void extraMinuteAndHourPeriodsAreFixedLengthAndEpochAligned() {
        assertEquals(45 * 60_000L, Timeframe.MINUTE_45.durationMs());
        assertEquals(ms("2024-05-17T12:45:00Z"), Timeframe.MINUTE_45.openTimeOf(ms("2024-05-17T13:00:00Z")));
        assertEquals(ms("2024-05-17T12:00:00Z"), Timeframe.HOUR_3.openTimeOf(ms("2024-05-17T13:59:00Z")));
        assertTrue(Timeframe.HOUR_3.isMultipleOf(Timeframe.MINUTE_45));
        assertTrue(Timeframe.MINUTE_10.isMultipleOf(Timeframe.MINUTE_2));
        assertFalse(Timeframe.MINUTE_10.isMultipleOf(Timeframe.MINUTE_4));
        assertTrue(Timeframe.MINUTE_2.isIntraday());
    }

    @Test
    void onlyBinanceIntervalsAreExchangeIntervals() {
        assertTrue(Timeframe.MONTH_1.isExchangeInterval());
        assertTrue(Timeframe.MINUTE_1.isExchangeInterval());
        assertFalse(Timeframe.WEEK_2.isExchangeInterval());
        assertFalse(Timeframe.MONTH_3.isExchangeInterval());
        assertFalse(Timeframe.MINUTE_10.isExchangeInterval());
        assertFalse(Timeframe.HOUR_3.isExchangeInterval());
    }

    @Test
    void resamplesDailyBarsIntoQuarters() {
        long day = 86_400_000L;
        long start = ms("2024-01-01T00:00:00Z");
        BarSeries.Builder b = BarSeries.builder(Symbol.of("BTCUSDT", 0.01, 0.001), Timeframe.DAY_1, 200);
        for (int i = 0; i < 200; i++) { // 2024-01-01 .. 2024-07-18
            b.add(start + i * day, 100 + i, 101 + i, 99 + i, 100.5 + i, 1);
        }
        BarSeries quarters = Resampler.resample(b.build(), Timeframe.MONTH_3);
        assertEquals(3, quarters.size());
        assertEquals(ms("2024-04-01T00:00:00Z"), quarters.time(1));
        assertEquals(91, quarters.volume(0)); // Q1 2024: 31 + 29 + 31 days
        assertEquals(91, quarters.volume(1)); // Q2: 30 + 31 + 30
        assertEquals(18, quarters.volume(2));
        assertEquals(100 + 91, quarters.open(1));
        assertEquals(100.5 + 181, quarters.close(1));
    }
}
