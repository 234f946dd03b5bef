package org.exhaustionlab.market.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportFormatsTest {

    private static final long T0 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000L;

    @TempDir
    Path dir;

    @Test
    void headerWithIsoTimesAndOffsets() throws IOException {
        Path file = CsvFiles.write(dir, "btc.csv",
                "time,open,high,low,close,volume",
                "2024-01-01T00:00:00Z,42000.5,42100,41900.25,42050,12.5",
                "2024-01-01T02:00:00+01:00,42050,42200,42000,42150.75,8",
                "2024-01-01 02:00:00+00:00,42150.75,42160,42100,42110,3.25",
                "2024-01-01T02:30:00-00:30,42110,42111,42100,42100,0");
        BarSeries s = CsvBarImporter.importFile(file);
        assertEquals(4, s.size());
        assertEquals(T0, s.time(0));
        assertEquals(T0 + HOUR, s.time(1)); // 02:00+01:00 = 01:00Z
        assertEquals(T0 + 2 * HOUR, s.time(2));
        assertEquals(T0 + 3 * HOUR, s.time(3)); // 02:30-00:30 = 03:00Z
        assertEquals(new Bar(T0, 42000.5, 42100, 41900.25, 42050, 12.5), s.bar(0));
        assertEquals(Timeframe.HOUR_1, s.timeframe());
        assertEquals("BTC", s.symbol().name()); // from the file name
        assertEquals(0.01, s.symbol().tickSize()); // most decimals in a price: 2
    }

    @Test
    void headerIsCaseInsensitiveInAnyOrderWithExtraColumns() throws IOException {
        Path file = CsvFiles.write(dir, "eth.csv",
                "Close,Time,Note,Volume,LOW,High,Open",
                "3001,1704067200,a,5,2999,3002,3000",
                "3003,1704067260,b,6,3000,3004,3001");
        BarSeries s = CsvBarImporter.importFile(file);
        assertEquals(new Bar(T0, 3000, 3002, 2999, 3001, 5), s.bar(0));
        assertEquals(new Bar(T0 + 60_000, 3001, 3004, 3000, 3003, 6), s.bar(1));
        assertEquals(Timeframe.MINUTE_1, s.timeframe());
        assertEquals(CsvFormat.HEADER, CsvBarImporter.detectFormat("Close,Time,Note,Volume,LOW,High,Open", "x"));
    }

    @Test
    void epochSecondsAndMillisecondsAreTellApartByMagnitude() throws IOException {
        BarSeries seconds = CsvBarImporter.importFile(CsvFiles.write(dir, "s.csv",
                "time,open,high,low,close,volume", "1704067200,1,2,1,2,1", "1704070800,2,3,2,3,1"));
        BarSeries millis = CsvBarImporter.importFile(CsvFiles.write(dir, "ms.csv",
                "time,open,high,low,close,volume", "1704067200000,1,2,1,2,1", "1704070800000,2,3,2,3,1"));
        assertEquals(T0, seconds.time(0));
        assertEquals(T0, millis.time(0));
        assertEquals(seconds.times()[1], millis.times()[1]);
        assertEquals(Timeframe.HOUR_1, millis.timeframe());
    }

    @Test
    void binanceKlinesInMilliseconds() throws IOException {
        Path file = CsvFiles.write(dir, "BTCUSDT-1m-2024-01.csv",
                "1704067200000,42283.58,42298.62,42261.02,42298.61,35.92724,1704067259999,1519032.98,1327,"
                        + "18.77283,793738.93,0",
                "1704067260000,42298.62,42320.00,42298.61,42320.00,21.1005,1704067319999,892772.91,1060,"
                        + "14.07,595347.44,0");
        BarSeries s = CsvBarImporter.importFile(file);
        assertEquals(new Bar(T0, 42283.58, 42298.62, 42261.02, 42298.61, 35.92724), s.bar(0));
        assertEquals(T0 + 60_000, s.time(1));
        assertEquals(42320.0, s.close(1));
        assertEquals("BTCUSDT", s.symbol().name());
        assertEquals("USDT", s.symbol().quote());
        assertEquals(Timeframe.MINUTE_1, s.timeframe());
        assertEquals(CsvFormat.BINANCE_KLINES, CsvBarImporter.detectFormat(Files.readAllLines(file).get(0), "x"));
    }

    @Test
    void binanceKlinesInMicroseconds() throws IOException {
        Path file = CsvFiles.write(dir, "ETHUSDT-1h-2025-03.csv",
                "1740787200000000,2237.59,2250.00,2230.01,2245.12,3122.8,1740790799999999,0,1,0,0,0",
                "1740790800000000,2245.12,2260.50,2240.00,2258.00,2000,1740794399999999,0,1,0,0,0");
        BarSeries s = CsvBarImporter.importFile(file);
        assertEquals(Instant.parse("2025-03-01T00:00:00Z").toEpochMilli(), s.time(0));
        assertEquals(Instant.parse("2025-03-01T01:00:00Z").toEpochMilli(), s.time(1));
        assertEquals(Timeframe.HOUR_1, s.timeframe());
    }

    @Test
    void singleBinanceBarTakesTheTimeframeFromTheFileName() throws IOException {
        Path file = CsvFiles.write(dir, "SOLUSDT-4h-2024-01-01.csv",
                "1704067200000,101.5,102,101,101.9,10,1704081599999,0,1,0,0,0");
        assertEquals(Timeframe.HOUR_4, CsvBarImporter.importFile(file).timeframe());
    }

    @Test
    void tradingViewExportWithQuotedIndicatorColumnsAndNaN() throws IOException {
        Path file = CsvFiles.write(dir, "FX_EURUSD, 30.csv",
                "time,open,high,low,close,\"ta.bb(close, 20, 2).base\",\"ta.bb(close, 20, 2).upper\",Volume",
                "1672639200,1.06994,1.06994,1.06912,1.06918,NaN,NaN,100",
                "1672641000,1.06918,1.06925,1.06664,1.0678899999999999,NaN,,824",
                "1672642800,1.06789,1.068,1.0675,1.0676,1.0682,1.0699,7");
        BarSeries s = CsvBarImporter.importFile(file);
        assertEquals(3, s.size());
        assertEquals(new Bar(1_672_639_200_000L, 1.06994, 1.06994, 1.06912, 1.06918, 100), s.bar(0));
        assertEquals(1.0678899999999999, s.close(1)); // kept exactly as exported
        assertEquals(824, s.volume(1)); // Volume found after the indicator columns
        assertEquals(Timeframe.MINUTE_30, s.timeframe());
        assertEquals(0.00001, s.symbol().tickSize()); // binary noise is not mistaken for 16 decimals
        assertEquals("FX", s.symbol().name());
        assertEquals(CsvFormat.TRADINGVIEW, CsvBarImporter.detectFormat(Files.readAllLines(file).get(0), "x"));
    }

    @Test
    void tradingViewIsoTimesWithoutVolumeColumnGiveNaNVolume() throws IOException {
        Path file = CsvFiles.write(dir, "tv.csv",
                "time,open,high,low,close,plot",
                "2022-01-02T17:00:00-05:00,1.13734,1.1376,1.13673,1.13744,3",
                "2022-01-02T18:00:00-05:00,1.13741,1.13787,1.13695,1.1373,4");
        BarSeries s = CsvBarImporter.importFile(file);
        assertEquals(Instant.parse("2022-01-02T22:00:00Z").toEpochMilli(), s.time(0));
        assertTrue(Double.isNaN(s.volume(0)));
    }

    @Test
    void optionsOverrideSymbolTickAndTimeframe() throws IOException {
        Path file = CsvFiles.write(dir, "data.csv",
                "time,open,high,low,close,volume", "1704067200000,1.5,2,1,2,1");
        Symbol ada = new Symbol("BINANCE", "ADAUSDT", "ADA", "USDT", 0.0001, 0.1);
        BarSeries s = CsvBarImporter.importFile(file,
                CsvImportOptions.defaults().withSymbol(ada).withTimeframe(Timeframe.DAY_1));
        assertEquals(ada, s.symbol());
        assertEquals(Timeframe.DAY_1, s.timeframe());
        BarSeries named = CsvBarImporter.importFile(file, CsvImportOptions.defaults().withSymbolName("SOLUSDT")
                .withTickSize(0.001).withTimeframe(Timeframe.MINUTE_5));
        assertEquals("SOLUSDT", named.symbol().name());
        assertEquals(0.001, named.symbol().tickSize());
    }

    @Test
    void timeframeIsTheMostCommonStepIgnoringGaps() throws IOException {
        StringBuilder csv = new StringBuilder("time,open,high,low,close,volume\n");
        long t = T0;
        for (int i = 0; i < 20; i++) {
            t += i % 5 == 4 ? 3 * 900_000 : 900_000; // 15-minute bars with some gaps
            csv.append(t).append(",1,1,1,1,1\n");
        }
        BarSeries s = CsvBarImporter.importFrom(new StringReader(csv.toString()), "gaps.csv",
                CsvImportOptions.defaults());
        assertEquals(Timeframe.MINUTE_15, s.timeframe());
    }

    @Test
    void monthlyAndWeeklyBarsAreRecognised() throws IOException {
        BarSeries months = CsvBarImporter.importFile(CsvFiles.write(dir, "m.csv", "time,open,high,low,close,volume",
                "2024-01-01T00:00:00Z,1,1,1,1,1", "2024-02-01T00:00:00Z,1,1,1,1,1",
                "2024-03-01T00:00:00Z,1,1,1,1,1", "2024-04-01T00:00:00Z,1,1,1,1,1"));
        assertEquals(Timeframe.MONTH_1, months.timeframe());
        BarSeries weeks = CsvBarImporter.importFile(CsvFiles.write(dir, "w.csv", "time,open,high,low,close,volume",
                "2024-01-01T00:00:00Z,1,1,1,1,1", "2024-01-08T00:00:00Z,1,1,1,1,1"));
        assertEquals(Timeframe.WEEK_1, weeks.timeframe());
    }

    @Test
    void toleratesBomCrlfBlankLinesSpacesFractionalSecondsAndEmptyVolume() throws IOException {
        Path file = dir.resolve("win.csv");
        Files.writeString(file, "\uFEFFtime,open,high,low,close,volume\r\n"
                + " 2024-01-01T00:00:00.000Z , 1.0 , 2 , 0.5 , 1.5 , 3 \r\n"
                + "\r\n"
                + "2024-01-01T00:01:00.5+00:00,1.5,2,1,1.75,\r\n");
        BarSeries s = CsvBarImporter.importFile(file, CsvImportOptions.defaults().withTimeframe(Timeframe.MINUTE_1));
        assertEquals(2, s.size());
        assertEquals(new Bar(T0, 1, 2, 0.5, 1.5, 3), s.bar(0));
        assertEquals(T0 + 60_500, s.time(1));
        assertTrue(Double.isNaN(s.volume(1)));
    }

    @Test
    void numbersInExponentNotationAreRead() throws IOException {
        BarSeries s = CsvBarImporter.importFile(CsvFiles.write(dir, "pepe.csv", "time,open,high,low,close,volume",
                "1704067200000,1.2E-5,1.3e-5,1.1E-5,1.25E-5,2E9"),
                CsvImportOptions.defaults().withTimeframe(Timeframe.MINUTE_1));
        assertEquals(1.2E-5, s.open(0));
        assertEquals(2e9, s.volume(0));
        assertEquals(1e-7, s.symbol().tickSize());
    }
}
