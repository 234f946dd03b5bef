package org.exhaustionlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.csv.CsvBarExporter;
import org.exhaustionlab.market.csv.CsvBarImporter;
import org.exhaustionlab.market.csv.CsvTimeStyle;
import org.exhaustionlab.market.synthetic.DemoMarket;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The main job: the whole research pipeline on embedded demo data. Each capability adds its stage here, so this
 * command always shows what the platform can do end to end.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Run the research pipeline on offline demo data (or your CSV) and print what each stage found." })
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bars", defaultValue = "100000", description = "1-minute bars per demo market. Default: ${DEFAULT-VALUE}")
    int bars;

    @Option(names = "--symbols", split = ",", defaultValue = "BTCUSDT,ETHUSDT,ADAUSDT,SOLUSDT",
            description = "Demo markets. Default: ${DEFAULT-VALUE}")
    List<String> symbols;

    @Option(names = "--data", description = "Use this CSV instead of the demo markets.")
    Path data;

    @Option(names = "--out", description = "Folder for the demo CSV files. Default: <home>/demo")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        if (bars < 100 || bars > 5_000_000) {
            throw new UsageException("--bars must be between 100 and 5,000,000, not " + bars);
        }
        o.println("ExhaustionLab demo pipeline");
        long started = System.nanoTime();
        List<BarSeries> markets = new ArrayList<>();
        if (data != null) {
            markets.add(CsvBarImporter.importFile(data));
            o.printf(Locale.ROOT, "[1] data: loaded %s%n", data);
        } else {
            Path folder = out != null ? out : Cli.home().resolve("demo");
            Files.createDirectories(folder);
            long start = DataDemoCommand.parseTime(DataDemoCommand.DEFAULT_START, "--start");
            for (String symbol : symbols) {
                BarSeries series = DemoMarket.generate(symbol, Timeframe.MINUTE_1, start, bars,
                        DataDemoCommand.DEFAULT_SEED);
                CsvBarExporter.export(series, folder.resolve(series.symbol().name() + "-1m.csv"), CsvTimeStyle.ISO_UTC);
                markets.add(series);
            }
            o.printf(Locale.ROOT, "[1] data: %d synthetic markets x %,d 1m bars (seed %d), saved as CSV in %s%n",
                    markets.size(), bars, DataDemoCommand.DEFAULT_SEED, folder);
        }
        o.println("    " + SeriesSummary.header());
        for (BarSeries series : markets) {
            o.println("    " + SeriesSummary.of(series).row());
        }
        o.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return Cli.OK;
    }
}
