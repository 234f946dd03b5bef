package org.exhaustionlab.pine.runtime.lib;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pine's calendar functions on UNIX-ms times: year, month, dayofmonth, dayofweek (1 = Sunday), hour, minute, second,
 * weekofyear, the timestamp(...) overloads, and time()/time_close() of a timeframe and session. An na time (
 * {@link Na#INT}) gives na.
 */
public final class PineTime {
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();
    private static final Map<String, Timeframe> TIMEFRAMES = new ConcurrentHashMap<>();
    private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();
    private static final Pattern OFFSET_ZONE = Pattern.compile("(?i)(?:UTC|GMT)?([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private PineTime() {
    }

    /**
     * A time zone from Pine text: an IANA name ("America/New_York"), "UTC"/"GMT", or an offset "UTC+3", "GMT-5",
     * "UTC+05:30", "GMT+0530", "+03:00". null means UTC. Throws PineRuntimeError for unknown zones.
     */
    public static ZoneId zone(String text) {
        if (text == null) {
            return ZoneOffset.UTC;
        }
        ZoneId cached = ZONES.get(text);
        if (cached != null) {
            return cached;
        }
        ZoneId z = parseZone(text.strip());
        ZONES.put(text, z);
        return z;
    }

    private static ZoneId parseZone(String t) {
        if (t.isEmpty() || t.equalsIgnoreCase("UTC") || t.equalsIgnoreCase("GMT") || t.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        Matcher m = OFFSET_ZONE.matcher(t);
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hours > 18 || minutes > 59) {
                throw new PineRuntimeError("invalid time zone \"" + t + "\"");
            }
            int sign = m.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
        }
        try {
            return ZoneId.of(t);
        } catch (DateTimeException e) {
            throw new PineRuntimeError("unknown time zone \"" + t + "\"");
        }
    }

    static ZonedDateTime at(long time, String timezone) {
        return Instant.ofEpochMilli(time).atZone(zone(timezone));
    }

    public static long year(long time, String timezone) {
        return time == Na.INT ? Na.INT : at(time, timezone).getYear();
    }

    public static long month(long time, String timezone) {
        return time == Na.INT ? Na.INT : at(time, timezone).getMonthValue();
    }

    public static long dayofmonth(long time, String timezone) {
        return time == Na.INT ? Na.INT : at(time, timezone).getDayOfMonth();
    }

    /** 1 = Sunday .. 7 = Saturday (dayofweek.sunday = 1). */
    public static long dayofweek(long time, String timezone) {
        return time == Na.INT ? Na.INT : at(time, timezone).getDayOfWeek().getValue() % 7 + 1;
    }

    public static long hour(long time, String timezone) {
        return time == Na.INT ? Na.INT : at(time, timezone).getHour();
    }

    public static long minute(long time, String timezone) {
        return time == Na.INT ? Na.INT : at(time, timezone).getMinute();
    }

    public static long second(long time, String timezone) {
        return time == Na.INT ? Na.INT : at(time, timezone).getSecond();
    }

    /** ISO-8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
    public static long weekofyear(long time, String timezone) {
        return time == Na.INT ? Na.INT : at(time, timezone).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /**
     * timestamp(timezone, year, month, day, hour, minute, second): out-of-range fields roll over (month 13 = January of
     * the next year, day 0 = the last day of the previous month), like Java's lenient calendar; a local time skipped by
     * a DST change moves forward by the gap, an ambiguous one takes the earlier offset. Any na field gives na.
     */
    public static long timestamp(String timezone, long year, long month, long day, long hour, long minute, long second) {
        if (year == Na.INT || month == Na.INT || day == Na.INT || hour == Na.INT || minute == Na.INT || second == Na.INT) {
            return Na.INT;
        }
        try {
            LocalDateTime local = LocalDate.of((int) year, 1, 1).plusMonths(month - 1).plusDays(day - 1).atStartOfDay()
                    .plusHours(hour).plusMinutes(minute).plusSeconds(second);
            return ZonedDateTime.of(local, zone(timezone)).toInstant().toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            throw new PineRuntimeError("timestamp: the date " + year + "-" + month + "-" + day + " is out of range");
        }
    }

    /** timestamp(dateString), see {@link DateText}; a string without a zone is read as UTC (TradingView reference). */
    public static long timestamp(String dateString) {
        return DateText.parse(dateString);
    }

    /**
     * time(timeframe, session, timezone) for the bar opening at {@code barTime}: the opening time of the bar of
     * {@code timeframe} containing it, or na when a session is given and the bar is outside it.
     */
    public static long time(long barTime, String timeframe, String session, String timezone) {
        if (barTime == Na.INT) {
            return Na.INT;
        }
        return TimeframeBars.open(barTime, timeframe(timeframe), session(session), zone(timezone));
    }

    /**
     * v6 time(timeframe, session, timezone, timeframe_bars_back = n): the opening time of the timeframe bar n bars
     * before the one containing the bar (chart-bar {@code bars_back} is the interpreter's: pass that bar's time).
     */
    public static long time(long barTime, String timeframe, String session, String timezone, long timeframeBarsBack) {
        if (barTime == Na.INT) {
            return Na.INT;
        }
        long[] bar = TimeframeBars.barBack(barTime, timeframe(timeframe), session(session), zone(timezone),
                timeframeBarsBack == Na.INT ? 0 : Math.max(0, timeframeBarsBack));
        return bar == null ? Na.INT : bar[0];
    }

    /** v6 time_close(..., timeframe_bars_back = n), see {@link #time(long, String, String, String, long)}. */
    public static long timeClose(long barTime, String timeframe, String session, String timezone, long timeframeBarsBack) {
        if (barTime == Na.INT) {
            return Na.INT;
        }
        long[] bar = TimeframeBars.barBack(barTime, timeframe(timeframe), session(session), zone(timezone),
                timeframeBarsBack == Na.INT ? 0 : Math.max(0, timeframeBarsBack));
        return bar == null ? Na.INT : bar[1];
    }

    /** time_close(timeframe, session, timezone): the closing time of that bar (na outside the session). */
    public static long timeClose(long barTime, String timeframe, String session, String timezone) {
        if (barTime == Na.INT) {
            return Na.INT;
        }
        return TimeframeBars.close(barTime, timeframe(timeframe), session(session), zone(timezone));
    }

    /** A parsed timeframe string (cached: scripts pass the same constant on every bar). */
    public static Timeframe timeframe(String text) {
        if (text == null) {
            throw new PineRuntimeError("invalid timeframe: na");
        }
        Timeframe tf = TIMEFRAMES.get(text);
        if (tf == null) {
            tf = Timeframe.parse(text);
            TIMEFRAMES.put(text, tf);
        }
        return tf;
    }

    /** A parsed session string (cached), or null for na / "" (no session: every time is in it). */
    public static Session session(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Session s = SESSIONS.get(text);
        if (s == null) {
            s = Session.parse(text);
            SESSIONS.put(text, s);
        }
        return s;
    }
}
