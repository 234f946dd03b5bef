package org.exhaustionlab.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BookTicker;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Timeframe;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stream", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Print live bars and best bid/ask from an exchange until stopped (Ctrl-C) or --duration.",
                "Reconnects by itself; bars that closed while disconnected are fetched and printed once." })
final class DataStreamCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    @Option(names = "--exchange", defaultValue = "binance", description = "Feed plugin. Default: ${DEFAULT-VALUE}")
    String exchange;

    @Option(names = "--symbol", required = true, description = "e.g. BTCUSDT")
    String symbol;

    @Option(names = { "--interval", "--timeframe" }, defaultValue = "1m", description = "Default: ${DEFAULT-VALUE}")
    String interval;

    @Option(names = "--duration", description = "Stop after this many seconds.")
    Long duration;

    @Option(names = "--base-url", description = "REST base URL of the exchange (the stream URL follows the feed's preset).")
    String baseUrl;

    DataStreamCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws InterruptedException {
        MarketDataFeed feed = Feeds.find(services, exchange, baseUrl);
        if (!feed.supportsLive()) {
            throw new UsageException(feed.displayName() + " has no live data");
        }
        Timeframe timeframe = DataDemoCommand.parseTimeframe(interval);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch never = new CountDownLatch(1);
        MarketDataFeed.Listener listener = new MarketDataFeed.Listener() {
            @Override
            public void onBarUpdate(Bar bar, boolean closed) {
                out.printf(Locale.ROOT, "%s %s %s O %s H %s L %s C %s V %s%n", closed ? "closed " : "forming",
                        Instant.ofEpochMilli(bar.time()), symbol, bar.open(), bar.high(), bar.low(), bar.close(),
                        bar.volume());
                out.flush();
            }

            @Override
            public void onBookTicker(BookTicker t) {
                out.printf(Locale.ROOT, "bidask  %s bid %s x %s ask %s x %s%n", Instant.ofEpochMilli(t.time()),
                        t.bidPrice(), t.bidQty(), t.askPrice(), t.askQty());
                out.flush();
            }

            @Override
            public void onError(String message) {
                err.println("exhaustionlab: " + message);
                err.flush();
            }
        };
        try (MarketDataFeed.Subscription ignored = feed.subscribe(symbol.toUpperCase(Locale.ROOT), timeframe,
                listener)) {
            if (duration == null) {
                never.await();
            } else {
                never.await(duration, TimeUnit.SECONDS);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return Cli.OK;
    }
}
