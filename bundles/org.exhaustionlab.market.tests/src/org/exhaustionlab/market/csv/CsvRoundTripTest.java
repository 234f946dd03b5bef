package org.exhaustionlab.market.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRoundTripTest {

    private static final long T0 = 1_704_067_200_000L;

    @TempDir
    Path dir;

    @Test
    void canonicalFormatWithIsoUtcTimesAndCleanNumbers() throws IOException {
        BarSeries s = BarSeries.builder(Symbol.of("ADAUSDT", 0.0001, 0.1), Timeframe.MINUTE_1)
                .add(T0, 0.45, 0.4512, 0.0001, 0.4501, 1234567.5)
                .add(T0 + 60_500, 60000, 60000, 60000, 60000, 0).build();
        StringWriter out = new StringWriter();
        CsvBarExporter.write(s, out, CsvTimeStyle.ISO_UTC);
        assertEquals("time,open,high,low,close,volume\n"
                + "2024-01-01T00:00:00Z,0.45,0.4512,0.0001,0.4501,1234567.5\n"
                + "2024-01-01T00:01:00.500Z,60000,60000,60000,60000,0\n", out.toString());
        StringWriter epoch = new StringWriter();
        CsvBarExporter.write(s, epoch, CsvTimeStyle.EPOCH_MS);
        assertTrue(epoch.toString().contains("\n1704067200000,0.45,"), epoch.toString());
    }

    @Test
    void numbersAreWrittenInFullWithoutExponents() {
        assertEquals("0.00001234", CsvBarExporter.appendNumber(new StringBuilder(), 1.234e-5).toString());
        assertEquals("12000000000", CsvBarExporter.appendNumber(new StringBuilder(), 1.2e10).toString());
        assertEquals("-3.5", CsvBarExporter.appendNumber(new StringBuilder(), -3.5).toString());
        assertEquals("0.30000000000000004",
                CsvBarExporter.appendNumber(new StringBuilder(), 0.1 + 0.2).toString());
        String tiny = CsvBarExporter.appendNumber(new StringBuilder(), 1.0E-300).toString();
        assertEquals(1.0E-300, Double.parseDouble(tiny));
        assertTrue(!tiny.contains("E"));
    }

    @Test
    void randomDoublesSurviveExportAndImportBitForBit() throws IOException {
        SplittableRandom random = new SplittableRandom(1);
        BarSeries.Builder b = BarSeries.builder(Symbol.of("XUSDT", 1e-8, 1e-8), Timeframe.MINUTE_1);
        for (int i = 0; i < 20_000; i++) {
            // arbitrary doubles (not on any decimal grid), across many magnitudes
            double scale = Math.pow(10, random.nextInt(-8, 9));
            double a = random.nextDouble() * scale;
            double c = random.nextDouble() * scale;
            double low = Math.min(a, c) * (1 - random.nextDouble() * 0.01);
            double high = Math.max(a, c) * (1 + random.nextDouble() * 0.01);
            double volume = i % 100 == 0 ? Double.NaN : random.nextDouble() * Math.pow(10, random.nextInt(-3, 12));
            b.add(T0 + i * 60_000L, a, high, low, c, volume);
        }
        BarSeries original = b.build();
        for (CsvTimeStyle style : CsvTimeStyle.values()) {
            Path file = dir.resolve("x-" + style + ".csv");
            CsvBarExporter.export(original, file, style);
            BarSeries back = CsvBarImporter.importFile(file,
                    CsvImportOptions.defaults().withSymbol(original.symbol()));
            assertEquals(original, back, style.name()); // equals compares every double bit for bit
        }
    }

    @Test
    void millionRowsRoundTrip() throws IOException { // speed is measured by the benchmarks, not here
        BarSeries original = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, T0, 1_000_000, 3);
        Path file = dir.resolve("BTCUSDT-1m.csv");
        CsvBarExporter.export(original, file, CsvTimeStyle.ISO_UTC);
        BarSeries back = CsvBarImporter.importFile(file);

        assertEquals(1_000_000, back.size());
        assertEquals(Timeframe.MINUTE_1, back.timeframe());
        assertEquals(0.01, back.symbol().tickSize()); // inferred from the 2-decimal prices
        assertEquals(original, back.withSymbol(original.symbol()));
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            assertEquals("time,open,high,low,close,volume", reader.readLine());
            String first = reader.readLine();
            assertTrue(first.startsWith("2024-01-01T00:00:00Z,60000,"), first);
        }
    }

    @Test
    void importFromReaderUsesTheSourceNameInErrors() {
        CsvFormatException e = org.junit.jupiter.api.Assertions.assertThrows(CsvFormatException.class,
                () -> CsvBarImporter.importFrom(new StringReader("time,open,high,low,close\n"), "paste",
                        CsvImportOptions.defaults()));
        assertEquals("paste:1: no bars after the header", e.getMessage());
    }
}
