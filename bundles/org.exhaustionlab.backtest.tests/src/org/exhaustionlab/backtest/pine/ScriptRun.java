package org.exhaustionlab.backtest.pine;

import java.nio.file.Path;
import java.util.Map;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Metrics;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.check.CheckResult;
import org.exhaustionlab.pine.check.PineChecker;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;

/** Checks, compiles and runs one strategy script through the broker emulator; fails with a one-line reason. */
record ScriptRun(RunResult run, BacktestResult backtest) {

    /** Measured figures of one run, as index.tsv lists them. */
    record Figures(int trades, double netProfitPercent, double sharpe, double maxDrawdownPercent) {
    }

    static ScriptRun of(Path file, BarSeries bars) {
        return of(file, bars, Map.of());
    }

    static ScriptRun of(Path file, BarSeries bars, Map<String, Object> inputs) {
        String name = file.getFileName().toString();
        String source = PineFolder.read(file);
        CheckResult check = PineChecker.check(source, name);
        if (check.hasErrors()) {
            throw new AssertionError(name + " fails the checker:\n" + PineChecker.formatText(name, check.diagnostics()));
        }
        PineProgram program = PineEngine.compile(source, name);
        if (program.hasErrors()) {
            throw new AssertionError(name + " does not compile: " + program.diagnostics());
        }
        if (!program.isStrategy()) {
            throw new AssertionError(name + " is not a strategy() script");
        }
        PineStrategyHost host = new PineStrategyHost(bars, Double.NaN);
        RunResult run = program.run(bars, RunOptions.defaults().withInputs(inputs).withStrategyHost(host));
        if (!run.ok()) {
            throw new AssertionError(name + " failed at run time: " + run.failure());
        }
        return new ScriptRun(run, host.result());
    }

    Figures figures() {
        Metrics m = backtest.metrics();
        return new Figures(m.all().totalClosedTrades(), m.all().netProfitPercent(), m.sharpeRatio(),
                m.maxDrawdownPercent());
    }
}
