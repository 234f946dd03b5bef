package org.exhaustionlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeframeTest {

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @ParameterizedTest
    @CsvSource({"1m,MINUTE_1", "3m,MINUTE_3", "5m,MINUTE_5", "15m,MINUTE_15", "30m,MINUTE_30", "1h,HOUR_1",
            "2h,HOUR_2", "4h,HOUR_4", "6h,HOUR_6", "8h,HOUR_8", "12h,HOUR_12", "1d,DAY_1", "3d,DAY_3", "1w,WEEK_1",
            "1M,MONTH_1"})
    void parsesEveryBinanceCodeAndPrintsItBack(String code, Timeframe expected) {
        assertEquals(expected, Timeframe.parse(code));
        assertEquals(code, expected.code());
        assertEquals(code, expected.toString());
    }

    @ParameterizedTest
    @CsvSource({"1,MINUTE_1", "15,MINUTE_15", "60,HOUR_1", "240,HOUR_4", "720,HOUR_12", "D,DAY_1", "1D,DAY_1",
            "3D,DAY_3", "W,WEEK_1", "1W,WEEK_1", "M,MONTH_1", "1M,MONTH_1", "4H,HOUR_4", "' 1h ',HOUR_1"})
    void parsesTradingViewPeriods(String period, Timeframe expected) {
        assertEquals(expected, Timeframe.parse(period));
    }

    @Test
    void pinePeriodsAreTradingViewStrings() {
        assertEquals("60", Timeframe.HOUR_1.pinePeriod());
        assertEquals("240", Timeframe.HOUR_4.pinePeriod());
        assertEquals("D", Timeframe.DAY_1.pinePeriod());
        assertEquals("W", Timeframe.WEEK_1.pinePeriod());
        assertEquals("M", Timeframe.MONTH_1.pinePeriod());
        for (Timeframe tf : Timeframe.values()) {
            assertEquals(tf, Timeframe.parse(tf.pinePeriod()), tf.name());
        }
    }

    @Test
    void minutesAndMonthsAreDistinguishedByCase() {
        assertEquals(Timeframe.MINUTE_1, Timeframe.parse("1m"));
        assertEquals(Timeframe.MONTH_1, Timeframe.parse("1M"));
    }

    @Test
    void unknownCodeNamesTheTextAndTheValidCodes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timeframe.parse("7m"));
        assertTrue(e.getMessage().contains("'7m'"), e.getMessage());
        assertTrue(e.getMessage().contains("1m 3m 5m"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Timeframe.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Timeframe.parse(null));
    }

    @Test
    void fixedDurations() {
        assertEquals(60_000, Timeframe.MINUTE_1.durationMs());
        assertEquals(4 * 3_600_000, Timeframe.HOUR_4.durationMs());
        assertEquals(86_400_000, Timeframe.DAY_1.durationMs());
        assertEquals(7 * 86_400_000L, Timeframe.WEEK_1.durationMs());
        assertTrue(Timeframe.MONTH_1.isCalendar());
        assertFalse(Timeframe.WEEK_1.isCalendar());
        assertTrue(Timeframe.HOUR_12.isIntraday());
        assertFalse(Timeframe.DAY_1.isIntraday());
    }

    @Test
    void monthStepsFollowTheCalendarInUtc() {
        assertEquals(ms("2024-02-01T00:00:00Z"), Timeframe.MONTH_1.nextOpen(ms("2024-01-01T00:00:00Z")));
        assertEquals(ms("2024-03-01T00:00:00Z"), Timeframe.MONTH_1.nextOpen(ms("2024-02-01T00:00:00Z"))); // leap Feb
        assertEquals(ms("2023-03-01T00:00:00Z"), Timeframe.MONTH_1.nextOpen(ms("2023-02-01T00:00:00Z")));
        assertEquals(ms("2025-01-01T00:00:00Z"), Timeframe.MONTH_1.nextOpen(ms("2024-12-01T00:00:00Z")));
        assertEquals(ms("2024-05-01T00:00:00Z"), Timeframe.MONTH_1.nextOpen(ms("2024-04-30T23:59:59Z")));
        assertEquals(29L * 86_400_000,
                Timeframe.MONTH_1.nextOpen(ms("2024-02-01T00:00:00Z")) - ms("2024-02-01T00:00:00Z"));
    }

    @Test
    void openTimeOfFloorsToTheBarThatContainsTheInstant() {
        long t = ms("2024-03-13T17:42:31.250Z"); // a Wednesday
        assertEquals(ms("2024-03-13T17:42:00Z"), Timeframe.MINUTE_1.openTimeOf(t));
        assertEquals(ms("2024-03-13T17:30:00Z"), Timeframe.MINUTE_15.openTimeOf(t));
        assertEquals(ms("2024-03-13T16:00:00Z"), Timeframe.HOUR_4.openTimeOf(t));
        assertEquals(ms("2024-03-13T00:00:00Z"), Timeframe.DAY_1.openTimeOf(t));
        assertEquals(ms("2024-03-11T00:00:00Z"), Timeframe.WEEK_1.openTimeOf(t)); // Monday
        assertEquals(ms("2024-03-01T00:00:00Z"), Timeframe.MONTH_1.openTimeOf(t));
        assertEquals(ms("2024-03-18T00:00:00Z"), Timeframe.WEEK_1.nextOpen(t));
        assertEquals(ms("2024-03-13T20:00:00Z"), Timeframe.HOUR_4.nextOpen(t));
        assertEquals(ms("1969-12-31T23:00:00Z"), Timeframe.HOUR_1.openTimeOf(-1)); // floors, not truncates
    }

    @Test
    void nestingRules() {
        assertTrue(Timeframe.HOUR_1.isMultipleOf(Timeframe.MINUTE_15));
        assertTrue(Timeframe.DAY_1.isMultipleOf(Timeframe.HOUR_8));
        assertTrue(Timeframe.WEEK_1.isMultipleOf(Timeframe.DAY_1));
        assertTrue(Timeframe.MONTH_1.isMultipleOf(Timeframe.HOUR_1));
        assertTrue(Timeframe.MONTH_1.isMultipleOf(Timeframe.MONTH_1));
        assertFalse(Timeframe.WEEK_1.isMultipleOf(Timeframe.DAY_3));
        assertFalse(Timeframe.MONTH_1.isMultipleOf(Timeframe.WEEK_1));
        assertFalse(Timeframe.HOUR_1.isMultipleOf(Timeframe.HOUR_4));
        assertFalse(Timeframe.HOUR_1.isMultipleOf(Timeframe.HOUR_2));
    }

    @Test
    void durationLookupNeverReturnsTheMonth() {
        assertEquals(Optional.of(Timeframe.HOUR_2), Timeframe.ofDurationMs(7_200_000));
        assertEquals(Optional.empty(), Timeframe.ofDurationMs(420_000)); // 7 minutes
        assertEquals(Optional.empty(), Timeframe.ofDurationMs(Timeframe.MONTH_1.durationMs()));
    }
}
