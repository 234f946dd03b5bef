package org.exhaustionlab.feed.binance;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

import okhttp3.OkHttpClient;

/**
 * Where and how the Binance feed connects. Use a preset ({@link #spot()}, {@link #us()}, {@link #testnet()}) and
 * adjust it with the {@code with...} methods; tests point the URLs at a local server and inject a clock and a sleeper.
 *
 * @param feedId          {@code MarketDataFeed.id()}, also the bar-cache key, e.g. {@code "binance-spot"}
 * @param exchange        exchange name put into {@code Symbol.exchange()}, e.g. {@code "BINANCE"}
 * @param restBaseUrl     REST root without trailing slash, e.g. {@code https://api.binance.com}
 * @param wsBaseUrl       WebSocket root, e.g. {@code wss://stream.binance.com:9443}
 * @param client          shared HTTP client (its connection pool and dispatcher are reused)
 * @param clock           epoch-millisecond clock deciding which bars are closed
 * @param sleeper         how the feed waits (rate limits, Retry-After)
 * @param weightSoftLimit request weight per minute above which the feed waits for the next minute (Binance bans at
 *                        6000)
 * @param reconnectMin    first reconnect delay; doubled per failed attempt, with jitter
 * @param reconnectMax    cap of the reconnect delay
 * @param maxConnectionAge reconnect proactively before Binance's forced disconnect after 24 hours
 * @param pingInterval    WebSocket ping interval (detects dead connections)
 */
public record BinanceConfig(String feedId, String exchange, String restBaseUrl, String wsBaseUrl,
        OkHttpClient client, LongSupplier clock, Sleeper sleeper, int weightSoftLimit, Duration reconnectMin,
        Duration reconnectMax, Duration maxConnectionAge, Duration pingInterval) {

    /** Binance's request-weight limit per minute and IP for {@code /api/v3}. */
    public static final int WEIGHT_LIMIT_PER_MINUTE = 6000;

    /** Waits; {@link Thread#sleep(long)} in production. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    public BinanceConfig {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        restBaseUrl = trimSlash(restBaseUrl);
        wsBaseUrl = trimSlash(wsBaseUrl);
    }

    /** Binance.com spot. */
    public static BinanceConfig spot() {
        return of("binance-spot", "BINANCE", "https://api.binance.com", "wss://stream.binance.com:9443");
    }

    /** Binance.US spot. */
    public static BinanceConfig us() {
        return of("binance-us", "BINANCEUS", "https://api.binance.us", "wss://stream.binance.us:9443");
    }

    /** The spot test network (fake balances, real protocol). */
    public static BinanceConfig testnet() {
        return of("binance-testnet", "BINANCE-TESTNET", "https://testnet.binance.vision",
                "wss://stream.testnet.binance.vision");
    }

    /** A configuration with default client, clock, limits and delays. */
    public static BinanceConfig of(String feedId, String exchange, String restBaseUrl, String wsBaseUrl) {
        OkHttpClient client = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30)).build();
        return new BinanceConfig(feedId, exchange, restBaseUrl, wsBaseUrl, client, System::currentTimeMillis,
                Thread::sleep, 4800, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofHours(23).plusMinutes(50), Duration.ofSeconds(30));
    }

    public BinanceConfig withUrls(String newRestBaseUrl, String newWsBaseUrl) {
        return new BinanceConfig(feedId, exchange, newRestBaseUrl, newWsBaseUrl, client, clock, sleeper,
                weightSoftLimit, reconnectMin, reconnectMax, maxConnectionAge, pingInterval);
    }

    public BinanceConfig withClient(OkHttpClient newClient) {
        return new BinanceConfig(feedId, exchange, restBaseUrl, wsBaseUrl, newClient, clock, sleeper,
                weightSoftLimit, reconnectMin, reconnectMax, maxConnectionAge, pingInterval);
    }

    public BinanceConfig withClock(LongSupplier newClock) {
        return new BinanceConfig(feedId, exchange, restBaseUrl, wsBaseUrl, client, newClock, sleeper,
                weightSoftLimit, reconnectMin, reconnectMax, maxConnectionAge, pingInterval);
    }

    public BinanceConfig withSleeper(Sleeper newSleeper) {
        return new BinanceConfig(feedId, exchange, restBaseUrl, wsBaseUrl, client, clock, newSleeper,
                weightSoftLimit, reconnectMin, reconnectMax, maxConnectionAge, pingInterval);
    }

    public BinanceConfig withReconnectDelays(Duration min, Duration max) {
        return new BinanceConfig(feedId, exchange, restBaseUrl, wsBaseUrl, client, clock, sleeper,
                weightSoftLimit, min, max, maxConnectionAge, pingInterval);
    }

    public BinanceConfig withMaxConnectionAge(Duration age) {
        return new BinanceConfig(feedId, exchange, restBaseUrl, wsBaseUrl, client, clock, sleeper,
                weightSoftLimit, reconnectMin, reconnectMax, age, pingInterval);
    }

    private static String trimSlash(String url) {
        Objects.requireNonNull(url, "url");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
