package org.exhaustionlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.MetricsJson;
import org.exhaustionlab.backtest.TradeListCsv;
import org.exhaustionlab.backtest.TradeStats;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.runtime.PlotCsvWriter;
import org.exhaustionlab.pine.runtime.RunResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Run a Pine Script indicator or strategy over bars.",
                "Strategies are backtested with TradingView's broker emulation: a metrics summary, or files with",
                "--trades (TradingView's 'List of trades') and --metrics (Strategy Tester figures as JSON).",
                "Exit 0 on success, 1 when the script has errors or stops with a runtime error, 2 on bad input." })
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCRIPT", description = "A .pine file.")
    Path script;

    @Mixin
    BarsOptions bars;

    @Option(names = "--timezone", description = "The data's exchange timezone (syminfo.timezone), e.g. America/New_York. Default: UTC")
    String timezone;

    @Option(names = "--input", paramLabel = "NAME=VALUE", description = "Override an input (by variable name or title); repeatable.")
    Map<String, String> inputs;

    @Option(names = "--security", paramLabel = "SYMBOL=FILE",
            description = "CSV bars of another symbol for request.security, e.g. BINANCE:ETHUSDT=eth.csv; repeatable.")
    Map<String, Path> securities;

    @Option(names = "--library-path", paramLabel = "DIR", split = ",",
            description = "Folders of Pine libraries (DIR/<user>/<library>/<version>.pine) searched before the defaults.")
    java.util.List<Path> libraryPath;

    @Option(names = "--plots", description = "CSV of time + one column per plot (titles as written, na = empty).")
    Path plots;

    @Option(names = "--trades", description = "Strategies: TradingView's 'List of trades' CSV.")
    Path trades;

    @Option(names = "--metrics", description = "Strategies: Strategy Tester metrics as JSON.")
    Path metrics;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var program = compileOrReport(err);
        if (program == null) {
            return Cli.FAILED;
        }
        BarSeries data = bars.load();
        String zone = timezone == null ? "UTC" : timezone;
        try {
            ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new UsageException("--timezone '" + zone + "' is not a time zone such as UTC or America/New_York");
        }
        ScriptRunner.Outcome outcome = ScriptRunner.run(program, data, inputs, bars.tickOrNaN(), zone,
                loadSecurities());
        RunResult run = outcome.run();
        if (!run.ok()) {
            err.printf("%s:%d:%d: runtime error on bar %d: %s%n", script, run.failure().line(), run.failure().column(),
                    run.failure().bar(), run.failure().message());
            return Cli.FAILED;
        }
        if (plots != null) {
            try (Writer w = Files.newBufferedWriter(plots, StandardCharsets.UTF_8)) {
                PlotCsvWriter.write(run, w);
            }
        }
        BacktestResult backtest = outcome.backtest();
        if ((trades != null || metrics != null) && backtest == null) {
            throw new UsageException("--trades and --metrics need a strategy() script");
        }
        if (trades != null) {
            Files.writeString(trades, TradeListCsv.toCsv(backtest, ZoneId.of(zone)), StandardCharsets.UTF_8);
        }
        if (metrics != null) {
            Files.writeString(metrics, MetricsJson.toJson(backtest.metrics(), backtest.properties().currency()),
                    StandardCharsets.UTF_8);
        }
        if (json) {
            out.println(backtest != null ? MetricsJson.toJson(backtest.metrics(), backtest.properties().currency())
                    : "{\"bars\":" + run.bars() + ",\"plots\":" + run.plots().size() + "}");
        } else {
            printSummary(out, data, run, backtest);
        }
        return Cli.OK;
    }

    /** The --security files, read as CSV bars, by the symbol they stand for. */
    private Map<String, BarSeries> loadSecurities() throws IOException {
        Map<String, BarSeries> out = new java.util.LinkedHashMap<>();
        if (securities == null) {
            return out;
        }
        for (Map.Entry<String, Path> e : securities.entrySet()) {
            if (!Files.isRegularFile(e.getValue())) {
                throw new UsageException("--security " + e.getKey() + ": no such file " + e.getValue());
            }
            BarSeries other = org.exhaustionlab.market.csv.CsvBarImporter.importFile(e.getValue(),
                    org.exhaustionlab.market.csv.CsvImportOptions.defaults());
            if (other.isEmpty()) {
                throw new UsageException("--security " + e.getKey() + ": " + e.getValue() + " has no bars");
            }
            out.put(e.getKey(), other);
        }
        return out;
    }

    private org.exhaustionlab.pine.runtime.PineProgram compileOrReport(PrintWriter err) throws IOException {
        try {
            return ScriptRunner.compile(script, libraryPath);
        } catch (ScriptRunner.ScriptErrors e) {
            err.print(e.getMessage());
            return null;
        }
    }

    static void printSummary(PrintWriter out, BarSeries data, RunResult run, BacktestResult backtest) {
        out.printf(Locale.ROOT, "%s %s: %,d bars in %.0f ms (%,.0f bars/s), %d plots, %d events%n",
                data.symbol().name(), data.timeframe().code(), run.bars(), run.nanos() / 1e6,
                run.bars() / Math.max(1e-9, run.nanos() / 1e9), run.plots().size(), run.events().size());
        run.notes().forEach(n -> out.println("note: " + n));
        if (backtest != null) {
            printMetrics(out, backtest, "");
        }
    }

    static void printMetrics(PrintWriter out, BacktestResult backtest, String indent) {
        var m = backtest.metrics();
        TradeStats all = m.all();
        String currency = backtest.properties().currency();
        out.printf(Locale.ROOT, "%sNet profit %,.2f %s (%+.2f%%)  trades %d  win rate %.1f%%  profit factor %.2f%n",
                indent, all.netProfit(), currency, all.netProfitPercent(), all.totalClosedTrades(),
                all.percentProfitable(), all.profitFactor());
        out.printf(Locale.ROOT, "%sMax drawdown %,.2f (%.2f%%)  Sharpe %.2f  Sortino %.2f (%s)  buy & hold %+.2f%%%n",
                indent, m.maxDrawdown(), m.maxDrawdownPercent(), m.sharpeRatio(), m.sortinoRatio(), m.ratioPeriod(),
                m.buyAndHoldReturnPercent());
    }
}
