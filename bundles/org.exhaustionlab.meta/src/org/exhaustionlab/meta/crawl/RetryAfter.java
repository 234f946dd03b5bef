package org.exhaustionlab.meta.crawl;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The {@code Retry-After} header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
final class RetryAfter {

    private RetryAfter() {
    }

    /** Milliseconds to wait, or -1 when the header is absent or unreadable. */
    static long millis(String header, long nowEpochMillis) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        String v = header.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Math.multiplyExact(Long.parseLong(v), 1000L);
            } catch (ArithmeticException | NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }
        try {
            long at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            return Math.max(0, at - nowEpochMillis);
        } catch (DateTimeParseException e) {
            return -1;
        }
    }
}
