package org.exhaustionlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.csv.CsvBarExporter;
import org.exhaustionlab.market.csv.CsvTimeStyle;
import org.exhaustionlab.market.synthetic.DemoMarket;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Write deterministic synthetic bars (offline demo data) to a CSV file.",
                "Same symbol, interval, start, seed and count always give the same bars." })
final class DataDemoCommand implements Callable<Integer> {

    static final String DEFAULT_START = "2024-01-01T00:00:00Z";
    static final long DEFAULT_SEED = 20240101L;

    @Spec
    CommandSpec spec;

    @Option(names = "--symbol", defaultValue = "BTCUSDT",
            description = "BTCUSDT, ETHUSDT, ADAUSDT, SOLUSDT (others get a generic profile). Default: ${DEFAULT-VALUE}")
    String symbol;

    @Option(names = "--bars", defaultValue = "100000", description = "Number of bars. Default: ${DEFAULT-VALUE}")
    int bars;

    @Option(names = { "--interval", "--timeframe" }, defaultValue = "1m",
            description = "Bar interval (1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M). Default: ${DEFAULT-VALUE}")
    String interval;

    @Option(names = "--start", defaultValue = DEFAULT_START,
            description = "First bar's time, ISO-8601 UTC. Default: ${DEFAULT-VALUE}")
    String start;

    @Option(names = "--seed", defaultValue = "20240101", description = "Random seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--out", required = true, description = "CSV file to write (time,open,high,low,close,volume).")
    Path out;

    @Option(names = "--epoch-ms", description = "Write times as epoch milliseconds instead of ISO-8601.")
    boolean epochMs;

    @Override
    public Integer call() throws IOException {
        if (bars < 1 || bars > 50_000_000) {
            throw new UsageException("--bars must be between 1 and 50,000,000, not " + bars);
        }
        Timeframe timeframe = parseTimeframe(interval);
        long startMs = parseTime(start, "--start");
        BarSeries series = DemoMarket.generate(symbol, timeframe, startMs, bars, seed);
        CsvBarExporter.export(series, out, epochMs ? CsvTimeStyle.EPOCH_MS : CsvTimeStyle.ISO_UTC);
        SeriesSummary summary = SeriesSummary.of(series);
        spec.commandLine().getOut().printf("wrote %,d %s %s bars (%s .. %s) to %s%n", series.size(),
                series.symbol().name(), timeframe.code(), SeriesSummary.time(series.firstTime()),
                SeriesSummary.time(series.lastTime()), out);
        spec.commandLine().getOut().println(SeriesSummary.header());
        spec.commandLine().getOut().println(summary.row());
        return Cli.OK;
    }

    static Timeframe parseTimeframe(String text) {
        try {
            return Timeframe.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static long parseTime(String text, String option) {
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text + "T00:00:00Z").toEpochMilli();
            } catch (DateTimeParseException again) {
                throw new UsageException(option + " '" + text + "' is not an ISO-8601 time such as " + DEFAULT_START);
            }
        }
    }
}
