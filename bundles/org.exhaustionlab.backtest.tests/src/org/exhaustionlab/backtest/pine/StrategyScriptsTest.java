package org.exhaustionlab.backtest.pine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.pine.check.CheckResult;
import org.exhaustionlab.pine.check.PineChecker;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every script under pine/strategies and pine/examples passes the checker, compiles, runs on demo data and trades. */
class StrategyScriptsTest {

    /** Fewer closed trades than this on a year of 1h bars means the script (nearly) never trades. */
    static final int MIN_TRADES = 20;

    @Test
    void theFoldersHoldTheFlagshipAndEightToTwelveExamples() {
        Path pine = PineFolder.require();
        assertTrue(PineFolder.scripts(pine, "strategies").stream()
                .anyMatch(p -> p.getFileName().toString().equals("exhaustion_signal.pine")), "pine/strategies/exhaustion_signal.pine is missing");
        int examples = PineFolder.scripts(pine, "examples").size();
        assertTrue(examples >= 8 && examples <= 12, "pine/examples should hold 8 to 12 examples, has " + examples);
    }

    @TestFactory
    List<DynamicTest> everyScriptChecksCleanRunsAndTrades() {
        Path pine = PineFolder.require();
        List<Path> scripts = new ArrayList<>(PineFolder.scripts(pine, "strategies"));
        scripts.addAll(PineFolder.scripts(pine, "examples"));
        assertFalse(scripts.isEmpty(), "no scripts under " + pine);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path script : scripts) {
            tests.add(DynamicTest.dynamicTest(pine.relativize(script).toString(), () -> checkRunAndTrade(script)));
        }
        return tests;
    }

    private static void checkRunAndTrade(Path script) {
        String name = script.getFileName().toString();
        CheckResult check = PineChecker.check(PineFolder.read(script), name);
        assertFalse(check.hasErrors(), () -> PineChecker.formatText(name, check.diagnostics()));
        for (String market : ExampleIndex.MARKETS) {
            ScriptRun run = ScriptRun.of(script, DemoData.yearHourly(market));
            int trades = run.figures().trades();
            assertTrue(trades >= MIN_TRADES, name + " on " + market + " 1h closed only " + trades + " trades");
            assertTrue(run.backtest().closedTrades().stream().anyMatch(t -> t.isLong()), name + " never went long");
            double finalEquity = run.backtest().metrics().initialCapital() + run.backtest().metrics().all().netProfit();
            assertTrue(finalEquity > 0, name + " on " + market + " lost everything: " + finalEquity);
        }
    }
}
