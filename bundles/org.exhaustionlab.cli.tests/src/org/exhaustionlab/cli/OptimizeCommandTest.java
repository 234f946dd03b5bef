package org.exhaustionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exhaustionlab optimize} on demo data: progress per generation, trials in the store, --apply. */
class OptimizeCommandTest {

    static final String SCRIPT = "//@version=6\n"
            + "strategy(\"Cross\", initial_capital = 10000, default_qty_type = strategy.percent_of_equity, "
            + "default_qty_value = 10, commission_type = strategy.commission.percent, commission_value = 0.05)\n"
            + "fastLen = input.int(10, \"Fast\", minval = 2, maxval = 30, step = 1)\n"
            + "slowLen = input.int(40, \"Slow\", minval = 20, maxval = 120, step = 5)\n"
            + "fast = ta.sma(close, fastLen)\nslow = ta.sma(close, slowLen)\n"
            + "if ta.crossover(fast, slow)\n    strategy.entry(\"L\", strategy.long)\n"
            + "if ta.crossunder(fast, slow)\n    strategy.entry(\"S\", strategy.short)\n";

    @TempDir
    Path dir;

    private TemporaryHome temporaryHome;

    @BeforeEach
    void useTemporaryHome() {
        temporaryHome = new TemporaryHome(dir.resolve("home"));
    }

    @AfterEach
    void restoreHome() {
        temporaryHome.close();
    }

    @Test
    void optimisesRecordsTrialsAndAppliesTheBestValues() throws Exception {
        Path script = dir.resolve("cross.pine");
        Files.writeString(script, SCRIPT);
        CliTest.Result result = CliTest.run("optimize", script.toString(), "--demo", "BTCUSDT", "--demo-bars", "3000",
                "--population", "6", "--generations", "3", "--seed", "7", "--threads", "2", "--apply");
        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("gen   3/3"), result.out());
        assertTrue(result.out().contains("best fitness"), result.out());
        assertTrue(Files.exists(dir.resolve("cross.pine.prev")), "the previous version is kept");
        assertEquals(SCRIPT, Files.readString(dir.resolve("cross.pine.prev")));
        String applied = Files.readString(script);
        assertTrue(applied.contains("strategy(\"Cross\""), applied);
        assertTrue(Files.readString(dir.resolve("cross.best.json")).contains("fastLen"));
        CliTest.Result rerun = CliTest.run("run", script.toString(), "--demo", "BTCUSDT", "--demo-bars", "3000");
        assertEquals(0, rerun.code(), "the applied script still runs: " + rerun.err());
    }

    @Test
    void resumesARunFromItsCheckpointAndHonoursTheGaSettings() throws Exception {
        Path script = dir.resolve("cross.pine");
        Files.writeString(script, SCRIPT);
        String[] common = { "--demo", "BTCUSDT", "--demo-bars", "3000", "--population", "6", "--seed", "5",
                "--tournament", "2", "--crossover", "UNIFORM", "--mutation", "0.3", "--elite", "1", "--min-trades", "3" };
        CliTest.Result first = CliTest.run(concat(new String[] { "optimize", script.toString(), "--generations", "2" },
                common));
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(Files.exists(dir.resolve("home").resolve("runs").resolve("1").resolve("checkpoint.json")),
                "a checkpoint after each generation");
        CliTest.Result resumed = CliTest.run(concat(new String[] { "optimize", script.toString(), "--generations", "4",
                "--resume", "1" }, common));
        assertEquals(0, resumed.code(), resumed.out() + resumed.err());
        assertTrue(resumed.out().contains("gen   3/4") && resumed.out().contains("gen   4/4"), resumed.out());
        assertTrue(!resumed.out().contains("gen   1/4"), "the completed generations are not run again: " + resumed.out());
        assertEquals(2, CliTest.run("optimize", script.toString(), "--demo", "BTCUSDT", "--population", "1").code());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void refusesIndicatorsAndUnknownPresets() throws Exception {
        Path indicator = dir.resolve("ind.pine");
        Files.writeString(indicator, "//@version=6\nindicator(\"I\")\nlen = input.int(5, minval = 1, maxval = 9)\nplot(ta.sma(close, len))\n");
        assertEquals(2, CliTest.run("optimize", indicator.toString(), "--demo", "BTCUSDT", "--demo-bars", "500").code());
        Path script = dir.resolve("cross.pine");
        Files.writeString(script, SCRIPT);
        CliTest.Result bad = CliTest.run("optimize", script.toString(), "--demo", "BTCUSDT", "--demo-bars", "500",
                "--fitness", "MAXIMUM_GREED");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("MAXIMUM_GREED"), bad.err());
    }
}
