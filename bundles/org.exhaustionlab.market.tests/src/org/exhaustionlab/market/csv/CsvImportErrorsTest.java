package org.exhaustionlab.market.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a file is refused: one exception, one line {@code file:line: reason}, nothing imported. (The importer
 * returns a series only on success, so a thrown exception is the proof that nothing was half-imported.)
 */
class CsvImportErrorsTest {

    private static final String HEADER = "time,open,high,low,close,volume";
    private static final String GOOD_1 = "2024-01-01T00:00:00Z,100,110,90,105,1";
    private static final String GOOD_2 = "2024-01-01T00:01:00Z,105,106,104,104.5,2";

    @TempDir
    Path dir;

    /** Imports {@code lines} as {@code btc.csv} and returns the refusal, checking its location. */
    private CsvFormatException refused(int expectedLine, String... lines) throws IOException {
        Path file = CsvFiles.write(dir, "btc.csv", lines);
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvBarImporter.importFile(file));
        assertTrue(e.getMessage().startsWith("btc.csv:" + expectedLine + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals("btc.csv", e.source());
        assertEquals(expectedLine, e.line());
        assertEquals("btc.csv:" + expectedLine + ": " + e.reason(), e.getMessage());
        return e;
    }

    private static void assertSays(CsvFormatException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing in: " + e.getMessage());
        }
    }

    @Test
    void highBelowLow() throws IOException {
        CsvFormatException e = refused(3, HEADER, GOOD_1, "2024-01-01T00:01:00Z,41100,41000.5,41200,41150,1");
        assertEquals("btc.csv:3: high 41000.5 is below low 41200.0", e.getMessage());
    }

    @Test
    void openOutsideTheRange() throws IOException {
        assertSays(refused(2, HEADER, "2024-01-01T00:00:00Z,111,110,90,105,1"), "open 111.0 is outside",
                "[low 90.0, high 110.0]");
    }

    @Test
    void closeOutsideTheRange() throws IOException {
        assertSays(refused(3, HEADER, GOOD_1, "2024-01-01T00:01:00Z,100,110,90,89.5,1"), "close 89.5 is outside");
    }

    @Test
    void negativeVolume() throws IOException {
        assertSays(refused(3, HEADER, GOOD_1, "2024-01-01T00:01:00Z,100,110,90,100,-0.5"),
                "volume -0.5 is negative");
    }

    @Test
    void unparsableNumberNamesColumnAndValue() throws IOException {
        assertSays(refused(3, HEADER, GOOD_1, "2024-01-01T00:01:00Z,100,11o,90,100,1"), "column 'high'", "'11o'",
                "is not a number");
        assertSays(refused(2, HEADER, "2024-01-01T00:00:00Z,100,110,90,100,1.5d"), "column 'volume'", "'1.5d'");
        assertSays(refused(2, HEADER, "2024-01-01T00:00:00Z,,110,90,100,1"), "column 'open' is empty");
    }

    @Test
    void nanAndInfinityAreRefused() throws IOException {
        assertSays(refused(2, HEADER, "2024-01-01T00:00:00Z,100,110,90,NaN,1"), "column 'close'", "'NaN'",
                "not a finite number");
        assertSays(refused(3, HEADER, GOOD_1, "2024-01-01T00:01:00Z,100,Infinity,90,100,1"), "column 'high'",
                "'Infinity'", "not a finite number");
        assertSays(refused(2, HEADER, "2024-01-01T00:00:00Z,100,110,90,100,NaN"), "column 'volume'", "'NaN'");
        assertSays(refused(2, HEADER, "2024-01-01T00:00:00Z,100,1e999,90,100,1"), "column 'high'", "'1e999'",
                "not a finite number");
    }

    @Test
    void unparsableTimeNamesColumnAndValue() throws IOException {
        assertSays(refused(3, HEADER, GOOD_1, "2024-13-01T00:00:00Z,100,110,90,100,1"), "column 'time'",
                "'2024-13-01T00:00:00Z'", "not a valid date");
        assertSays(refused(2, HEADER, "yesterday,100,110,90,100,1"), "column 'time'", "'yesterday'", "ISO-8601");
        assertSays(refused(2, HEADER, "2024-02-30T00:00:00Z,100,110,90,100,1"), "not a valid date");
        assertSays(refused(2, HEADER, "2024-01-01T00:00:00+25:00,100,110,90,100,1"), "offset");
    }

    @Test
    void timeWithoutOffsetIsRefused() throws IOException {
        assertSays(refused(2, HEADER, "2024-01-01 00:00:00,100,110,90,100,1"), "'2024-01-01 00:00:00'",
                "has no UTC offset");
    }

    @Test
    void wrongColumnCount() throws IOException {
        assertSays(refused(4, HEADER, GOOD_1, GOOD_2, "2024-01-01T00:02:00Z,100,110,90,100"),
                "expected 6 columns as in the header, found 5");
        assertSays(refused(3, HEADER, GOOD_1, "2024-01-01T00:02:00Z,100,110,90,100,1,7"), "found 7");
        assertSays(refused(2, "1704067200000,1,2,1,2,1,1704067259999,0,1,0,0,0",
                "1704067260000,1,2,1,2,1,1704067319999,0,1,0,0"), "expected 12 columns, found 11");
    }

    @Test
    void timeGoingBackwards() throws IOException {
        assertSays(refused(4, HEADER, GOOD_1, GOOD_2, "2024-01-01T00:00:30Z,100,110,90,100,1"),
                "time 2024-01-01T00:00:30Z goes backwards", "line 3 has 2024-01-01T00:01:00Z");
    }

    @Test
    void duplicateBar() throws IOException {
        assertSays(refused(4, HEADER, GOOD_1, GOOD_2, "2024-01-01T00:01:00Z,100,110,90,100,1"), "duplicate bar",
                "2024-01-01T00:01:00Z", "already on line 3");
        // the same instant written with another offset is still a duplicate
        assertSays(refused(3, HEADER, GOOD_1, "2024-01-01T01:00:00+01:00,100,110,90,100,1"), "duplicate bar");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = dir.resolve("btc.csv");
        Files.writeString(file, "");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvBarImporter.importFile(file));
        assertEquals(1, e.line());
        assertSays(e, "btc.csv:1:", "file is empty");
        assertSays(refused(2, "", "   "), "file is empty");
    }

    @Test
    void headerOnly() throws IOException {
        assertSays(refused(1, HEADER), "no bars after the header");
    }

    @Test
    void unknownFormat() throws IOException {
        assertSays(refused(1, "date;open;high;low;close", "2024-01-01;1;2;1;2"), "unknown format");
        assertSays(refused(1, "time,open,high,close,volume", GOOD_1), "unknown format", "no 'low' column");
        assertSays(refused(1, "1704067200000,1,2,1,2,1"), "unknown format", "no header and 6 columns");
        assertSays(refused(1, "hello world"), "unknown format");
    }

    @Test
    void timeframeThatCannotBeInferred() throws IOException {
        assertSays(refused(3, HEADER, "1704067200,1,1,1,1,1", "1704067620,1,1,1,1,1", "1704068040,1,1,1,1,1"),
                "7 minutes apart", "not a supported timeframe");
        assertSays(refused(2, HEADER, GOOD_1), "cannot infer the timeframe from a single bar");
    }

    @Test
    void errorLaterInALargeFileReportsItsExactLine() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 5000; i++) {
            csv.append(1_704_067_200_000L + i * 60_000L).append(",10,11,9,10,1\n");
        }
        csv.append(1_704_067_200_000L + 5000 * 60_000L).append(",10,11,9,12,1\n");
        Path file = dir.resolve("big.csv");
        Files.writeString(file, csv);
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvBarImporter.importFile(file));
        assertEquals("big.csv:5002: close 12.0 is outside the bar's range [low 9.0, high 11.0]", e.getMessage());
    }
}
