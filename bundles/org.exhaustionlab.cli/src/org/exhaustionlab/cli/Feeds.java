package org.exhaustionlab.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.exhaustionlab.market.MarketDataFeed;

/** Finds a feed plugin by the name a user types: its id ("binance-spot") or the exchange part ("binance"). */
final class Feeds {

    private Feeds() {
    }

    static MarketDataFeed find(Services services, String exchange, String baseUrl) {
        List<MarketDataFeed> feeds = services.all(MarketDataFeed.class);
        String wanted = exchange.trim().toLowerCase(java.util.Locale.ROOT);
        MarketDataFeed feed = feeds.stream().filter(f -> f.id().equals(wanted)).findFirst()
                .or(() -> feeds.stream().filter(f -> f.id().startsWith(wanted + "-")).findFirst())
                .orElseThrow(() -> new UsageException("no market-data feed '" + exchange + "' is installed; installed: "
                        + feeds.stream().map(MarketDataFeed::id).sorted().collect(Collectors.joining(", "))));
        if (baseUrl == null) {
            return feed;
        }
        try {
            return feed.withEndpoints(baseUrl, null);
        } catch (UnsupportedOperationException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
