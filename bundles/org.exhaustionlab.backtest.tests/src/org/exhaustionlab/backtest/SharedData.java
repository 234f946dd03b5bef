package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.csv.CsvBarImporter;

/** Locates shared/conformance/tradingview/strategies (read in place, never copied); skips tests when absent. */
final class SharedData {
    private SharedData() {
    }

    static Path strategiesFolder() {
        List<String> candidates = new ArrayList<>();
        String property = System.getProperty("exhaustionlab.shared");
        if (property != null) {
            candidates.add(property);
        }
        candidates.add("../shared");
        candidates.add("../../shared");
        candidates.add("../../../shared");
        for (String candidate : candidates) {
            Path folder = Path.of(candidate, "conformance", "tradingview", "strategies");
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        assumeTrue(false, "shared/conformance not found; set -Dexhaustionlab.shared=<path to shared>");
        return null;
    }

    static BarSeries bars(String file) throws IOException {
        return CsvBarImporter.importFile(strategiesFolder().resolve(file));
    }

    static List<String> lines(String file) throws IOException {
        return Files.readAllLines(strategiesFolder().resolve(file));
    }
}
