package org.exhaustionlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.csv.CsvBarExporter;
import org.exhaustionlab.market.csv.CsvTimeStyle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write stored bars to a CSV file (time,open,high,low,close,volume).")
final class DataExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoredSeriesOptions series;

    @Option(names = "--out", required = true, description = "CSV file to write.")
    Path out;

    @Option(names = "--epoch-ms", description = "Write times as epoch milliseconds instead of ISO-8601.")
    boolean epochMs;

    @Override
    public Integer call() throws IOException {
        BarSeries bars = series.load();
        CsvBarExporter.export(bars, out, epochMs ? CsvTimeStyle.EPOCH_MS : CsvTimeStyle.ISO_UTC);
        spec.commandLine().getOut().printf("wrote %,d bars to %s%n", bars.size(), out);
        return Cli.OK;
    }
}
