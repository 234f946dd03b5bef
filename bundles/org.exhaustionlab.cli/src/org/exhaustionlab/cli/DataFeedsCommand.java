package org.exhaustionlab.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.exhaustionlab.market.MarketDataFeed;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "List the market-data feeds installed as plugins.")
final class DataFeedsCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    DataFeedsCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        List<MarketDataFeed> feeds = new java.util.ArrayList<>(services.all(MarketDataFeed.class));
        feeds.sort(java.util.Comparator.comparing(MarketDataFeed::id));
        if (feeds.isEmpty()) {
            spec.commandLine().getErr().println("exhaustionlab: no market-data feed is installed");
            return Cli.FAILED;
        }
        for (MarketDataFeed feed : feeds) {
            spec.commandLine().getOut().printf("%-12s %-36s live: %s%n", feed.id(), feed.displayName(),
                    feed.supportsLive() ? "yes" : "no");
        }
        return Cli.OK;
    }
}
