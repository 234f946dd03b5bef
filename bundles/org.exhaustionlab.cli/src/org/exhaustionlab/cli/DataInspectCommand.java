package org.exhaustionlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.csv.CsvBarImporter;
import org.exhaustionlab.market.csv.CsvImportOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = { "Validate CSV bar files and summarise them.",
                "Formats: time,open,high,low,close,volume (ISO-8601 with offset, epoch s or ms), Binance kline CSV,",
                "TradingView chart exports. A bad file is refused whole with its file name and line (exit 2)." })
final class DataInspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files.")
    Path[] files;

    @Option(names = "--symbol", description = "Symbol name (default: from the file name).")
    String symbol;

    @Option(names = "--tick", description = "Tick size of the symbol's prices.")
    Double tick;

    @Override
    public Integer call() throws IOException {
        spec.commandLine().getOut().println(SeriesSummary.header());
        for (Path file : files) {
            CsvImportOptions options = CsvImportOptions.defaults();
            if (symbol != null) {
                options = options.withSymbolName(symbol);
            }
            if (tick != null) {
                options = options.withTickSize(tick);
            }
            BarSeries series = CsvBarImporter.importFile(file, options);
            spec.commandLine().getOut().println(SeriesSummary.of(series).row());
        }
        return Cli.OK;
    }
}
