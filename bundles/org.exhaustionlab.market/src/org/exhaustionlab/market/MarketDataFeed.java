package org.exhaustionlab.market;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * A source of market data: historical bars and, optionally, live bar updates and best bid/ask quotes. Exchanges and
 * data vendors implement this in their own bundles and register it as an OSGi service; consumers look feeds up by
 * {@link #id()}.
 * <p>
 * Symbols are named as the feed names them (e.g. {@code "BTCUSDT"}); times are epoch milliseconds UTC, bar times are
 * bar open times.
 *
 * @implSpec Implementations must be thread-safe: several consumers may request history and subscribe concurrently.
 *           Listener callbacks may arrive on a feed-owned thread and must not be blocked for long by consumers.
 */
public interface MarketDataFeed {

    /** Stable machine id, e.g. {@code "binance-spot"}; used in preferences, stores and the CLI. */
    String id();

    /** Human-readable name for menus, e.g. {@code "Binance Spot"}. */
    String displayName();

    /** The instruments this feed serves, with tick and lot sizes. May block on first use (exchange metadata). */
    List<Symbol> symbols() throws IOException;

    /** The bar intervals {@link #history} and {@link #subscribe} accept. */
    Set<Timeframe> timeframes();

    /**
     * Closed bars of {@code symbol} opening in {@code [fromMs, toMs)}, oldest first; blocks until all are loaded.
     * The result may be empty (no trading in that range) but never contains the still-forming bar.
     *
     * @throws IOException              if the data cannot be fetched (network, exchange error, rate limit)
     * @throws IllegalArgumentException for an unknown symbol, an unsupported timeframe or {@code fromMs > toMs}
     */
    BarSeries history(String symbol, Timeframe timeframe, long fromMs, long toMs) throws IOException;

    /**
     * Starts streaming live updates of {@code symbol}'s bars (and best bid/ask where the feed has them) to
     * {@code listener} until the returned subscription is closed.
     *
     * @throws UnsupportedOperationException if the feed has no live data (see {@link #supportsLive()})
     * @throws IllegalArgumentException      for an unknown symbol or an unsupported timeframe
     */
    Subscription subscribe(String symbol, Timeframe timeframe, Listener listener);

    /**
     * The same feed talking to other servers: a regional site, a testnet or a local test server. {@code streamBaseUrl}
     * may be {@code null} to keep the current one.
     *
     * @throws UnsupportedOperationException if the feed has no configurable endpoints (files, synthetic data)
     */
    default MarketDataFeed withEndpoints(String restBaseUrl, String streamBaseUrl) {
        throw new UnsupportedOperationException(displayName() + " has no configurable endpoints");
    }

    /** Whether {@link #subscribe} works; offline feeds (files, synthetic data) return {@code false}. */
    default boolean supportsLive() {
        return true;
    }

    /** A live subscription; closing it stops callbacks (idempotent, never throws). */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Receives live data. Callbacks for one subscription arrive in order, never concurrently. */
    interface Listener {

        /**
         * The forming bar changed ({@code closed == false}) or a bar closed ({@code closed == true}); a closed bar is
         * final, the next update opens a new bar.
         */
        void onBarUpdate(Bar bar, boolean closed);

        /** New best bid/ask. Ignored by default. */
        default void onBookTicker(BookTicker ticker) {
        }

        /**
         * A problem the feed is handling (e.g. "connection lost, reconnecting in 5 s"), as one line for the user. The
         * subscription stays open unless the feed says otherwise in the message.
         */
        default void onError(String message) {
        }
    }
}
