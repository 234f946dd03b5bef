package org.exhaustionlab.backtest.pine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * pine/examples/index.tsv lists every example exactly once, agrees with the example headers, and its figures are what
 * the engine and broker measure now (when this fails after an engine change, re-run {@link ExampleIndex#main}).
 */
class ExampleIndexTest {

    private static final String REFRESH = " (re-run org.exhaustionlab.backtest.pine.ExampleIndex to refresh index.tsv)";

    private static Path examples() {
        return PineFolder.require().resolve("examples");
    }

    private static Map<String, ExampleIndex.Row> rows() throws IOException {
        Path index = examples().resolve(ExampleIndex.FILE);
        assertTrue(Files.isRegularFile(index), index + " is missing" + REFRESH);
        Map<String, ExampleIndex.Row> byFile = new TreeMap<>();
        for (ExampleIndex.Row row : ExampleIndex.read(index)) {
            assertTrue(byFile.put(row.file(), row) == null, "index.tsv lists " + row.file() + " twice");
        }
        return byFile;
    }

    @Test
    void indexListsEveryExampleAndNothingElse() throws IOException {
        TreeSet<String> files = PineFolder.scripts(PineFolder.require(), "examples").stream()
                .map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(files.isEmpty(), "no examples");
        assertEquals(files, rows().keySet(), "index.tsv rows vs *.pine files" + REFRESH);
    }

    @Test
    void everyHeaderIsCompleteAndMatchesItsRow() throws IOException {
        Map<String, ExampleIndex.Row> rows = rows();
        for (Path script : PineFolder.scripts(PineFolder.require(), "examples")) {
            String file = script.getFileName().toString();
            ExampleHeader h = ExampleHeader.parse(PineFolder.read(script));
            assertNotNull(h.name(), file + ": no // @example-name: line");
            assertNotNull(h.tags(), file + ": no // @example-tags: line");
            assertNotNull(h.summary(), file + ": no // @example-summary: line");
            assertFalse(h.summary().isBlank(), file + ": empty summary");
            ExampleIndex.Row row = rows.get(file);
            assertNotNull(row, file + " is not in index.tsv" + REFRESH);
            assertEquals(h.name(), row.name(), file + ": name");
            assertEquals(h.tags(), row.tags(), file + ": tags");
            assertEquals(row.quality(), h.qualityValue(), 1e-9, file + ": header quality vs index.tsv" + REFRESH);
        }
    }

    @Test
    void qualityFollowsTheDocumentedFormula() throws IOException {
        for (ExampleIndex.Row row : rows().values()) {
            assertTrue(row.quality() >= 0 && row.quality() <= 1, row.file() + ": quality outside [0, 1]");
            // the listed figures are rounded, so the recomputed score may differ in the last digit
            assertEquals(ExampleQuality.of(row.figures()), row.quality(), 0.002, row.file() + ": quality");
        }
    }

    @Test
    void qualityRewardsSharpeAndPunishesDrawdown() {
        ScriptRun.Figures base = new ScriptRun.Figures(40, 2, 0.2, 5);
        double q = ExampleQuality.of(List.of(base));
        assertTrue(ExampleQuality.of(List.of(new ScriptRun.Figures(40, 2, 0.6, 5))) > q, "higher Sharpe scores higher");
        assertTrue(ExampleQuality.of(List.of(new ScriptRun.Figures(40, 2, 0.2, 15))) < q, "deeper drawdown scores lower");
        assertTrue(ExampleQuality.of(List.of(new ScriptRun.Figures(2, 2, 0.2, 5))) < q, "barely trading scores lower");
        assertEquals(0, ExampleQuality.of(List.of(new ScriptRun.Figures(0, -50, Double.NaN, 60))), 1e-12);
        assertEquals(1, ExampleQuality.of(List.of(new ScriptRun.Figures(100, 40, 2, 0))), 1e-12);
    }

    @Test
    void listedFiguresAreWhatTheEngineMeasures() throws IOException {
        for (ExampleIndex.Row listed : rows().values()) {
            ExampleIndex.Row measured = ExampleIndex.measure(examples().resolve(listed.file()));
            for (int m = 0; m < ExampleIndex.MARKETS.size(); m++) {
                String where = listed.file() + " on " + ExampleIndex.MARKETS.get(m) + REFRESH;
                ScriptRun.Figures a = listed.figures().get(m);
                ScriptRun.Figures b = measured.figures().get(m);
                assertEquals(a.trades(), b.trades(), "trades of " + where);
                assertEquals(a.netProfitPercent(), b.netProfitPercent(), 0.006, "net profit % of " + where);
                assertEquals(a.sharpe(), b.sharpe(), 0.0006, "Sharpe of " + where);
                assertEquals(a.maxDrawdownPercent(), b.maxDrawdownPercent(), 0.006, "max drawdown % of " + where);
            }
            assertEquals(listed.quality(), measured.quality(), 1e-9, "quality of " + listed.file() + REFRESH);
        }
    }
}
