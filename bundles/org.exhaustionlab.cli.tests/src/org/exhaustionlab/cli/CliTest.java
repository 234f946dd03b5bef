package org.exhaustionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.csv.CsvBarImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** Drives the command line in-process, with the real OSGi services, as the launcher would. */
class CliTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var context = FrameworkUtil.getBundle(CliTest.class).getBundleContext();
        int code = Cli.run(args, new OsgiServices(context), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommandsAndEveryCommandHasHelp() {
        Result help = run("--help");
        assertEquals(0, help.code);
        for (String command : List.of("demo", "data", "version", "workbench")) {
            assertTrue(help.out.contains(command), command + " missing from --help:\n" + help.out);
            Result sub = run(command, "--help");
            assertEquals(0, sub.code, command + " --help");
            assertTrue(sub.out.startsWith("Usage: exhaustionlab " + command), sub.out);
        }
        for (String command : List.of("demo", "inspect", "feeds")) {
            assertEquals(0, run("data", command, "--help").code);
        }
    }

    @Test
    void versionNamesTheBundleVersion() {
        Result version = run("version");
        assertEquals(0, version.code);
        String bundleVersion = FrameworkUtil.getBundle(Cli.class).getVersion().toString();
        assertTrue(version.out.startsWith("ExhaustionLab " + bundleVersion), version.out);
    }

    @Test
    void unknownCommandOrOptionIsBadUsage() {
        assertEquals(2, run("frobnicate").code);
        assertEquals(2, run("data", "demo", "--bars", "ten", "--out", "x.csv").code);
        Result noOut = run("data", "demo");
        assertEquals(2, noOut.code);
        assertTrue(noOut.err.contains("--out"), noOut.err);
    }

    @Test
    void dataDemoWritesAReimportableDeterministicCsv() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Result first = run("data", "demo", "--symbol", "SOLUSDT", "--bars", "5000", "--out", a.toString());
        assertEquals(0, first.code, first.err);
        assertTrue(first.out.contains("wrote 5,000 SOLUSDT 1m bars"), first.out);
        assertEquals(0, run("data", "demo", "--symbol", "SOLUSDT", "--bars", "5000", "--out", b.toString()).code);
        assertEquals(Files.readString(a), Files.readString(b), "same arguments, same bytes");
        assertEquals(5001, Files.readAllLines(a).size(), "header + one line per bar");
        BarSeries series = CsvBarImporter.importFile(a);
        assertEquals(5000, series.size());
        assertEquals(60_000L, series.time(1) - series.time(0));
    }

    @Test
    void malformedCsvIsRefusedWithFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "time,open,high,low,close,volume\n"
                + "2024-01-01T00:00:00Z,100,101,99,100.5,10\n"
                + "2024-01-01T00:01:00Z,100.5,100.2,100.9,100.6,10\n");
        Result result = run("data", "inspect", bad.toString());
        assertEquals(2, result.code);
        String[] lines = result.err.strip().split("\n");
        assertEquals(1, lines.length, "one line: " + result.err);
        assertTrue(lines[0].contains("bad.csv:3"), lines[0]);
        assertTrue(run("demo", "--data", bad.toString(), "--bars", "100").code == 2);
    }

    @Test
    void missingFileIsAOneLineError() {
        Result result = run("data", "inspect", dir.resolve("nope.csv").toString());
        assertEquals(2, result.code);
        assertEquals(1, result.err.strip().split("\n").length, result.err);
        assertTrue(result.err.contains("nope.csv"), result.err);
    }

    @Test
    void feedsListsTheInstalledFeedPlugins() throws Exception {
        Result result = null;
        for (int i = 0; i < 100; i++) { // DS may still be activating the feed bundle
            result = run("data", "feeds");
            if (result.code == 0) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(0, result.code, result.err);
        List<String> ids = result.out.lines().map(l -> l.split(" ")[0]).collect(java.util.stream.Collectors.toList());
        assertEquals(List.of("binance-spot", "demo"), ids, result.out);
        assertTrue(result.out.contains("live: yes"), "Binance streams live: " + result.out);
    }

    @Test
    void demoPipelineSummarisesEveryDemoMarket() {
        Result result = run("demo", "--bars", "2000", "--out", dir.toString());
        assertEquals(0, result.code, result.err);
        for (String symbol : List.of("BTCUSDT", "ETHUSDT", "ADAUSDT", "SOLUSDT")) {
            assertTrue(result.out.contains(symbol + " "), symbol + " missing:\n" + result.out);
            assertTrue(Files.exists(dir.resolve(symbol + "-1m.csv")), symbol + " CSV not written");
        }
    }
}
