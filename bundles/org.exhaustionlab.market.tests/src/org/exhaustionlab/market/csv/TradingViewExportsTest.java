package org.exhaustionlab.market.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.Test;

/**
 * Imports the real TradingView exports of the shared conformance data (read in place, never copied). Skipped when the
 * data is not beside the checkout; the build passes {@code -Dexhaustionlab.shared=<shared folder>}.
 */
class TradingViewExportsTest {

    private static Path conformance() {
        String configured = System.getProperty("exhaustionlab.shared");
        Stream<String> candidates = configured != null ? Stream.of(configured + "/conformance")
                : Stream.of("../shared/conformance", "../../shared/conformance", "../../../shared/conformance");
        Path found = candidates.map(Paths::get).filter(p -> Files.isDirectory(p.resolve("tradingview")))
                .findFirst().orElse(null);
        assumeTrue(found != null, "TradingView conformance data not found; skipped");
        return found.resolve("tradingview");
    }

    @Test
    void everyIndicatorExportImports() throws IOException {
        Path indicators = conformance().resolve("indicators");
        List<Path> files;
        try (Stream<Path> list = Files.list(indicators)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().collect(Collectors.toList());
        }
        assumeTrue(!files.isEmpty(), "no indicator exports");
        for (Path file : files) {
            long dataLines;
            try (Stream<String> lines = Files.lines(file)) {
                dataLines = lines.skip(1).filter(l -> !l.isBlank()).count();
            }
            BarSeries s = CsvBarImporter.importFile(file);
            assertEquals(dataLines, s.size(), file.toString());
            for (int i = 0; i < s.size(); i++) {
                assertTrue(s.low(i) <= s.high(i));
            }
        }
    }

    @Test
    void strategyOhlcvWithUsEasternOffsets() throws IOException {
        Path file = conformance().resolve("strategies/ohlcv.csv");
        assumeTrue(Files.exists(file));
        BarSeries s = CsvBarImporter.importFile(file);
        assertEquals(23_054, s.size());
        // first line 2022-01-02T17:00:00-05:00 → 22:00 UTC
        assertEquals(Instant.parse("2022-01-02T22:00:00Z").toEpochMilli(), s.time(0));
        assertEquals(1.13734, s.open(0));
        assertEquals(2451, s.volume(0));
        assertEquals(Timeframe.HOUR_1, s.timeframe());
        assertEquals(0.00001, s.symbol().tickSize()); // TradingView's syminfo.mintick for this data
    }
}
