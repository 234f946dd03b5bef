package org.exhaustionlab.pine.runtime.ta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.exhaustionlab.pine.runtime.ta.ExportColumns.Column;
import org.exhaustionlab.pine.runtime.ta.ExportCsv.Bar;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Feeds the bars of every TradingView export in shared/conformance/tradingview/indicators through the ta classes and
 * compares each evaluable column on EVERY bar: na must match na, numbers must agree within 1e-8 absolute or 1e-5
 * relative. Skipped (JUnit assumption) when the shared folder is absent.
 */
class TradingViewExportsConformanceTest {
    private static final double ABSOLUTE = 1e-8;
    private static final double RELATIVE = 1e-5;
    private static final Set<String> BAR_COLUMNS = Set.of("time", "open", "high", "low", "close", "Volume");

    /** Columns that are not ta.* expressions (na.csv tests na/nz/fixnan, which belong to the interpreter). */
    private static final Set<String> NOT_TA = Set.of("na.csv::val", "na.csv::na(val)", "na.csv::nz(val)",
            "na.csv::nz(val, 2)", "na.csv::fixnan(val)");

    /** Columns known NOT to match, with the reason. Empty means every evaluable column matches. */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    static Path indicatorsFolder() {
        List<String> candidates = new ArrayList<>();
        String property = System.getProperty("exhaustionlab.shared");
        if (property != null) {
            candidates.add(property);
        }
        candidates.add("../../../shared");
        candidates.add("../../shared");
        candidates.add("../shared");
        for (String candidate : candidates) {
            Path folder = Path.of(candidate, "conformance", "tradingview", "indicators");
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        return null;
    }

    static List<ExportCsv> exports() throws IOException {
        Path folder = indicatorsFolder();
        assumeTrue(folder != null, "shared/conformance not found; set -Dexhaustionlab.shared=<path to shared>");
        List<ExportCsv> exports = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                exports.add(ExportCsv.read(file));
            }
        }
        return exports;
    }

    @TestFactory
    Stream<DynamicTest> everyEvaluableColumnMatchesTradingView() throws IOException {
        Map<String, Supplier<Column>> table = ExportColumns.all();
        List<DynamicTest> tests = new ArrayList<>();
        for (ExportCsv export : exports()) {
            for (String header : export.headers()) {
                String key = export.name() + "::" + header;
                Supplier<Column> column = table.get(key);
                if (column != null) {
                    tests.add(DynamicTest.dynamicTest(key, () -> check(export, header, column.get())));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void everyExportColumnIsEitherEvaluatedOrDocumentedAsNotTa() throws IOException {
        Set<String> table = ExportColumns.all().keySet();
        Set<String> unhandled = new TreeSet<>();
        for (ExportCsv export : exports()) {
            for (String header : export.headers()) {
                String key = export.name() + "::" + header;
                if (!BAR_COLUMNS.contains(header) && !table.contains(key) && !NOT_TA.contains(key)) {
                    unhandled.add(key);
                }
            }
        }
        assertEquals(Set.of(), unhandled, "export columns with no evaluator and no documented reason");
    }

    private static void check(ExportCsv export, String header, Column column) {
        double[] expected = export.column(header);
        Bar[] bars = export.bars(export.headers().contains("Volume"));
        Comparison comparison = new Comparison();
        for (Bar bar : bars) {
            comparison.add(bar.index(), expected[bar.index()], column.next(bar));
        }
        String key = export.name() + "::" + header;
        System.out.println("conformance " + (comparison.matches() ? "MATCH   " : "MISMATCH") + " " + key + " "
                + comparison);
        String known = KNOWN_DIFFERENCES.get(key);
        if (known != null) {
            assertTrue(!comparison.matches(), key + " now matches: remove it from KNOWN_DIFFERENCES");
        } else if (!comparison.matches()) {
            fail(key + " differs from TradingView: " + comparison);
        }
    }

    /** Running comparison of one column: values compared, max error, first differing bar. */
    static final class Comparison {
        private int compared;
        private int naBars;
        private int differing;
        private int firstDifferingBar = -1;
        private double maxAbsoluteError;
        private String firstDifference = "";

        void add(int bar, double expected, double actual) {
            boolean same;
            if (Double.isNaN(expected) || Double.isNaN(actual)) {
                same = Double.isNaN(expected) && Double.isNaN(actual);
                naBars += same ? 1 : 0;
            } else {
                compared++;
                double error = Math.abs(expected - actual);
                maxAbsoluteError = Math.max(maxAbsoluteError, error);
                same = error <= ABSOLUTE || error <= RELATIVE * Math.abs(expected);
            }
            if (!same) {
                differing++;
                if (firstDifferingBar < 0) {
                    firstDifferingBar = bar;
                    firstDifference = "expected " + expected + " got " + actual;
                }
            }
        }

        boolean matches() {
            return differing == 0;
        }

        @Override
        public String toString() {
            return String.format("compared=%d na=%d differing=%d maxAbsErr=%.3g%s", compared, naBars, differing,
                    maxAbsoluteError, differing == 0 ? ""
                            : " firstDifferingBar=" + firstDifferingBar + " (" + firstDifference + ")");
        }
    }
}
