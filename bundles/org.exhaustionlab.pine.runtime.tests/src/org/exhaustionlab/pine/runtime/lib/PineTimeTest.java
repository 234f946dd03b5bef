package org.exhaustionlab.pine.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PineTimeTest {
    private static final String NY = "America/New_York";

    private static long utc(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void zones() {
        assertEquals(ZoneOffset.UTC, PineTime.zone(null));
        assertEquals(ZoneOffset.ofHours(3), PineTime.zone("UTC+3"));
        assertEquals(ZoneOffset.ofHours(-5), PineTime.zone("GMT-5"));
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), PineTime.zone("UTC+05:30"));
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), PineTime.zone("GMT+0530"));
        assertEquals(ZoneId.of(NY), PineTime.zone(NY));
        assertThrows(PineRuntimeError.class, () -> PineTime.zone("Mars/Olympus"));
    }

    @Test
    void calendarParts() {
        long t = utc("2024-01-07T03:04:05Z"); // a Sunday in UTC, still Saturday in New York
        assertEquals(2024, PineTime.year(t, "UTC"));
        assertEquals(1, PineTime.month(t, "UTC"));
        assertEquals(7, PineTime.dayofmonth(t, "UTC"));
        assertEquals(1, PineTime.dayofweek(t, "UTC"));
        assertEquals(7, PineTime.dayofweek(t, NY));
        assertEquals(6, PineTime.dayofmonth(t, NY));
        assertEquals(3, PineTime.hour(t, "UTC"));
        assertEquals(22, PineTime.hour(t, NY));
        assertEquals(6, PineTime.hour(t, "UTC+3"));
        assertEquals(4, PineTime.minute(t, "UTC"));
        assertEquals(5, PineTime.second(t, "UTC"));
        assertEquals(53, PineTime.weekofyear(utc("2021-01-01T12:00:00Z"), "UTC")); // ISO week of a Friday
        assertEquals(1, PineTime.weekofyear(utc("2024-01-01T12:00:00Z"), "UTC"));
        assertEquals(Na.INT, PineTime.year(Na.INT, "UTC"));
        assertEquals(Na.INT, PineTime.dayofweek(Na.INT, "UTC"));
    }

    @Test
    void hoursAcrossDaylightSavingInNewYork() {
        assertEquals(1, PineTime.hour(utc("2024-03-10T06:59:00Z"), NY)); // 01:59 EST
        assertEquals(3, PineTime.hour(utc("2024-03-10T07:00:00Z"), NY)); // 03:00 EDT
        assertEquals(1, PineTime.hour(utc("2024-11-03T05:30:00Z"), NY)); // 01:30 EDT
        assertEquals(1, PineTime.hour(utc("2024-11-03T06:30:00Z"), NY)); // 01:30 EST, the hour repeats
    }

    @Test
    void timestampFromFields() {
        assertEquals(utc("2024-03-11T13:30:00Z"), PineTime.timestamp(NY, 2024, 3, 11, 9, 30, 0));
        assertEquals(utc("2024-01-11T14:30:00Z"), PineTime.timestamp(NY, 2024, 1, 11, 9, 30, 0));
        assertEquals(utc("2024-03-10T07:30:00Z"), PineTime.timestamp(NY, 2024, 3, 10, 2, 30, 0)); // in the gap
        assertEquals(utc("2024-11-03T05:30:00Z"), PineTime.timestamp(NY, 2024, 11, 3, 1, 30, 0)); // earlier offset
        assertEquals(utc("2020-02-20T12:30:00Z"), PineTime.timestamp("UTC+3", 2020, 2, 20, 15, 30, 0));
        assertEquals(utc("2025-01-01T00:00:00Z"), PineTime.timestamp("UTC", 2024, 13, 1, 0, 0, 0));
        assertEquals(utc("2024-02-29T00:00:00Z"), PineTime.timestamp("UTC", 2024, 3, 0, 0, 0, 0));
        assertEquals(utc("2024-01-02T01:00:00Z"), PineTime.timestamp("UTC", 2024, 1, 1, 25, 0, 0));
        assertEquals(Na.INT, PineTime.timestamp("UTC", 2024, Na.INT, 1, 0, 0, 0));
    }

    @Test
    void timestampFromDateStrings() {
        assertEquals(utc("2020-02-20T13:30:00Z"), PineTime.timestamp("2020-02-20T15:30:00+02:00"));
        assertEquals(utc("2020-02-20T13:30:00Z"), PineTime.timestamp("20 Feb 2020 15:30 +0200"));
        assertEquals(utc("2020-02-20T00:00:00Z"), PineTime.timestamp("2020-02-20"));
        assertEquals(utc("2020-02-20T00:00:00Z"), PineTime.timestamp("20 Feb 2020"));
        assertEquals(utc("2020-02-01T22:10:05Z"), PineTime.timestamp("Feb 01 2020 22:10:05"));
        assertEquals(utc("2011-10-10T14:48:00Z"), PineTime.timestamp("2011-10-10T14:48:00"));
        assertEquals(utc("2025-01-01T06:23:45Z"), PineTime.timestamp("2025-01-01 01:23:45-05:00"));
        assertEquals(utc("2020-02-20T15:30:00.250Z"), PineTime.timestamp("2020-02-20T15:30:00.25Z"));
        assertEquals(utc("2020-02-20T20:30:00Z"), PineTime.timestamp("Thu, 20 Feb 2020 15:30:00 GMT-5"));
        assertEquals(utc("2024-05-26T21:00:00Z"), PineTime.timestamp("27 MAY 24 00:00 +0300")); // RFC 2822 two-digit year
        assertEquals(utc("1999-02-01T00:00:00Z"), PineTime.timestamp("Feb 01 99"));
        assertEquals(utc("2020-07-20T19:30:00Z"), PineTime.timestamp("2020-07-20T15:30 America/New_York"));
        // two-digit years (RFC 2822's obsolete form, accepted by TradingView): 00-49 are 20xx, 50-99 are 19xx
        assertEquals(utc("2024-05-26T21:00:00Z"), PineTime.timestamp("27 MAY 24 00:00 +0300"));
        assertEquals(utc("1999-02-01T00:00:00Z"), PineTime.timestamp("Feb 01 99"));
        assertThrows(PineRuntimeError.class, () -> PineTime.timestamp("yesterday"));
        assertThrows(PineRuntimeError.class, () -> PineTime.timestamp("2020-02-30"));
    }

    @Test
    void timeframes() {
        assertEquals(new Timeframe(Timeframe.Unit.MINUTES, 1), Timeframe.parse("1"));
        assertEquals(new Timeframe(Timeframe.Unit.DAYS, 1), Timeframe.parse("D"));
        assertEquals(new Timeframe(Timeframe.Unit.WEEKS, 1), Timeframe.parse("1W"));
        assertEquals(new Timeframe(Timeframe.Unit.MONTHS, 3), Timeframe.parse("3M"));
        assertEquals(new Timeframe(Timeframe.Unit.SECONDS, 30), Timeframe.parse("30S"));
        assertEquals(new Timeframe(Timeframe.Unit.MINUTES, 240), Timeframe.parse("4H"));
        assertTrue(Timeframe.parse("1T").isTicks());
        assertThrows(PineRuntimeError.class, () -> Timeframe.parse("5Q"));
        assertThrows(PineRuntimeError.class, () -> Timeframe.parse(""));
        Timeframe h = Timeframe.parse("60");
        assertTrue(h.isIntraday() && h.isMinutes() && !h.isSeconds() && !h.isDwm());
        assertEquals(60, h.multiplier());
        Timeframe d = Timeframe.parse("D");
        assertTrue(d.isDaily() && d.isDwm() && !d.isIntraday());
        assertTrue(Timeframe.parse("W").isWeekly());
        assertTrue(Timeframe.parse("M").isMonthly());
        assertTrue(Timeframe.parse("15S").isSeconds() && Timeframe.parse("15S").isIntraday());
        assertEquals(60, Timeframe.parse("1").inSeconds());
        assertEquals(14_400, Timeframe.parse("240").inSeconds());
        assertEquals(86_400, Timeframe.parse("D").inSeconds());
        assertEquals(345_600, Timeframe.parse("4D").inSeconds());
        assertEquals(604_800, Timeframe.parse("W").inSeconds());
        assertEquals(2_628_003, Timeframe.parse("M").inSeconds());
        assertEquals("1D", d.text());
        assertEquals("60", h.text());
    }

    @Test
    void fromSeconds() {
        assertEquals("1S", Timeframe.fromSeconds(1));
        assertEquals("59S", Timeframe.fromSeconds(59));
        assertEquals("1", Timeframe.fromSeconds(60));
        assertEquals("61S", Timeframe.fromSeconds(61));
        assertEquals("60", Timeframe.fromSeconds(3600));
        assertEquals("240", Timeframe.fromSeconds(14_400));
        assertEquals("1D", Timeframe.fromSeconds(86_400));
        assertEquals("2D", Timeframe.fromSeconds(172_800));
        assertEquals("1W", Timeframe.fromSeconds(604_800));
        assertEquals("1M", Timeframe.fromSeconds(2_628_003));
        assertThrows(PineRuntimeError.class, () -> Timeframe.fromSeconds(0));
    }

    @Test
    void sessions() {
        Session s = Session.parse("0930-1600:23456");
        ZoneId ny = ZoneId.of(NY);
        assertTrue(s.windowAt(utc("2024-03-11T13:30:00Z"), ny) != null); // Monday 09:30 EDT
        assertEquals(null, s.windowAt(utc("2024-03-11T13:29:00Z"), ny));
        assertEquals(null, s.windowAt(utc("2024-03-11T20:00:00Z"), ny)); // 16:00 is the end (exclusive)
        assertEquals(null, s.windowAt(utc("2024-03-09T15:00:00Z"), ny)); // Saturday
        assertThrows(PineRuntimeError.class, () -> Session.parse("0930-1600:89"));
        assertThrows(PineRuntimeError.class, () -> Session.parse("930-1600"));
        assertTrue(Session.parse("24x7").windowAt(utc("2024-03-09T15:00:00Z"), ny) != null);
        Session two = Session.parse("0930-1200,1300-1600");
        assertEquals(null, two.windowAt(utc("2024-03-11T16:30:00Z"), ny)); // 12:30 lunch
        // first / last bar of a session (60-minute bars)
        long first = utc("2024-03-11T13:30:00Z");
        assertTrue(s.isFirstBar(utc("2024-03-08T19:30:00Z"), first, ny));
        assertFalse(s.isFirstBar(first, first + 3_600_000, ny));
        long last = utc("2024-03-11T19:30:00Z"); // 15:30-16:00
        assertTrue(s.isLastBar(last, last + 1_800_000, ny));
        assertFalse(s.isLastBar(first, first + 3_600_000, ny));
    }

    @Test
    void timeOfHigherTimeframesInASession() {
        String sess = "0930-1600";
        long bar = utc("2024-03-11T14:45:00Z"); // 10:45 EDT
        assertEquals(utc("2024-03-11T14:30:00Z"), PineTime.time(bar, "60", sess, NY)); // aligned to 09:30
        assertEquals(utc("2024-03-11T15:30:00Z"), PineTime.timeClose(bar, "60", sess, NY));
        long late = utc("2024-03-11T19:45:00Z"); // 15:45 EDT, the last hour is cut at 16:00
        assertEquals(utc("2024-03-11T19:30:00Z"), PineTime.time(late, "60", sess, NY));
        assertEquals(utc("2024-03-11T20:00:00Z"), PineTime.timeClose(late, "60", sess, NY));
        assertEquals(utc("2024-03-11T13:30:00Z"), PineTime.time(bar, "D", sess, NY));
        assertEquals(utc("2024-03-11T20:00:00Z"), PineTime.timeClose(bar, "D", sess, NY));
        assertEquals(Na.INT, PineTime.time(utc("2024-03-11T21:00:00Z"), "60", sess, NY)); // 17:00: outside
        // the same session in winter (EST) is one hour later in UTC
        assertEquals(utc("2024-01-08T14:30:00Z"), PineTime.time(utc("2024-01-08T15:00:00Z"), "D", sess, NY));
    }

    @Test
    void overnightSessionBelongsToTheDayItEnds() {
        String fx = "1700-1700:23456";
        long sundayEvening = utc("2024-03-10T22:00:00Z"); // Sunday 18:00 EDT: Monday's trading day
        assertEquals(utc("2024-03-10T21:00:00Z"), PineTime.time(sundayEvening, "D", fx, NY));
        assertEquals(utc("2024-03-11T21:00:00Z"), PineTime.timeClose(sundayEvening, "D", fx, NY));
        assertEquals(Na.INT, PineTime.time(utc("2024-03-09T22:00:00Z"), "D", fx, NY)); // Saturday evening
        assertEquals(utc("2024-03-10T21:00:00Z"), PineTime.time(utc("2024-03-13T12:00:00Z"), "W", fx, NY));
    }

    @Test
    void timeWithoutSession() {
        long wed = utc("2024-01-10T12:34:00Z");
        assertEquals(utc("2024-01-10T12:30:00Z"), PineTime.time(wed, "15", null, "UTC"));
        assertEquals(utc("2024-01-10T12:45:00Z"), PineTime.timeClose(wed, "15", null, "UTC"));
        assertEquals(utc("2024-01-10T00:00:00Z"), PineTime.time(wed, "D", null, "UTC"));
        assertEquals(utc("2024-01-10T05:00:00Z"), PineTime.time(wed, "D", "", NY));
        assertEquals(utc("2024-01-08T00:00:00Z"), PineTime.time(wed, "W", null, "UTC"));
        assertEquals(utc("2024-01-15T00:00:00Z"), PineTime.timeClose(wed, "W", null, "UTC"));
        assertEquals(utc("2024-01-01T00:00:00Z"), PineTime.time(wed, "M", null, "UTC"));
        assertEquals(utc("2024-02-01T00:00:00Z"), PineTime.timeClose(wed, "M", null, "UTC"));
        assertEquals(utc("2024-04-01T00:00:00Z"), PineTime.time(utc("2024-05-15T00:00:00Z"), "3M", null, "UTC"));
        assertEquals(utc("2024-07-01T00:00:00Z"), PineTime.timeClose(utc("2024-05-15T00:00:00Z"), "3M", null, "UTC"));
        assertEquals(utc("2024-01-10T12:34:00Z"), PineTime.time(utc("2024-01-10T12:34:56Z"), "60S", null, "UTC"));
        assertEquals(Na.INT, PineTime.time(Na.INT, "D", null, "UTC"));
        // a daily bar across the spring-forward day is 23 hours long
        assertEquals(23 * 3_600_000L, PineTime.timeClose(utc("2024-03-10T15:00:00Z"), "D", null, NY)
                - PineTime.time(utc("2024-03-10T15:00:00Z"), "D", null, NY));
    }

    @Test
    void timeframeBarsBack() {
        long wed = utc("2024-01-10T12:34:00Z");
        assertEquals(utc("2024-01-10T12:00:00Z"), PineTime.time(wed, "60", null, "UTC", 0));
        assertEquals(utc("2024-01-10T10:00:00Z"), PineTime.time(wed, "60", null, "UTC", 2));
        assertEquals(utc("2024-01-10T11:00:00Z"), PineTime.timeClose(wed, "60", null, "UTC", 2));
        assertEquals(utc("2023-12-01T00:00:00Z"), PineTime.time(wed, "M", null, "UTC", 1));
        // in a session, the bar before the first one of Monday is Friday's last one
        long monday = utc("2024-03-11T14:00:00Z"); // 10:00 EDT
        assertEquals(utc("2024-03-08T20:30:00Z"), PineTime.time(monday, "60", "0930-1600:23456", NY, 1)); // 15:30 EST
        assertEquals(utc("2024-03-08T21:00:00Z"), PineTime.timeClose(monday, "60", "0930-1600:23456", NY, 1));
        assertEquals(utc("2024-03-08T14:30:00Z"), PineTime.time(monday, "D", "0930-1600:23456", NY, 1));
        assertEquals(Na.INT, PineTime.time(utc("2024-03-11T22:00:00Z"), "60", "0930-1600", NY, 1));
    }

    @Test
    void tickerParts() {
        assertEquals("BINANCE", Ticker.prefix("BINANCE:BTCUSDT"));
        assertEquals("BTCUSDT", Ticker.ticker("BINANCE:BTCUSDT"));
        assertEquals("", Ticker.prefix("BTCUSDT"));
        assertEquals("BTCUSDT", Ticker.ticker("BTCUSDT"));
    }
}
