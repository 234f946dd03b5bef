package org.exhaustionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exhaustionlab run}: indicators to a plots CSV, strategies to trades and metrics, errors as exit codes. */
class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void indicatorPlotsCsvHasTimeAndOneColumnPerPlotTitle() throws Exception {
        Path script = dir.resolve("ma.pine");
        Files.writeString(script, "//@version=6\nindicator(\"MA\")\nlen = input.int(10, \"Length\")\n"
                + "plot(ta.sma(close, len), \"SMA fast\")\nplot(ta.ema(close, 30), \"EMA, slow\")\n");
        Path csv = dir.resolve("plots.csv");
        CliTest.Result result = CliTest.run("run", script.toString(), "--demo", "BTCUSDT", "--demo-bars", "500",
                "--input", "Length=20", "--plots", csv.toString());
        assertEquals(0, result.code(), result.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(501, lines.size(), "header + one row per bar");
        assertEquals("time,SMA fast,\"EMA, slow\"", lines.get(0));
        assertTrue(lines.get(19).split(",", -1)[1].isEmpty(), "SMA(20) is na on bar 18: " + lines.get(19));
        assertTrue(!lines.get(20).split(",", -1)[1].isEmpty(), "SMA(20) has a value on bar 19: " + lines.get(20));
    }

    @Test
    void strategyWritesTradesAndMetrics() throws Exception {
        Path script = dir.resolve("cross.pine");
        Files.writeString(script, "//@version=6\nstrategy(\"Cross\", initial_capital = 10000, "
                + "default_qty_type = strategy.percent_of_equity, default_qty_value = 10, "
                + "commission_type = strategy.commission.percent, commission_value = 0.05)\n"
                + "fast = ta.sma(close, 10)\nslow = ta.sma(close, 30)\n"
                + "if ta.crossover(fast, slow)\n    strategy.entry(\"L\", strategy.long)\n"
                + "if ta.crossunder(fast, slow)\n    strategy.entry(\"S\", strategy.short)\n");
        Path trades = dir.resolve("trades.csv");
        Path metrics = dir.resolve("metrics.json");
        CliTest.Result result = CliTest.run("run", script.toString(), "--demo", "ETHUSDT", "--demo-bars", "5000",
                "--trades", trades.toString(), "--metrics", metrics.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("Net profit"), result.out());
        List<String> rows = Files.readAllLines(trades);
        assertTrue(rows.get(0).startsWith("Trade #,Type,Date/Time,Signal,Price USD"), rows.get(0));
        assertTrue(rows.size() > 20, "the cross trades on 5,000 bars: " + rows.size());
        String json = Files.readString(metrics);
        assertTrue(json.contains("\"sharpe"), json.substring(0, Math.min(300, json.length())));
    }

    @Test
    void scriptErrorsRuntimeErrorsAndBadInputs() throws Exception {
        Path broken = dir.resolve("broken.pine");
        Files.writeString(broken, "//@version=6\nindicator(\"B\")\nplot(ta.sma(close))\n");
        CliTest.Result compile = CliTest.run("run", broken.toString(), "--demo", "BTCUSDT", "--demo-bars", "200");
        assertEquals(1, compile.code());
        assertTrue(compile.err().contains("broken.pine:3:"), compile.err());

        Path loop = dir.resolve("loop.pine");
        Files.writeString(loop, "//@version=6\nindicator(\"Loop\")\nvar int n = 0\nwhile true\n    n += 1\nplot(n)\n");
        CliTest.Result runtime = CliTest.run("run", loop.toString(), "--demo", "BTCUSDT", "--demo-bars", "200");
        assertEquals(1, runtime.code(), runtime.out() + runtime.err());
        assertTrue(runtime.err().contains("loop.pine:4:") && runtime.err().contains("runtime error"), runtime.err());

        Path ok = dir.resolve("ok.pine");
        Files.writeString(ok, "//@version=6\nindicator(\"Ok\")\nplot(close)\n");
        assertEquals(2, CliTest.run("run", ok.toString(), "--demo", "BTCUSDT", "--input", "Nope=1").code());
        assertEquals(2, CliTest.run("run", ok.toString()).code(), "no bars given");
    }
}
