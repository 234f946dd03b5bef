package org.exhaustionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.csv.CsvBarExporter;
import org.exhaustionlab.market.csv.CsvTimeStyle;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --security SYMBOL=FILE}: request.security reads another symbol's bars from a CSV file;
 * {@code run --library-path DIR}: imported Pine libraries are found there.
 */
class RunSecurityTest {

    @TempDir
    Path dir;

    @Test
    void otherSymbolFromCsvAndAClearErrorWithoutIt() throws Exception {
        long start = DataDemoCommand.parseTime(DataDemoCommand.DEFAULT_START, "--start");
        BarSeries eth = DemoMarket.generate("ETHUSDT", Timeframe.MINUTE_1, start, 300, 7);
        Path csv = dir.resolve("eth.csv");
        try (Writer w = Files.newBufferedWriter(csv)) {
            CsvBarExporter.write(eth, w, CsvTimeStyle.EPOCH_MS);
        }
        Path script = dir.resolve("pair.pine");
        Files.writeString(script, "//@version=6\nindicator(\"Pair\")\n"
                + "plot(request.security(\"BINANCE:ETHUSDT\", \"5\", close), \"eth5\")\n");
        Path plots = dir.resolve("plots.csv");
        CliTest.Result ok = CliTest.run("run", script.toString(), "--demo", "BTCUSDT", "--demo-bars", "300",
                "--security", "BINANCE:ETHUSDT=" + csv, "--plots", plots.toString());
        assertEquals(0, ok.code(), ok.err());
        List<String> rows = Files.readAllLines(plots);
        // bar 4 completes the first 5-minute ETH bar: its close is ETH's close of minute 4
        String value = rows.get(5).split(",", -1)[1];
        assertEquals(eth.closes()[4], Double.parseDouble(value), 1e-9, rows.get(5));
        assertTrue(rows.get(4).split(",", -1)[1].isEmpty(), "no closed 5-minute bar before bar 4: " + rows.get(4));

        CliTest.Result missing = CliTest.run("run", script.toString(), "--demo", "BTCUSDT", "--demo-bars", "300");
        assertEquals(1, missing.code(), missing.out() + missing.err());
        assertTrue(missing.err().contains("no data for symbol \"BINANCE:ETHUSDT\""), missing.err());
    }

    @Test
    void libraryPathFindsImportedLibraries() throws Exception {
        Path lib = dir.resolve("libs/me/Util/1.pine");
        Files.createDirectories(lib.getParent());
        Files.writeString(lib, "//@version=6\nlibrary(\"Util\")\nexport twice(float x) =>\n    x * 2\n");
        Path script = dir.resolve("uses.pine");
        Files.writeString(script, "//@version=6\nindicator(\"Uses\")\nimport me/Util/1 as u\n"
                + "plot(u.twice(close), \"twice\")\n");
        Path plots = dir.resolve("plots.csv");
        CliTest.Result ok = CliTest.run("run", script.toString(), "--demo", "BTCUSDT", "--demo-bars", "50",
                "--library-path", dir.resolve("libs").toString(), "--plots", plots.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals(51, Files.readAllLines(plots).size());
        CliTest.Result without = CliTest.run("run", script.toString(), "--demo", "BTCUSDT", "--demo-bars", "50");
        assertEquals(1, without.code());
        assertTrue(without.err().contains("not found on the library path"), without.err());
    }
}
