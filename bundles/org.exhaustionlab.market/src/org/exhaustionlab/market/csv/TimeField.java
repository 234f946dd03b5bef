package org.exhaustionlab.market.csv;

/**
 * Parses bar times to epoch milliseconds UTC, without java.time on the hot path:
 * <ul>
 * <li>integers are epoch timestamps whose unit is decided by magnitude: below 1e11 seconds, below 1e14
 * milliseconds, below 1e17 microseconds (Binance spot since 2025), else nanoseconds;</li>
 * <li>otherwise ISO-8601 {@code yyyy-MM-dd(T| )HH:mm[:ss[.fff]]} followed by an offset {@code Z}, {@code ±HH:mm},
 * {@code ±HHmm} or {@code ±HH}. A time without offset is refused: its instant would be a guess.</li>
 * </ul>
 */
final class TimeField {

    static final long INVALID = Long.MIN_VALUE;

    /** Why the last {@link #parse} returned {@link #INVALID}. */
    String problem;

    long parse(String s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        if (from == to) {
            return invalid("is empty");
        }
        if (isInteger(s, from, to)) {
            return epoch(s, from, to);
        }
        return iso(s, from, to);
    }

    private static boolean isInteger(String s, int from, int to) {
        int i = s.charAt(from) == '-' ? from + 1 : from;
        if (i == to) {
            return false;
        }
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private long epoch(String s, int from, int to) {
        boolean negative = s.charAt(from) == '-';
        int i = negative ? from + 1 : from;
        long value = 0;
        for (; i < to; i++) {
            int digit = s.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                return invalid("is too large for an epoch timestamp");
            }
            value = value * 10 + digit;
        }
        long ms;
        if (value < 100_000_000_000L) {
            ms = value * 1000; // seconds
        } else if (value < 100_000_000_000_000L) {
            ms = value; // milliseconds
        } else if (value < 100_000_000_000_000_000L) {
            ms = value / 1000; // microseconds
        } else {
            ms = value / 1_000_000; // nanoseconds
        }
        return negative ? -ms : ms;
    }

    private long iso(String s, int from, int to) {
        int n = to - from;
        // yyyy-MM-ddTHH:mm is the shortest prefix worth reading (its missing offset is reported below)
        if (n < 16 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-'
                || (s.charAt(from + 10) != 'T' && s.charAt(from + 10) != ' ') || s.charAt(from + 13) != ':') {
            return invalid("is not a time (expected ISO-8601 with offset like 2024-01-01T00:00:00Z, or epoch "
                    + "seconds/milliseconds)");
        }
        int year = digits(s, from, 4);
        int month = digits(s, from + 5, 2);
        int day = digits(s, from + 8, 2);
        int hour = digits(s, from + 11, 2);
        int minute = digits(s, from + 14, 2);
        int second = 0;
        int millis = 0;
        int i = from + 16;
        if (i < to && s.charAt(i) == ':') {
            second = digits(s, i + 1, 2);
            i += 3;
            if (i < to && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                i++;
                int scale = 100;
                int start = i;
                while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    millis += (s.charAt(i) - '0') * scale;
                    scale /= 10;
                    i++;
                }
                if (i == start) {
                    second = -1;
                }
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0
                || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || i > to) {
            return invalid("is not a valid date and time");
        }
        int offsetSeconds;
        if (i == to) {
            return invalid("has no UTC offset (add Z or +hh:mm, or use epoch seconds/milliseconds)");
        }
        char sign = s.charAt(i);
        if ((sign == 'Z' || sign == 'z') && i + 1 == to) {
            offsetSeconds = 0;
        } else if (sign == '+' || sign == '-') {
            offsetSeconds = offset(s, i + 1, to);
            if (offsetSeconds < 0) {
                return invalid("has an unreadable UTC offset");
            }
            if (sign == '-') {
                offsetSeconds = -offsetSeconds;
            }
        } else {
            return invalid("has unexpected text after the time");
        }
        long localSeconds = daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        return (localSeconds - offsetSeconds) * 1000 + millis;
    }

    /** Offset seconds of {@code HH:mm}, {@code HHmm} or {@code HH}; -1 if malformed. */
    private static int offset(String s, int i, int to) {
        int length = to - i;
        int hours = digits(s, i, 2);
        int minutes;
        if (length == 2) {
            minutes = 0;
        } else if (length == 5 && s.charAt(i + 2) == ':') {
            minutes = digits(s, i + 3, 2);
        } else if (length == 4) {
            minutes = digits(s, i + 2, 2);
        } else {
            return -1;
        }
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
            return -1;
        }
        return hours * 3600 + minutes * 60;
    }

    /** The non-negative number in {@code count} digits at {@code i}; -1 if any is not a digit or out of bounds. */
    private static int digits(String s, int i, int count) {
        if (i + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int k = i; k < i + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private long invalid(String why) {
        problem = why;
        return INVALID;
    }
}
