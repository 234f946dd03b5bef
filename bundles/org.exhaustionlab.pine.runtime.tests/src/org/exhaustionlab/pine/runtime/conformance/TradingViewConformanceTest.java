package org.exhaustionlab.pine.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.csv.CsvBarImporter;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.PlotColumn;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.exhaustionlab.pine.runtime.interp.EngineModes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs a small Pine script per TradingView export in shared/conformance/tradingview/indicators through the engine
 * and compares every plotted column with the export (1e-8 absolute or 1e-5 relative). The script for
 * {@code name.csv} is the resource {@code name.pine} next to this class; its plot titles are the export's headers.
 * Values are compared on every row where TradingView has a number, and TradingView's na must be na here too,
 * except in the documented {@link #KNOWN_DIFFERENCES}.
 */
class TradingViewConformanceTest {

    /**
     * Columns known to differ, with the reason; "file.csv|column" → reason. Every entry must still be a real
     * difference (the test fails when a listed column starts to match, so the list cannot rot).
     */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    static Path sharedDir() {
        List<String> candidates = new ArrayList<>();
        String prop = System.getProperty("exhaustionlab.shared");
        if (prop != null) {
            candidates.add(prop);
        }
        candidates.add("../shared");
        candidates.add("../../shared");
        candidates.add("../../../shared");
        for (String c : candidates) {
            Path p = Path.of(c, "conformance", "tradingview", "indicators");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    static boolean close(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        double diff = Math.abs(expected - actual);
        return diff <= 1e-8 || diff <= 1e-5 * Math.abs(expected);
    }

    static String script(String csvName) throws IOException {
        String name = csvName.replace(".csv", ".pine");
        try (InputStream in = TradingViewConformanceTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "no conformance script " + name + " beside the test");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Mismatching columns of one export: "column: first bad row ..." (empty when everything matches). */
    static List<String> compare(Path csv) throws IOException {
        PineProgram program = PineEngine.compile(script(csv.getFileName().toString()), csv.getFileName().toString());
        assertFalse(program.hasErrors(), () -> csv.getFileName() + ": " + program.diagnostics());
        BarSeries bars = CsvBarImporter.importFile(csv);
        RunResult result = program.run(bars, RunOptions.defaults());
        assertTrue(result.ok(), () -> csv.getFileName() + ": " + result.failure());
        List<String> lines = Files.readAllLines(csv);
        List<String> header = splitCsv(lines.get(0));
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (int col = 0; col < header.size(); col++) {
            String title = header.get(col);
            if (List.of("time", "open", "high", "low", "close", "Volume").contains(title)) {
                continue;
            }
            PlotColumn plot = result.plot(title);
            if (plot == null) {
                problems.add(title + ": not plotted by the script");
                continue;
            }
            compared++;
            for (int row = 1; row < lines.size(); row++) {
                String cell = splitCsv(lines.get(row)).get(col);
                double expected = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                double actual = plot.values()[row - 1];
                if (!close(expected, actual)) {
                    problems.add(title + ": bar " + (row - 1) + " expected " + expected + " got " + actual);
                    break;
                }
            }
        }
        assertTrue(compared > 0, csv + " has no value columns");
        return problems;
    }

    @TestFactory
    Stream<DynamicTest> everyExportMatches() throws IOException {
        List<Path> files = exports();
        return files.stream().map(csv -> DynamicTest.dynamicTest(csv.getFileName().toString(), () -> check(csv)));
    }

    /** The same exports with every run executed as compiled bar code (long runs use it; these exports are short). */
    @TestFactory
    Stream<DynamicTest> everyExportMatchesAsCompiledBarCode() throws IOException {
        List<Path> files = exports();
        return files.stream().map(csv -> DynamicTest.dynamicTest(csv.getFileName().toString(),
                () -> EngineModes.compiled(() -> {
                    check(csv);
                    return null;
                })));
    }

    private static List<Path> exports() throws IOException {
        Path dir = sharedDir();
        Assumptions.assumeTrue(dir != null, "shared/conformance not found (set -Dexhaustionlab.shared)");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static void check(Path csv) throws IOException {
        List<String> problems = compare(csv);
        List<String> unexpected = new ArrayList<>();
        for (String p : problems) {
            String column = p.substring(0, p.indexOf(':'));
            if (!KNOWN_DIFFERENCES.containsKey(csv.getFileName() + "|" + column)) {
                unexpected.add(p);
            }
        }
        assertEquals(List.of(), unexpected, csv.getFileName() + " differs from TradingView");
        for (String key : KNOWN_DIFFERENCES.keySet()) {
            if (key.startsWith(csv.getFileName() + "|")) {
                String column = key.substring(key.indexOf('|') + 1);
                assertTrue(problems.stream().anyMatch(p -> p.startsWith(column + ":")),
                        key + " is listed as a known difference but now matches: remove it from the list");
            }
        }
    }

    @Test
    void csvSplitterHandlesQuotedHeaders() {
        assertEquals(List.of("time", "ta.sma(close, 10)", "x\"y"), splitCsv("time,\"ta.sma(close, 10)\",\"x\"\"y\""));
    }
}
