package org.exhaustionlab.market;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Bar intervals supported by the platform: Binance's kline intervals, plus periods that Pine scripts request from
 * request.security ({@code 2W}, {@code 3M}, {@code 6M}, {@code 12M}, and 2, 4, 10, 45 minutes and 3 hours; the
 * exchanges do not serve them, the platform resamples them from finer bars).
 * <p>
 * All bar open times are epoch milliseconds in UTC. Intraday intervals and {@code 1d}/{@code 3d} are aligned to the
 * Unix epoch, {@code 1w} bars open on Monday 00:00 UTC and {@code 1M} bars on the first day of the month 00:00 UTC.
 * {@code 2w} bars open on every other Monday counted from Monday 1970-01-05; {@code 3M}, {@code 6M} and {@code 12M}
 * bars open on the first day of January/April/July/October, January/July and January. Months are calendar
 * intervals: use {@link #nextOpen(long)} to step from one bar to the next.
 */
public enum Timeframe {
    MINUTE_1("1m", "1", 60_000L),
    MINUTE_3("3m", "3", 3 * 60_000L),
    MINUTE_5("5m", "5", 5 * 60_000L),
    MINUTE_15("15m", "15", 15 * 60_000L),
    MINUTE_30("30m", "30", 30 * 60_000L),
    HOUR_1("1h", "60", 3_600_000L),
    HOUR_2("2h", "120", 2 * 3_600_000L),
    HOUR_4("4h", "240", 4 * 3_600_000L),
    HOUR_6("6h", "360", 6 * 3_600_000L),
    HOUR_8("8h", "480", 8 * 3_600_000L),
    HOUR_12("12h", "720", 12 * 3_600_000L),
    DAY_1("1d", "D", Timeframe.DAY_MS),
    DAY_3("3d", "3D", 3 * Timeframe.DAY_MS),
    WEEK_1("1w", "W", 7 * Timeframe.DAY_MS),
    /** Calendar month; {@link #durationMs()} is a nominal 30 days. */
    MONTH_1("1M", "M", 30 * Timeframe.DAY_MS),
    /** Two weeks (not a Binance interval). */
    WEEK_2("2w", "2W", 14 * Timeframe.DAY_MS),
    /** Calendar quarter (not a Binance interval); nominal 90 days. */
    MONTH_3("3M", "3M", 90 * Timeframe.DAY_MS),
    /** Calendar half-year (not a Binance interval); nominal 180 days. */
    MONTH_6("6M", "6M", 180 * Timeframe.DAY_MS),
    /** Calendar year (not a Binance interval); nominal 360 days. */
    MONTH_12("12M", "12M", 360 * Timeframe.DAY_MS),
    /** TradingView's other chart periods and those scripts commonly request (not Binance intervals). */
    MINUTE_2("2m", "2", 2 * 60_000L),
    MINUTE_4("4m", "4", 4 * 60_000L),
    MINUTE_10("10m", "10", 10 * 60_000L),
    MINUTE_45("45m", "45", 45 * 60_000L),
    HOUR_3("3h", "180", 3 * 3_600_000L);

    private static final long DAY_MS = 86_400_000L;
    /** 1970-01-01 was a Thursday: weekly bars (Monday 00:00 UTC) are offset by 4 days from the epoch. */
    private static final long WEEK_OFFSET_MS = 4 * DAY_MS;

    private final String code;
    private final String pinePeriod;
    private final long durationMs;

    Timeframe(String code, String pinePeriod, long durationMs) {
        this.code = code;
        this.pinePeriod = pinePeriod;
        this.durationMs = durationMs;
    }

    /** Binance interval code, e.g. {@code "1h"}, {@code "1M"}. */
    public String code() {
        return code;
    }

    /** TradingView / Pine {@code timeframe.period} string, e.g. {@code "60"}, {@code "D"}, {@code "3D"}. */
    public String pinePeriod() {
        return pinePeriod;
    }

    /**
     * Length of one bar in milliseconds. Exact for every interval except the months, for which it is a nominal 30
     * days per month (see {@link #isCalendar()} and {@link #nextOpen(long)}).
     */
    public long durationMs() {
        return durationMs;
    }

    /** True for intervals whose length varies (the months). */
    public boolean isCalendar() {
        return months() > 0;
    }

    /** True for Binance's kline intervals (the exchanges serve them); false for the periods added for Pine scripts. */
    public boolean isExchangeInterval() {
        return ordinal() <= MONTH_1.ordinal();
    }

    /** Months per bar of a calendar interval (1, 3, 6, 12); 0 for fixed-length intervals. */
    public int months() {
        return switch (this) {
            case MONTH_1 -> 1;
            case MONTH_3 -> 3;
            case MONTH_6 -> 6;
            case MONTH_12 -> 12;
            default -> 0;
        };
    }

    /** Months since January 1970 of the month containing {@code timeMs}. */
    private static long monthIndex(long timeMs) {
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(timeMs, DAY_MS));
        return (day.getYear() - 1970L) * 12 + day.getMonthValue() - 1;
    }

    private static long monthStart(long monthIndex) {
        LocalDate first = LocalDate.of(1970, 1, 1).plusMonths(monthIndex);
        return first.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** True for intervals shorter than a day (what Pine calls intraday). */
    public boolean isIntraday() {
        return durationMs < DAY_MS;
    }

    /** Open time (epoch ms, UTC) of the bar of this interval that contains {@code timeMs}. */
    public long openTimeOf(long timeMs) {
        int months = months();
        if (months > 0) {
            return monthStart(Math.floorDiv(monthIndex(timeMs), months) * months);
        }
        long offset = this == WEEK_1 || this == WEEK_2 ? WEEK_OFFSET_MS : 0L;
        return Math.floorDiv(timeMs - offset, durationMs) * durationMs + offset;
    }

    /**
     * Open time of the bar after the one containing {@code timeMs}; for an aligned open time this is the next bar's
     * open. Handles calendar months (e.g. 2024-02-01 → 2024-03-01).
     */
    public long nextOpen(long timeMs) {
        long open = openTimeOf(timeMs);
        int months = months();
        if (months > 0) {
            return monthStart(monthIndex(open) + months);
        }
        return open + durationMs;
    }

    /**
     * True if every bar boundary of this interval is also a bar boundary of {@code finer}, so bars of {@code finer}
     * can be aggregated into bars of this interval without splitting any of them.
     */
    public boolean isMultipleOf(Timeframe finer) {
        if (this == finer) {
            return true;
        }
        if (finer.isCalendar()) {
            return isCalendar() && months() % finer.months() == 0; // 1M -> 3M, 6M, 12M; 3M -> 6M, 12M; 6M -> 12M
        }
        if (finer == WEEK_1) {
            return this == WEEK_2; // both open on Mondays counted from 1970-01-05
        }
        if (finer.durationMs > DAY_MS) {
            return false; // 3d, weeks and months do not line up with each other
        }
        return isCalendar() || durationMs % finer.durationMs == 0;
    }

    /** The fixed-length interval of exactly this many milliseconds, if any (never the month). */
    public static Optional<Timeframe> ofDurationMs(long durationMs) {
        for (Timeframe tf : values()) {
            if (!tf.isCalendar() && tf.durationMs == durationMs) {
                return Optional.of(tf);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a Binance code ({@code 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M}, and {@code 2w 3M 6M 12M 2m 4m 10m
     * 45m 3h}) or a TradingView period ({@code 1 2 3 4 5 10 15 30 45 60 120 180 240 360 480 720 D 1D 3D W 1W 2W M 1M
     * 3M 6M 12M}). {@code m} is
     * minutes and {@code M} months, as on both platforms; hour, day and week letters may be upper or lower case.
     *
     * @throws IllegalArgumentException naming the accepted codes if {@code text} is none of them
     */
    public static Timeframe parse(String text) {
        String s = text == null ? "" : text.trim();
        for (Timeframe tf : values()) {
            if (tf.code.equals(s) || tf.pinePeriod.equals(s)) {
                return tf;
            }
        }
        if (s.length() >= 2) {
            char unit = s.charAt(s.length() - 1);
            String number = s.substring(0, s.length() - 1);
            if (unit == 'H' || unit == 'D' || unit == 'W' || unit == 'd' || unit == 'w' || unit == 'h') {
                String lower = number + Character.toLowerCase(unit);
                for (Timeframe tf : values()) {
                    if (tf.code.equals(lower)) {
                        return tf;
                    }
                }
            }
        }
        throw new IllegalArgumentException("unknown timeframe '" + s + "' (expected one of "
                + Arrays.stream(values()).map(Timeframe::code).collect(Collectors.joining(" "))
                + ", or a TradingView period such as 60, 240, D, W, M)");
    }

    @Override
    public String toString() {
        return code;
    }
}
