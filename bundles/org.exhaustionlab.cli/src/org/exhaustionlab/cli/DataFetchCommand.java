package org.exhaustionlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.store.HistoryLoader;
import org.exhaustionlab.store.MarketStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Download bar history from an exchange into the local store.",
                "Only what is missing is fetched, so an interrupted fetch resumes where it stopped." })
final class DataFetchCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    @Option(names = "--exchange", defaultValue = "binance", description = "Feed plugin. Default: ${DEFAULT-VALUE}")
    String exchange;

    @Option(names = "--symbol", required = true, description = "e.g. BTCUSDT")
    String symbol;

    @Option(names = { "--interval", "--timeframe" }, defaultValue = "1m", description = "Default: ${DEFAULT-VALUE}")
    String interval;

    @Option(names = "--from", required = true, description = "First bar: 2024-01-01, ISO-8601 or epoch ms.")
    String from;

    @Option(names = "--to", description = "End (exclusive). Default: now")
    String to;

    @Option(names = "--base-url", description = "REST base URL (e.g. https://api.binance.us or a testnet).")
    String baseUrl;

    DataFetchCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        MarketDataFeed feed = Feeds.find(services, exchange, baseUrl);
        Timeframe timeframe = DataDemoCommand.parseTimeframe(interval);
        long fromMs = TimeOptions.parse(from, "--from");
        long toMs = to == null ? System.currentTimeMillis() : TimeOptions.parse(to, "--to");
        if (fromMs >= toMs) {
            throw new UsageException("--from must be before --to");
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        try (MarketStore store = StoreAccess.open()) {
            HistoryLoader loader = new HistoryLoader(store.bars(), feed);
            ProgressBar bar = new ProgressBar(err, symbol.toUpperCase(Locale.ROOT) + " " + timeframe.code());
            HistoryLoader.Result result;
            try {
                result = loader.load(symbol.toUpperCase(Locale.ROOT), timeframe, fromMs, toMs, bar::update);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            } finally {
                bar.finish();
            }
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "%s %s %s: %,d bars in the store for the range, %d missing range(s) fetched in %.1f s (%s)%n",
                    feed.id(), symbol.toUpperCase(Locale.ROOT), timeframe.code(), result.barsStored(),
                    result.fetched().size(), (System.nanoTime() - started) / 1e9, store.file());
        }
        return Cli.OK;
    }
}
