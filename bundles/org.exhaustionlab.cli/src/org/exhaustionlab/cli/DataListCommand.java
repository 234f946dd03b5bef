package org.exhaustionlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.SeriesInfo;
import org.exhaustionlab.store.TimeRange;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the bar series in the local store with their ranges and gaps.")
final class DataListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (MarketStore store = StoreAccess.open()) {
            List<SeriesInfo> all = store.bars().list();
            if (all.isEmpty()) {
                out.println("the store is empty (" + store.file() + "); fill it with 'data fetch' or 'data import'");
                return Cli.OK;
            }
            out.printf("%-16s %-10s %-4s %10s  %-17s  %-17s %s%n", "exchange", "symbol", "tf", "bars", "first", "last",
                    "gaps");
            for (SeriesInfo info : all) {
                List<TimeRange> gaps = info.coverage().isEmpty() ? List.of()
                        : new org.exhaustionlab.store.Coverage(info.coverage()).gaps(info.firstTimeMs(),
                                info.lastTimeMs());
                out.printf("%-16s %-10s %-4s %,10d  %-17s  %-17s %d%n", info.key().exchange(), info.key().symbol(),
                        info.key().interval().code(), info.barCount(), SeriesSummary.time(info.firstTimeMs()),
                        SeriesSummary.time(info.lastTimeMs()), gaps.size());
            }
        }
        return Cli.OK;
    }
}
