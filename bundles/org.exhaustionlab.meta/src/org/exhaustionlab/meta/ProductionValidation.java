package org.exhaustionlab.meta;

import java.util.List;
import java.util.function.Function;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.pine.PineStrategyHost;
import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.exhaustionlab.validation.adapters.PipelineOptions;
import org.exhaustionlab.validation.adapters.ValidationPipeline;
import org.exhaustionlab.validation.report.ValidationReport;
import org.exhaustionlab.validation.score.ReadinessReport;

/**
 * {@code --production-validation}: the validator's full pipeline (out-of-sample, cross-market, walk-forward, Monte
 * Carlo, deflated Sharpe over the run's trial count, look-ahead) on one strategy, reduced to its readiness score.
 */
final class ProductionValidation {

    /** Monte Carlo runs per method: enough for stable percentiles on a few strategies, quick enough for the CLI. */
    static final int MONTE_CARLO_RUNS = 200;

    private ProductionValidation() {
    }

    static Readiness validate(Candidate c, BarSeries bars, List<BarSeries> others, long trials, long seed) {
        PineProgram program = PineEngine.compile(c.source(), c.id() + ".pine");
        Function<BarSeries, BacktestResult> backtest = b -> {
            PineStrategyHost host = new PineStrategyHost(b, Double.NaN);
            RunResult run = program.run(b, RunOptions.defaults().withStrategyHost(host));
            if (!run.ok()) {
                throw new IllegalStateException(c.id() + ": " + run.failure());
            }
            return host.result();
        };
        PipelineOptions options = PipelineOptions.defaults().withMonteCarlo(MONTE_CARLO_RUNS, seed)
                .withTrials(Math.max(1, trials), Double.NaN);
        ValidationReport report = new ValidationPipeline(backtest, options).run(c.id(), bars, others);
        ReadinessReport r = report.readiness();
        return new Readiness(c.id(), r.total(), r.verdict().name(), r.allGatesPassed(), r.describe());
    }
}
