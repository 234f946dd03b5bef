package org.exhaustionlab.store;

import java.util.Objects;

import org.exhaustionlab.market.Timeframe;

/**
 * Identifies one cached bar series: which feed it came from, which instrument, which interval.
 *
 * @param exchange feed or exchange id, e.g. {@code "binance-spot"} (see {@code MarketDataFeed.id()})
 * @param symbol   instrument name as the feed spells it, e.g. {@code "BTCUSDT"}
 */
public record SeriesKey(String exchange, String symbol, Timeframe interval) {

    public SeriesKey {
        Objects.requireNonNull(interval, "interval");
        if (exchange == null || exchange.isBlank()) {
            throw new IllegalArgumentException("series key needs an exchange id");
        }
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("series key needs a symbol name");
        }
    }

    @Override
    public String toString() {
        return exchange + ":" + symbol + " " + interval.code();
    }
}
