package org.exhaustionlab.pine.runtime.lib;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed Pine session string: "0930-1600", "0930-1200,1300-1600", "0930-1600:23456" (days 1 = Sunday .. 7 = Saturday;
 * no day list = every day), "24x7", "0000-0000" (the whole day), overnight "1700-1700" / "1800-0400". A window whose end
 * is not after its start runs overnight and belongs to the trading day on which it ENDS (as FX sessions do).
 *
 * @param ranges minutes from midnight, {start, end} pairs
 * @param days bit {@code 1 << d} set for every Pine day number d in the session
 */
public record Session(List<int[]> ranges, int days) {
    private static final int ALL_DAYS = 0b1111_1110;

    /** One occurrence of a session window: [start, end) in UNIX ms, on a trading day. */
    public record Window(long start, long end, LocalDate tradingDay) {
    }

    public static Session parse(String text) {
        if (text == null || text.isBlank()) {
            throw new PineRuntimeError("invalid session: empty string");
        }
        String t = text.strip();
        if (t.equalsIgnoreCase("24x7")) {
            List<int[]> all = new ArrayList<>();
            all.add(new int[] {0, 0});
            return new Session(all, ALL_DAYS);
        }
        int days = ALL_DAYS;
        int colon = t.indexOf(':');
        if (colon >= 0) {
            String dayText = t.substring(colon + 1);
            t = t.substring(0, colon);
            days = 0;
            for (char c : dayText.toCharArray()) {
                if (c < '1' || c > '7') {
                    throw new PineRuntimeError("invalid session \"" + text + "\": days must be digits 1 (Sunday) to 7");
                }
                days |= 1 << (c - '0');
            }
        }
        List<int[]> ranges = new ArrayList<>();
        for (String part : t.split(",")) {
            String p = part.strip();
            if (!p.matches("\\d{4}-\\d{4}")) {
                throw new PineRuntimeError("invalid session \"" + text + "\": expected HHMM-HHMM ranges");
            }
            ranges.add(new int[] {minutes(p.substring(0, 4), text), minutes(p.substring(5), text)});
        }
        return new Session(List.copyOf(ranges), days);
    }

    private static int minutes(String hhmm, String text) {
        int h = Integer.parseInt(hhmm.substring(0, 2));
        int m = Integer.parseInt(hhmm.substring(2));
        if (h > 24 || m > 59 || h == 24 && m > 0) {
            throw new PineRuntimeError("invalid session \"" + text + "\": " + hhmm + " is not a time of day");
        }
        return h * 60 + m;
    }

    /** Pine's day number (1 = Sunday .. 7 = Saturday) of a date. */
    static int pineDay(LocalDate date) {
        return date.getDayOfWeek().getValue() % 7 + 1;
    }

    public boolean tradesOn(LocalDate day) {
        return (days & (1 << pineDay(day))) != 0;
    }

    /** The windows of one trading day, in order (empty when the session does not trade that day). */
    public List<Window> windows(LocalDate day, ZoneId zone) {
        List<Window> out = new ArrayList<>();
        if (!tradesOn(day)) {
            return out;
        }
        for (int[] r : ranges) {
            LocalDateTime start;
            LocalDateTime end;
            if (r[0] == 0 && r[1] == 0 || r[0] == 0 && r[1] == 1440) {
                start = day.atStartOfDay();
                end = day.plusDays(1).atStartOfDay();
            } else if (r[0] < r[1]) {
                start = day.atTime(LocalTime.MIN).plusMinutes(r[0]);
                end = day.atTime(LocalTime.MIN).plusMinutes(r[1]);
            } else {
                start = day.minusDays(1).atTime(LocalTime.MIN).plusMinutes(r[0]);
                end = day.atTime(LocalTime.MIN).plusMinutes(r[1]);
            }
            out.add(new Window(epochMs(start, zone), epochMs(end, zone), day));
        }
        return out;
    }

    /** The window containing the time, or null when the time is outside the session. */
    public Window windowAt(long time, ZoneId zone) {
        LocalDate local = Instant.ofEpochMilli(time).atZone(zone).toLocalDate();
        for (int k = 0; k <= 1; k++) {
            for (Window w : windows(local.plusDays(k), zone)) {
                if (time >= w.start() && time < w.end()) {
                    return w;
                }
            }
        }
        return null;
    }

    /** The first window of the first trading day on or after {@code day} (scans two weeks), or null. */
    Window firstWindowFrom(LocalDate day, ZoneId zone) {
        for (int k = 0; k < 14; k++) {
            List<Window> w = windows(day.plusDays(k), zone);
            if (!w.isEmpty()) {
                return w.get(0);
            }
        }
        return null;
    }

    /**
     * session.isfirstbar logic: true when the bar opening at {@code barTime} is in the session and the previous bar
     * (opening at {@code previousBarTime}, na on the first bar) is not in the same session window.
     */
    public boolean isFirstBar(long previousBarTime, long barTime, ZoneId zone) {
        Window w = windowAt(barTime, zone);
        if (w == null) {
            return false;
        }
        return previousBarTime == Na.INT || previousBarTime < w.start();
    }

    /** session.islastbar logic: the bar is in the session and the session window ends by the bar's close. */
    public boolean isLastBar(long barTime, long barCloseTime, ZoneId zone) {
        Window w = windowAt(barTime, zone);
        return w != null && barCloseTime >= w.end();
    }

    static long epochMs(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.of(local, zone).toInstant().toEpochMilli();
    }
}
