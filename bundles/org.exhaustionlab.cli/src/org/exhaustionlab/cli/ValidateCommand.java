package org.exhaustionlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.TrialRecord;
import org.exhaustionlab.validation.adapters.PipelineOptions;
import org.exhaustionlab.validation.adapters.ValidationPipeline;
import org.exhaustionlab.validation.report.HtmlReportWriter;
import org.exhaustionlab.validation.report.JsonReportWriter;
import org.exhaustionlab.validation.report.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Decide whether a strategy deserves real money (readiness score 0-100).",
                "The score with its gates,",
                "out-of-sample, cross-market, walk-forward, Monte Carlo, deflated Sharpe and PBO over the trials of",
                "an optimisation run, look-ahead check. Exit 0 when the score is >= 70 and every gate passes, else 1." })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCRIPT", description = "A strategy() .pine file.")
    Path script;

    @Mixin
    BarsOptions bars;

    @Option(names = "--markets", split = ",", defaultValue = "BTCUSDT,ETHUSDT,ADAUSDT,SOLUSDT",
            description = "Markets for the cross-market test (from the store when the bars come from it, else demo data). Default: ${DEFAULT-VALUE}")
    List<String> markets;

    @Option(names = "--run", description = "An optimisation run whose trials feed the deflated Sharpe ratio and PBO.")
    Long run;

    @Option(names = "--report", description = "Write the HTML report here.")
    Path report;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PineProgram program;
        try {
            program = ScriptRunner.compile(script);
        } catch (ScriptRunner.ScriptErrors e) {
            err.print(e.getMessage());
            return Cli.FAILED;
        }
        if (!program.isStrategy()) {
            throw new UsageException(script + " is not a strategy() script");
        }
        List<String> lookAhead = org.exhaustionlab.pine.check.LookAheadLint.find(java.nio.file.Files.readString(script),
                org.exhaustionlab.pine.check.LookAheadLint.Strictness.PEEKING).stream()
                .map(org.exhaustionlab.pine.check.LookAheadLint.Finding::message).toList();
        BarSeries data = bars.load();
        double tick = bars.tickOrNaN();
        Function<BarSeries, BacktestResult> backtest = b -> {
            ScriptRunner.Outcome o = ScriptRunner.run(program, b, null, tick, "UTC");
            if (!o.run().ok()) {
                throw new IllegalStateException(script + ": " + o.run().failure());
            }
            return o.backtest();
        };
        PipelineOptions options = PipelineOptions.defaults();
        if (run != null) {
            options = withTrials(options, run, out);
        }
        ValidationReport result = new ValidationPipeline(backtest, options).run(program.title(), data, others(data));
        if (report != null) {
            HtmlReportWriter.write(result, report);
        }
        lookAhead.forEach(f -> err.println("look-ahead: " + script + ": " + f));
        if (json) {
            out.println(JsonReportWriter.toJson(result));
        } else {
            result.readiness().describe().forEach(out::println);
            if (report != null) {
                out.println("report: " + report.toAbsolutePath());
            }
        }
        boolean peeks = !lookAhead.isEmpty() || (result.lookAhead() != null && result.lookAhead().flagged());
        if (result.lookAhead() != null && result.lookAhead().flagged()) {
            err.println("look-ahead: signals change when later bars are appended (first at bar "
                    + result.lookAhead().firstDifferingBar() + ")");
        }
        boolean ready = result.readiness().total() >= 70 && result.readiness().allGatesPassed() && !peeks;
        return ready ? Cli.OK : Cli.FAILED;
    }

    /** The same bars' span on the other markets. */
    private List<BarSeries> others(BarSeries data) {
        List<BarSeries> out = new ArrayList<>();
        for (String m : markets) {
            String symbol = m.trim().toUpperCase(Locale.ROOT);
            if (symbol.equals(data.symbol().name())) {
                continue;
            }
            if (bars.stored.isGiven()) {
                StoredSeriesOptions other = new StoredSeriesOptions();
                other.exchange = bars.stored.exchange;
                other.symbol = symbol;
                other.interval = bars.stored.interval;
                other.from = bars.stored.from;
                other.to = bars.stored.to;
                try {
                    out.add(other.load());
                } catch (UsageException | IOException e) {
                    spec.commandLine().getErr().println("notice: no stored " + symbol + " bars; cross-market test without it");
                }
            } else {
                Timeframe tf = data.timeframe();
                out.add(DemoMarket.generate(symbol, tf, data.firstTime(), data.size(), DataDemoCommand.DEFAULT_SEED));
            }
        }
        return out;
    }

    /** N, the variance of the trials' daily Sharpe ratios and their return matrix, from the registry. */
    static PipelineOptions withTrials(PipelineOptions options, long runId, PrintWriter out) throws IOException {
        try (MarketStore store = StoreAccess.open()) {
            List<TrialRecord> trials = store.registry().trials(runId);
            if (trials.isEmpty()) {
                throw new UsageException("run " + runId + " has no trials in the store");
            }
            List<double[]> returns = new ArrayList<>();
            for (TrialRecord t : trials) {
                double[] r = store.registry().trialReturns(t.id());
                if (r.length > 1) {
                    returns.add(r);
                }
            }
            int periods = returns.stream().mapToInt(r -> r.length).min().orElse(0);
            double[] sharpes = returns.stream().mapToDouble(r -> sharpe(r, periods)).toArray();
            double mean = java.util.Arrays.stream(sharpes).average().orElse(0);
            double variance = java.util.Arrays.stream(sharpes).map(s -> (s - mean) * (s - mean)).sum()
                    / Math.max(1, sharpes.length - 1);
            out.printf(Locale.ROOT, "run %d: %d trials, %d with daily returns over %d days%n", runId, trials.size(),
                    returns.size(), periods);
            options = options.withTrials(trials.size(), variance);
            if (returns.size() >= 2 && periods >= 16) {
                double[][] matrix = new double[periods][returns.size()];
                for (int j = 0; j < returns.size(); j++) {
                    for (int t = 0; t < periods; t++) {
                        matrix[t][j] = returns.get(j)[t];
                    }
                }
                options = options.withTrialReturns(matrix);
            }
            return options;
        }
    }

    private static double sharpe(double[] r, int n) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += r[i];
        }
        mean /= n;
        double var = 0;
        for (int i = 0; i < n; i++) {
            var += (r[i] - mean) * (r[i] - mean);
        }
        double sd = Math.sqrt(var / Math.max(1, n - 1));
        return sd == 0 ? 0 : mean / sd;
    }
}
