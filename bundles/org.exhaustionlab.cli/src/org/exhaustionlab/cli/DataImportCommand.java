package org.exhaustionlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.csv.CsvBarImporter;
import org.exhaustionlab.market.csv.CsvImportOptions;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.SeriesKey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Validate a CSV bar file and store it (a bad file is refused whole, nothing is stored).")
final class DataImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--exchange", defaultValue = "csv", description = "Exchange name to file it under. Default: ${DEFAULT-VALUE}")
    String exchange;

    @Option(names = "--symbol", description = "Symbol (default: from the file name).")
    String symbol;

    @Option(names = "--tick", description = "Tick size of the prices (default: inferred).")
    Double tick;

    @Override
    public Integer call() throws IOException {
        CsvImportOptions options = CsvImportOptions.defaults();
        if (symbol != null) {
            options = options.withSymbolName(symbol);
        }
        if (tick != null) {
            options = options.withTickSize(tick);
        }
        BarSeries bars = CsvBarImporter.importFile(file, options);
        if (bars.isEmpty()) {
            throw new UsageException(file + ": no bars");
        }
        SeriesKey key = new SeriesKey(exchange, bars.symbol().name(), bars.timeframe());
        try (MarketStore store = StoreAccess.open()) {
            store.bars().upsert(key, bars);
        }
        spec.commandLine().getOut().printf("stored %,d bars as %s%n", bars.size(), key);
        return Cli.OK;
    }
}
