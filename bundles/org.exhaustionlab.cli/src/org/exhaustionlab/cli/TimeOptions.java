package org.exhaustionlab.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses the times users type: 2024-01-01, 2024-01-01T12:00:00Z or epoch milliseconds. */
final class TimeOptions {

    private TimeOptions() {
    }

    static long parse(String text, String option) {
        String t = text.trim();
        try {
            if (t.matches("\\d{10,}")) {
                return Long.parseLong(t);
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            return Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new UsageException(option + " '" + text + "' is not a date (2024-01-01), an ISO-8601 time "
                    + "(2024-01-01T00:00:00Z) or epoch milliseconds");
        }
    }
}
