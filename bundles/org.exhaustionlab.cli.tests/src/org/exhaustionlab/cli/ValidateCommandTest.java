package org.exhaustionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exhaustionlab validate}: score breakdown, HTML report, trials of an optimisation run, exit code. */
class ValidateCommandTest {

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
    void validatesWithTheTrialsOfAnOptimisationRunAndWritesTheReport() throws Exception {
        Path script = dir.resolve("cross.pine");
        Files.writeString(script, OptimizeCommandTest.SCRIPT);
        CliTest.Result optimise = CliTest.run("optimize", script.toString(), "--demo", "BTCUSDT", "--demo-bars",
                "6000", "--population", "6", "--generations", "2", "--seed", "3");
        assertEquals(0, optimise.code(), optimise.err());

        Path html = dir.resolve("report.html");
        CliTest.Result result = CliTest.run("validate", script.toString(), "--demo", "BTCUSDT", "--demo-bars", "6000",
                "--run", "1", "--report", html.toString());
        assertTrue(result.code() == 0 || result.code() == 1, result.out() + result.err());
        assertTrue(result.out().contains("trials"), "the run's trials are used: " + result.out());
        assertTrue(result.out().contains("Total ") && result.out().contains("/ 100"), result.out());
        assertTrue(result.out().contains("Gate "), result.out());
        boolean ready = result.out().contains("CONSIDER_LIVE") || result.out().contains("TARGET_REACHED");
        assertEquals(ready ? 0 : 1, result.code(), "exit 0 only when ready: " + result.out());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html") || page.startsWith("<!doctype html"), page.substring(0, 40));
        assertTrue(page.contains("<svg"), "inline charts");
        assertTrue(!page.contains("http://") && !page.contains("https://"), "offline: no external references");
    }

    @Test
    void aStrategyThatReadsTheFutureIsNotReady() throws Exception {
        Path peek = dir.resolve("peek.pine");
        Files.writeString(peek, "//@version=6\nstrategy(\"Peek\")\n"
                + "htf = request.security(syminfo.tickerid, \"60\", close, lookahead = barmerge.lookahead_on)\n"
                + "if close < htf\n    strategy.entry(\"L\", strategy.long)\nif close > htf\n    strategy.close(\"L\")\n");
        CliTest.Result result = CliTest.run("validate", peek.toString(), "--demo", "BTCUSDT", "--demo-bars", "3000",
                "--markets", "BTCUSDT");
        assertEquals(1, result.code(), result.out() + result.err());
        assertTrue(result.err().contains("look-ahead: " + peek + ": line 3"), result.err());
    }

    @Test
    void indicatorsAreRefused() throws Exception {
        Path indicator = dir.resolve("ind.pine");
        Files.writeString(indicator, "//@version=6\nindicator(\"I\")\nplot(close)\n");
        assertEquals(2, CliTest.run("validate", indicator.toString(), "--demo", "BTCUSDT", "--demo-bars", "500").code());
    }
}
