package org.exhaustionlab.market.csv;

/**
 * Writes epoch milliseconds as ISO-8601 UTC ({@code 2024-01-01T00:00:00Z}, {@code .SSS} only when not zero), the
 * same text as {@link java.time.Instant#toString()} for years 0-9999 but without allocating per call.
 */
final class IsoTimeFormat {

    private static final long MS_PER_DAY = 86_400_000L;

    private IsoTimeFormat() {
    }

    static void append(StringBuilder out, long epochMs) {
        long days = Math.floorDiv(epochMs, MS_PER_DAY);
        int msOfDay = (int) Math.floorMod(epochMs, MS_PER_DAY);
        // H. Hinnant's civil_from_days
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            out.append(java.time.Instant.ofEpochMilli(epochMs));
            return;
        }
        pad(out, (int) year, 4).append('-');
        pad(out, month, 2).append('-');
        pad(out, day, 2).append('T');
        pad(out, msOfDay / 3_600_000, 2).append(':');
        pad(out, msOfDay / 60_000 % 60, 2).append(':');
        pad(out, msOfDay / 1000 % 60, 2);
        if (msOfDay % 1000 != 0) {
            pad(out.append('.'), msOfDay % 1000, 3);
        }
        out.append('Z');
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        for (int limit = 10, i = 1; i < width; i++, limit *= 10) {
            if (value < limit) {
                out.append('0');
            }
        }
        return out.append(value);
    }
}
