package org.exhaustionlab.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.csv.CsvBarImporter;
import org.exhaustionlab.market.csv.CsvImportOptions;
import org.exhaustionlab.market.synthetic.DemoMarket;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where a command's bars come from: a CSV file, the local store, or the demo market. */
final class BarsOptions {

    @Option(names = "--data", description = "CSV file of bars.")
    Path data;

    @Mixin
    StoredSeriesOptions stored;

    @Option(names = "--demo", description = "Demo market (BTCUSDT, ETHUSDT, ADAUSDT, SOLUSDT): 1m bars from 2024-01-01.")
    String demo;

    @Option(names = "--demo-bars", defaultValue = "100000", description = "Bars of --demo. Default: ${DEFAULT-VALUE}")
    int demoBars;

    @Option(names = "--tick", description = "The symbol's tick size (syminfo.mintick). Default: from the data.")
    Double tick;

    BarSeries load() throws IOException {
        int sources = (data != null ? 1 : 0) + (stored.isGiven() ? 1 : 0) + (demo != null ? 1 : 0);
        if (sources != 1) {
            throw new UsageException("give the bars with exactly one of --data FILE, --exchange/--symbol (the store) or "
                    + "--demo SYMBOL");
        }
        BarSeries bars;
        if (data != null) {
            CsvImportOptions options = CsvImportOptions.defaults();
            if (tick != null) {
                options = options.withTickSize(tick);
            }
            bars = CsvBarImporter.importFile(data, options);
        } else if (demo != null) {
            long start = DataDemoCommand.parseTime(DataDemoCommand.DEFAULT_START, "--start");
            bars = DemoMarket.generate(demo, Timeframe.MINUTE_1, start, demoBars, DataDemoCommand.DEFAULT_SEED);
        } else {
            bars = stored.load();
        }
        if (bars.isEmpty()) {
            throw new UsageException("no bars to run on");
        }
        return bars;
    }

    double tickOrNaN() {
        return tick == null ? Double.NaN : tick;
    }
}
