package org.exhaustionlab.pine.runtime.lib;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date strings of timestamp(dateString): ISO 8601 ("2020-02-20", "2020-02-20T15:30", "2020-02-20 15:30:00.5Z",
 * "2020-02-20T15:30:00+02:00") and RFC 2822-like ("20 Feb 2020", "Thu, 20 Feb 2020 15:30:00 +0200",
 * "Feb 01 2020 22:10:05", "20 Feb 2020 15:30 GMT+2", two-digit years as in "27 MAY 24 00:00 +0300"). No time = 00:00; no zone = UTC ("GMT+0 is used", TradingView
 * reference).
 */
final class DateText {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{1,2}|(?:UTC|GMT)[+-]?[\\d:]*|[A-Za-z]+/[A-Za-z_/]+)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?:[A-Za-z]{3},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\s+(\\d{4}|\\d{2})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*(.*)");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:[A-Za-z]{3},?\\s+)?([A-Za-z]{3,9})\\s+(\\d{1,2}),?\\s+(\\d{4}|\\d{2})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*(.*)");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
        "dec"};

    private DateText() {
    }

    static long parse(String text) {
        if (text == null) {
            return Na.INT;
        }
        String t = text.strip();
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8));
            }
            m = DAY_MONTH.matcher(t);
            if (m.matches()) {
                return build(year(m.group(3)), month(m.group(2), text), m.group(1), m.group(4), m.group(5), m.group(6), null,
                        m.group(7));
            }
            m = MONTH_DAY.matcher(t);
            if (m.matches()) {
                return build(year(m.group(3)), month(m.group(1), text), m.group(2), m.group(4), m.group(5), m.group(6), null,
                        m.group(7));
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new PineRuntimeError("timestamp: invalid date \"" + text + "\": " + e.getMessage());
        }
        throw new PineRuntimeError("timestamp: cannot read the date \"" + text
                + "\"; use \"YYYY-MM-DDThh:mm:ss±hh:mm\" or \"DD MMM YYYY hh:mm:ss ±hhmm\"");
    }

    /** RFC 2822's obsolete two-digit years, read as JavaScript's Date.parse does: 00-49 → 20xx, 50-99 → 19xx. */
    private static String year(String y) {
        if (y.length() != 2) {
            return y;
        }
        int v = Integer.parseInt(y);
        return Integer.toString(v < 50 ? 2000 + v : 1900 + v);
    }

    private static String month(String name, String text) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (n.startsWith(MONTHS[i])) {
                return Integer.toString(i + 1);
            }
        }
        throw new PineRuntimeError("timestamp: unknown month \"" + name + "\" in \"" + text + "\"");
    }

    private static long build(String y, String mo, String d, String h, String mi, String s, String fraction, String zone) {
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d),
                h == null ? 0 : Integer.parseInt(h), mi == null ? 0 : Integer.parseInt(mi),
                s == null ? 0 : Integer.parseInt(s));
        long ms = 0;
        if (fraction != null) {
            ms = Long.parseLong((fraction + "00").substring(0, 3));
        }
        ZoneId z = zone == null || zone.isBlank() ? ZoneOffset.UTC : zoneOf(zone.strip());
        return ZonedDateTime.of(local, z).toInstant().toEpochMilli() + ms;
    }

    private static ZoneId zoneOf(String zone) {
        String z = zone;
        if (z.matches("[+-]\\d{4}")) {
            z = z.substring(0, 3) + ":" + z.substring(3);
        }
        return PineTime.zone(z);
    }
}
