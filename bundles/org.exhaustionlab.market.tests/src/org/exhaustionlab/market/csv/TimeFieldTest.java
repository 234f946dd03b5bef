package org.exhaustionlab.market.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TimeFieldTest {

    private final TimeField field = new TimeField();

    private long parse(String text) {
        return field.parse(text, 0, text.length());
    }

    @Test
    void isoTimesAgreeWithJavaTimeForRandomInstantsAndOffsets() {
        SplittableRandom random = new SplittableRandom(3);
        DateTimeFormatter withColon = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
        DateTimeFormatter spaced = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxx");
        for (int i = 0; i < 50_000; i++) {
            long seconds = random.nextLong(-2_000_000_000L, 4_000_000_000L);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(15 * 60 * random.nextInt(-14 * 4, 14 * 4 + 1));
            OffsetDateTime time = Instant.ofEpochSecond(seconds).atOffset(offset);
            String text = (i % 2 == 0 ? withColon : spaced).format(time);
            assertEquals(seconds * 1000, parse(text), text);
        }
    }

    @Test
    void epochUnitsAreDecidedByMagnitude() {
        long ms = Instant.parse("2025-03-01T00:00:00Z").toEpochMilli();
        assertEquals(ms, parse("1740787200"));
        assertEquals(ms, parse("1740787200000"));
        assertEquals(ms, parse("1740787200000000"));
        assertEquals(ms, parse("1740787200000000000"));
        assertEquals(0, parse("0"));
        assertEquals(86_400_000L, parse("86400")); // 1970-01-02 in seconds
    }

    @Test
    void acceptedIsoVariants() {
        long t = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        assertEquals(t, parse("2024-01-01T00:00:00Z"));
        assertEquals(t, parse("2024-01-01T00:00Z"));
        assertEquals(t, parse("2024-01-01T01:00:00+01:00"));
        assertEquals(t, parse("2024-01-01T01:00:00+0100"));
        assertEquals(t, parse("2024-01-01T01:00:00+01"));
        assertEquals(t, parse("2023-12-31T19:00:00-05:00"));
        assertEquals(t + 123, parse("2024-01-01T00:00:00.123Z"));
        assertEquals(t + 123, parse("2024-01-01T00:00:00.123456Z"));
        assertEquals(Instant.parse("2024-02-29T12:00:00Z").toEpochMilli(), parse("2024-02-29 12:00:00z"));
    }

    @Test
    void refusedTimesSayWhy() {
        assertInvalid("2024-01-01T00:00:00", "no UTC offset");
        assertInvalid("2024-01-01", "is not a time");
        assertInvalid("2023-02-29T00:00:00Z", "not a valid date");
        assertInvalid("2024-01-01T24:00:00Z", "not a valid date");
        assertInvalid("2024-01-01T00:00:00 UTC", "unexpected text");
        assertInvalid("2024-01-01T00:00:00+1:00", "offset");
        assertInvalid("", "empty");
        assertInvalid("12345678901234567890", "too large");
        assertInvalid("1.7e9", "is not a time");
    }

    private void assertInvalid(String text, String why) {
        assertEquals(TimeField.INVALID, parse(text), text);
        assertTrue(field.problem.contains(why), text + " -> " + field.problem);
    }

    @Test
    void daysFromCivilMatchesJavaTime() {
        for (long day = -800_000; day <= 800_000; day += 37) {
            java.time.LocalDate date = java.time.LocalDate.ofEpochDay(day);
            assertEquals(day, TimeField.daysFromCivil(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
        }
    }
}
