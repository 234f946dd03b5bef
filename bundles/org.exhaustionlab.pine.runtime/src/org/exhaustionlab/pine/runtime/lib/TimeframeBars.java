package org.exhaustionlab.pine.runtime.lib;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Opening and closing times of the bar of a timeframe that contains a time (the core of time() / time_close()).
 *
 * <p>Alignment: intraday bars are aligned to the start of the session window containing the time (to local midnight
 * without a session) and cut at the window's end; daily bars are trading days (the session window, or local
 * midnight to midnight); weekly bars start on Monday, monthly bars on the 1st (multi-month bars on months counted from
 * January). With a session, D/W/M bars open at the first session window of their first trading day. Multi-day bars are
 * grouped by days since 1970-01-01 (TradingView's anchor for them is not documented).
 */
final class TimeframeBars {
    private TimeframeBars() {
    }

    static long open(long time, Timeframe tf, Session session, ZoneId zone) {
        long[] bar = bar(time, tf, session, zone);
        return bar == null ? Na.INT : bar[0];
    }

    static long close(long time, Timeframe tf, Session session, ZoneId zone) {
        long[] bar = bar(time, tf, session, zone);
        return bar == null ? Na.INT : bar[1];
    }

    /**
     * The bar {@code barsBack} bars of the timeframe before the one containing time (v6 timeframe_bars_back): steps
     * back from each bar's open, skipping time outside the session. null when time itself is outside the session.
     */
    static long[] barBack(long time, Timeframe tf, Session session, ZoneId zone, long barsBack) {
        long[] bar = bar(time, tf, session, zone);
        for (long k = 0; bar != null && k < barsBack; k++) {
            long t = bar[0] - 1;
            long[] previous = bar(t, tf, session, zone);
            for (int guard = 0; previous == null && guard < 10_000; guard++) {
                t = previousSessionEnd(t, session, zone) - 1;
                previous = bar(t, tf, session, zone);
            }
            bar = previous;
        }
        return bar;
    }

    /** The end of the last session window that ends at or before time (scans back up to two weeks). */
    private static long previousSessionEnd(long time, Session session, ZoneId zone) {
        LocalDate day = Instant.ofEpochMilli(time).atZone(zone).toLocalDate().plusDays(1);
        for (int k = 0; k < 15; k++) {
            var windows = session.windows(day.minusDays(k), zone);
            for (int i = windows.size() - 1; i >= 0; i--) {
                if (windows.get(i).end() <= time + 1) {
                    return windows.get(i).end();
                }
            }
        }
        return time - 14L * 86_400_000L;
    }

    /** {open, close} of the bar containing time, or null when outside the session. */
    static long[] bar(long time, Timeframe tf, Session session, ZoneId zone) {
        Session.Window window = null;
        if (session != null) {
            window = session.windowAt(time, zone);
            if (window == null) {
                return null;
            }
        }
        LocalDate day = window != null ? window.tradingDay() : Instant.ofEpochMilli(time).atZone(zone).toLocalDate();
        switch (tf.unit()) {
            case TICKS:
                return new long[] {time, time};
            case SECONDS:
            case MINUTES: {
                long length = tf.inSeconds() * 1000;
                long anchor = window != null ? window.start() : day.atStartOfDay(zone).toInstant().toEpochMilli();
                long limit = window != null ? window.end() : day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
                long open = anchor + Math.floorDiv(time - anchor, length) * length;
                return new long[] {open, Math.min(open + length, limit)};
            }
            case DAYS: {
                long epochDay = day.toEpochDay();
                LocalDate first = LocalDate.ofEpochDay(epochDay - Math.floorMod(epochDay, tf.multiplier()));
                return span(first, first.plusDays(tf.multiplier()), session, zone);
            }
            case WEEKS: {
                LocalDate monday = day.with(DayOfWeek.MONDAY);
                long weeks = ChronoUnit.WEEKS.between(LocalDate.of(1970, 1, 5), monday);
                LocalDate first = monday.minusWeeks(Math.floorMod(weeks, tf.multiplier()));
                return span(first, first.plusWeeks(tf.multiplier()), session, zone);
            }
            default: {
                int monthIndex = day.getMonthValue() - 1;
                LocalDate first = day.withDayOfMonth(1).minusMonths(Math.floorMod(monthIndex, tf.multiplier()));
                return span(first, first.plusMonths(tf.multiplier()), session, zone);
            }
        }
    }

    /** A bar covering trading days [first, end). */
    private static long[] span(LocalDate first, LocalDate end, Session session, ZoneId zone) {
        if (session == null) {
            return new long[] {first.atStartOfDay(zone).toInstant().toEpochMilli(),
                    end.atStartOfDay(zone).toInstant().toEpochMilli()};
        }
        Session.Window open = session.firstWindowFrom(first, zone);
        long close = Na.INT;
        for (LocalDate d = end.minusDays(1); !d.isBefore(first); d = d.minusDays(1)) {
            var windows = session.windows(d, zone);
            if (!windows.isEmpty()) {
                close = windows.get(windows.size() - 1).end();
                break;
            }
        }
        return new long[] {open == null ? Na.INT : open.start(), close};
    }
}
