package org.exhaustionlab.pine.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberTextAndStrTest {
    @Test
    void defaultTostringShowsUpToTenDecimals() {
        assertEquals("123", PineStr.tostring(123L));
        assertEquals("12.3", PineStr.tostring(12.3));
        assertEquals("1", PineStr.tostring(1.0));
        assertEquals("0.3333333333", PineStr.tostring(1.0 / 3));
        assertEquals("-0.5", PineStr.tostring(-0.5));
        assertEquals("NaN", PineStr.tostring(Double.NaN));
        assertEquals("NaN", PineStr.tostring(Na.INT));
        assertEquals("true", PineStr.tostring(true));
        assertEquals("abc", PineStr.tostring("abc"));
        assertEquals("NaN", PineStr.tostring((String) null));
    }

    @Test
    void patternsAreDecimalFormatWithHalfUpOnTheDecimalValue() {
        assertEquals("123.00", NumberText.of(123, "#.00"));
        assertEquals("2.68", NumberText.of(2.675, "#.##"));
        assertEquals("0.5", NumberText.of(0.5, "#.##"));
        assertEquals(".5", NumberText.of(0.5, "#.0"));
        assertEquals("0.50", NumberText.of(0.5, "0.00"));
        assertEquals("-00123.00", NumberText.of(-123, "00000.00"));
        assertEquals("1,234,567.89", NumberText.of(1234567.891, "#,###.00"));
        assertEquals("+1.5", NumberText.of(1.5, "+#.#;-#.#"));
        assertEquals("-1.5", NumberText.of(-1.5, "+#.#;-#.#"));
        assertEquals("3", NumberText.of(2.5, "#"));
        assertEquals("0.1", NumberText.of(0.1, "#.####################"));
        assertThrows(PineRuntimeError.class, () -> NumberText.of(1, "#.#.#"));
    }

    @Test
    void formatConstants() {
        assertEquals("1.12346", PineStr.tostring(1.123456, "mintick", 0.00001, Na.INT));
        assertEquals("1.1", PineStr.tostring(1.1, "mintick", 0.00001, Na.INT));
        assertEquals("50%", PineStr.tostring(0.5, "percent", 0.01, Na.INT));
        assertEquals("NaN%", PineStr.tostring(Double.NaN, "percent", 0.01, Na.INT));
        assertEquals("1.50K", PineStr.tostring(1500, "volume", 0.01, Na.INT));
        assertEquals("2.35M", PineStr.tostring(2_345_678, "volume", 0.01, Na.INT));
        assertEquals("3.00B", PineStr.tostring(3e9, "volume", 0.01, Na.INT));
        assertEquals("999", PineStr.tostring(999, "volume", 0.01, Na.INT));
        assertEquals("1.23", PineStr.tostring(1.2345, "price", 0.01, 2));
        assertEquals("1.2", PineStr.tostring(1.2345, "#.#", 0.01, 2));
        assertEquals(5, NumberText.decimalsOf(0.00001));
        assertEquals(2, NumberText.decimalsOf(0.25));
        assertEquals(0, NumberText.decimalsOf(1));
    }

    @Test
    void strFormatFollowsTheReferenceExamples() {
        assertEquals("1.3", StrFormat.format("{0,number,#.#}", 1.34));
        assertEquals("1", StrFormat.format("{0,number,integer}", 1.34));
        assertEquals("$1.34", StrFormat.format("{0,number,currency}", 1.34));
        assertEquals("50%", StrFormat.format("{0,number,percent}", 0.5));
        assertEquals("Number 1 is not equal to 4", StrFormat.format("Number {0} is not {1} to {2}", 1L, "equal", 4L));
        // the space before the pattern is a literal prefix: TradingView prints two spaces here too (its log output)
        assertEquals("1.34 !=  1.3", StrFormat.format("{0} != {0, number, #.#}", 1.34));
        assertEquals("1 is equal to 1, but 2 is equal to 2",
                StrFormat.format("{0, number, integer} is equal to 1, but {1, number, integer} is equal to 2", 1.34, 1.54));
        assertEquals("The cash turnover amounted to $1,340,000.00",
                StrFormat.format("The cash turnover amounted to {0, number, currency}", 1340000L));
        assertEquals("Expected return is 10% - 20%",
                StrFormat.format("Expected return is {0, number, percent} - {1, number, percent}", 0.1, 0.2));
    }

    @Test
    void strFormatNaBoolsArraysQuotesAndMissingArguments() {
        assertEquals("NaN NaN NaN", StrFormat.format("{0} {1} {2}", Double.NaN, Na.INT, null));
        assertEquals("NaN", StrFormat.format("{0,number,#.##}", Double.NaN));
        assertEquals("true/false", StrFormat.format("{0}/{1}", true, false));
        assertEquals("[1, 2.5]", StrFormat.format("{0}", FloatArray.from(1, 2.5)));
        assertEquals("{0} is 7", StrFormat.format("'{0}' is {0}", 7L));
        assertEquals("x {5}", StrFormat.format("{0} {5}", "x"));
        assertNull(StrFormat.format(null, 1L));
        assertThrows(PineRuntimeError.class, () -> StrFormat.format("{0", 1L));
    }

    @Test
    void strFormatDates() {
        long t = 1_700_000_000_000L; // 2023-11-14T22:13:20Z
        assertEquals("2023-11-14 22:13", StrFormat.formatIn("UTC", "{0,date,yyyy-MM-dd HH:mm}", t));
        assertEquals("2023-11-14 17:13", StrFormat.formatIn("America/New_York", "{0,date,yyyy-MM-dd HH:mm}", t));
    }

    @Test
    void tonumber() {
        assertEquals(123.0, PineStr.tonumber("123"));
        assertEquals(12.3, PineStr.tonumber("12.3"));
        assertEquals(-0.5, PineStr.tonumber("-.5"));
        assertEquals(1500.0, PineStr.tonumber("1.5e3"));
        assertEquals(7.0, PineStr.tonumber(" 7 "));
        assertTrue(Double.isNaN(PineStr.tonumber("abc")));
        assertTrue(Double.isNaN(PineStr.tonumber("12abc")));
        assertTrue(Double.isNaN(PineStr.tonumber("NaN")));
        assertTrue(Double.isNaN(PineStr.tonumber("0x10")));
        assertTrue(Double.isNaN(PineStr.tonumber(null)));
    }

    @Test
    void searchFunctions() {
        assertTrue(PineStr.contains("Hello World!", "!"));
        assertFalse(PineStr.contains("Hello World!", "?"));
        assertFalse(PineStr.contains(null, "?"));
        assertTrue(PineStr.startswith("Hello World!", "Hello"));
        assertTrue(PineStr.endswith("Hello World!", "!"));
        assertEquals(6, PineStr.pos("Hello World!", "World"));
        assertEquals(Na.INT, PineStr.pos("Hello", "x"));
        assertEquals(12, PineStr.length("Hello World!"));
        assertEquals(Na.INT, PineStr.length(null));
    }

    @Test
    void substring() {
        assertEquals("World", PineStr.substring("Hello World!", 6, 11));
        assertEquals("World!", PineStr.substring("Hello World!", 6));
        assertEquals("hello", PineStr.substring("hello", Na.INT));
        assertEquals("lo", PineStr.substring("hello", 3, Na.INT));
        assertEquals("", PineStr.substring("hello", 2, 2));
        assertNull(PineStr.substring(null, 1));
        assertThrows(PineRuntimeError.class, () -> PineStr.substring("hello", 4, 2));
        assertThrows(PineRuntimeError.class, () -> PineStr.substring("hello", 0, 9));
    }

    @Test
    void replace() {
        assertEquals("Hello Pyne!", PineStr.replace("Hello World!", "World", "Pyne", 0));
        assertEquals("a-", PineStr.replace("aaa", "aa", "-", 1)); // overlapping occurrences
        assertEquals("-aa", PineStr.replace("aaa", "a", "-", Na.INT));
        assertEquals("ab-c", PineStr.replace("abc", "", "-", 2));
        assertEquals("abc-", PineStr.replace("abc", "", "-", 9));
        assertEquals("abc", PineStr.replace("abc", "x", "-", 0));
        assertEquals("x.y.z", PineStr.replaceAll("x-y-z", "-", "."));
        assertEquals("a$1b", PineStr.replaceAll("a.b", ".", "$1")); // literal, not regex
    }

    @Test
    void caseTrimRepeat() {
        assertEquals("hello world!", PineStr.lower("Hello World!"));
        assertEquals("HELLO WORLD!", PineStr.upper("Hello World!"));
        assertEquals("Hello World!", PineStr.trim("  Hello World!  "));
        assertEquals("Hello Hello Hello ", PineStr.repeat("Hello ", 3, ""));
        assertEquals("ab, ab", PineStr.repeat("ab", 2, ", "));
        assertNull(PineStr.repeat("ab", 0, ""));
        assertNull(PineStr.lower(null));
    }

    @Test
    void split() {
        assertEquals(List.of("Hello", "World!"), PineStr.parts(PineStr.split("Hello World!", " ")));
        assertEquals(List.of("a", "", "b", ""), PineStr.parts(PineStr.split("a,,b,", ",")));
        assertEquals(List.of("a", "b", "c"), PineStr.parts(PineStr.split("abc", "")));
        assertEquals(List.of(""), PineStr.parts(PineStr.split("", "")));
        assertEquals(List.of("a.b"), PineStr.parts(PineStr.split("a.b", "|")));
        assertEquals(List.of("1", "2"), PineStr.parts(PineStr.split("1.2", "."))); // literal, not a regex
    }

    @Test
    void match() {
        assertEquals("Hello", PineStr.match("Hello World!", "[\\w]+"));
        assertEquals("NASDAQ:AAPL", PineStr.match("It's time to sell some NASDAQ:AAPL!", "[\\w]+:[\\w]+"));
        assertEquals("", PineStr.match("abc", "\\d+"));
        assertThrows(PineRuntimeError.class, () -> PineStr.match("abc", "(["));
    }

    @Test
    void formatTime() {
        long t = PineTime.timestamp("2025-01-01T01:23:45-05:00");
        assertEquals("2025-01-01 02:23", PineStr.formatTime(t, "yyyy-MM-dd HH:mm", "UTC-4"));
        assertEquals("2025-01-01T06:23:45+0000", PineStr.formatTime(t, null, "UTC"));
        assertEquals("2025-01-01T01:23:45-0500", PineStr.formatTime(t, PineStr.DEFAULT_TIME_FORMAT, "America/New_York"));
        assertEquals("Wed Jan 01 2025", PineStr.formatTime(t, "EEE MMM dd yyyy", "UTC"));
        assertNull(PineStr.formatTime(Na.INT, null, "UTC"));
    }
}
