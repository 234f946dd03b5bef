package org.exhaustionlab.feed.okx;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

import okhttp3.OkHttpClient;

/**
 * Where and how the OKX feed connects. Use a preset ({@link #global()}, {@link #aws()}, {@link #eea()}, {@link #us()},
 * {@link #demo()}) and adjust it with the {@code with...} methods; tests point the URLs at a local server and inject a
 * clock and a sleeper.
 *
 * @param feedId            {@code MarketDataFeed.id()}, also the bar-cache key, e.g. {@code "okx-spot"}
 * @param exchange          exchange name put into {@code Symbol.exchange()}, e.g. {@code "OKX"}
 * @param restBaseUrl       REST root without trailing slash, e.g. {@code https://www.okx.com}
 * @param publicWsUrl       WebSocket URL of the public channels (best bid/ask), e.g.
 *                          {@code wss://ws.okx.com:8443/ws/v5/public}
 * @param businessWsUrl     WebSocket URL of the business channels (candles), e.g.
 *                          {@code wss://ws.okx.com:8443/ws/v5/business}
 * @param simulatedTrading  send {@code x-simulated-trading: 1} on REST calls (OKX's demo-trading environment)
 * @param quoteChannel      public channel for best bid/ask: {@code "bbo-tbt"}, {@code "tickers"}, or empty for none
 * @param client            shared HTTP client (its connection pool and dispatcher are reused)
 * @param clock             epoch-millisecond clock (decides which history pages are "recent")
 * @param sleeper           how the feed waits (rate-limit back-off)
 * @param reconnectMin      first reconnect delay; doubled per failed attempt, with jitter
 * @param reconnectMax      cap of the reconnect delay
 * @param pingInterval      silence after which the text {@code "ping"} is sent; no {@code "pong"} within the same time
 *                          means the connection is dead (OKX closes connections silent for 30 s)
 */
public record OkxConfig(String feedId, String exchange, String restBaseUrl, String publicWsUrl, String businessWsUrl,
        boolean simulatedTrading, String quoteChannel, OkHttpClient client, LongSupplier clock, Sleeper sleeper,
        Duration reconnectMin, Duration reconnectMax, Duration pingInterval) {

    /** Waits; {@link Thread#sleep(long)} in production. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    public OkxConfig {
        Objects.requireNonNull(feedId, "feedId");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(reconnectMin, "reconnectMin");
        Objects.requireNonNull(reconnectMax, "reconnectMax");
        Objects.requireNonNull(pingInterval, "pingInterval");
        restBaseUrl = trimSlash(restBaseUrl);
        publicWsUrl = trimSlash(publicWsUrl);
        businessWsUrl = trimSlash(businessWsUrl);
        quoteChannel = quoteChannel == null ? "" : quoteChannel.trim();
        if (!quoteChannel.isEmpty() && !quoteChannel.equals("bbo-tbt") && !quoteChannel.equals("tickers")) {
            throw new IllegalArgumentException("OKX quote channel must be 'bbo-tbt', 'tickers' or empty, got '"
                    + quoteChannel + "'");
        }
        if (pingInterval.isNegative() || pingInterval.isZero()) {
            throw new IllegalArgumentException("OKX ping interval must be positive, got " + pingInterval);
        }
    }

    /** OKX global (www.okx.com). */
    public static OkxConfig global() {
        return of("okx-spot", "OKX", "https://www.okx.com", "wss://ws.okx.com:8443/ws/v5/public",
                "wss://ws.okx.com:8443/ws/v5/business");
    }

    /** OKX global through its AWS-hosted endpoints (lower latency from AWS regions). */
    public static OkxConfig aws() {
        return of("okx-spot-aws", "OKX", "https://aws.okx.com", "wss://wsaws.okx.com:8443/ws/v5/public",
                "wss://wsaws.okx.com:8443/ws/v5/business");
    }

    /** OKX for the European Economic Area (my.okx.com accounts). */
    public static OkxConfig eea() {
        return of("okx-eea-spot", "OKX-EEA", "https://eea.okx.com", "wss://wseea.okx.com:8443/ws/v5/public",
                "wss://wseea.okx.com:8443/ws/v5/business");
    }

    /** OKX US (app.okx.com US accounts). */
    public static OkxConfig us() {
        return of("okx-us-spot", "OKX-US", "https://us.okx.com", "wss://wsus.okx.com:8443/ws/v5/public",
                "wss://wsus.okx.com:8443/ws/v5/business");
    }

    /** OKX demo trading: the real REST host with the simulated-trading header, and the paper-trading sockets. */
    public static OkxConfig demo() {
        return of("okx-demo", "OKX-DEMO", "https://www.okx.com", "wss://wspap.okx.com:8443/ws/v5/public",
                "wss://wspap.okx.com:8443/ws/v5/business").withSimulatedTrading(true);
    }

    /** A configuration with default client, clock, delays and the {@code bbo-tbt} quote channel. */
    public static OkxConfig of(String feedId, String exchange, String restBaseUrl, String publicWsUrl,
            String businessWsUrl) {
        OkHttpClient client = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30)).build();
        return new OkxConfig(feedId, exchange, restBaseUrl, publicWsUrl, businessWsUrl, false, "bbo-tbt", client,
                System::currentTimeMillis, Thread::sleep, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofSeconds(25));
    }

    public OkxConfig withUrls(String newRestBaseUrl, String newPublicWsUrl, String newBusinessWsUrl) {
        return new OkxConfig(feedId, exchange, newRestBaseUrl, newPublicWsUrl, newBusinessWsUrl, simulatedTrading,
                quoteChannel, client, clock, sleeper, reconnectMin, reconnectMax, pingInterval);
    }

    public OkxConfig withSimulatedTrading(boolean simulated) {
        return new OkxConfig(feedId, exchange, restBaseUrl, publicWsUrl, businessWsUrl, simulated, quoteChannel,
                client, clock, sleeper, reconnectMin, reconnectMax, pingInterval);
    }

    public OkxConfig withQuoteChannel(String channel) {
        return new OkxConfig(feedId, exchange, restBaseUrl, publicWsUrl, businessWsUrl, simulatedTrading, channel,
                client, clock, sleeper, reconnectMin, reconnectMax, pingInterval);
    }

    public OkxConfig withClient(OkHttpClient newClient) {
        return new OkxConfig(feedId, exchange, restBaseUrl, publicWsUrl, businessWsUrl, simulatedTrading,
                quoteChannel, newClient, clock, sleeper, reconnectMin, reconnectMax, pingInterval);
    }

    public OkxConfig withClock(LongSupplier newClock) {
        return new OkxConfig(feedId, exchange, restBaseUrl, publicWsUrl, businessWsUrl, simulatedTrading,
                quoteChannel, client, newClock, sleeper, reconnectMin, reconnectMax, pingInterval);
    }

    public OkxConfig withSleeper(Sleeper newSleeper) {
        return new OkxConfig(feedId, exchange, restBaseUrl, publicWsUrl, businessWsUrl, simulatedTrading,
                quoteChannel, client, clock, newSleeper, reconnectMin, reconnectMax, pingInterval);
    }

    public OkxConfig withReconnectDelays(Duration min, Duration max) {
        return new OkxConfig(feedId, exchange, restBaseUrl, publicWsUrl, businessWsUrl, simulatedTrading,
                quoteChannel, client, clock, sleeper, min, max, pingInterval);
    }

    public OkxConfig withPingInterval(Duration interval) {
        return new OkxConfig(feedId, exchange, restBaseUrl, publicWsUrl, businessWsUrl, simulatedTrading,
                quoteChannel, client, clock, sleeper, reconnectMin, reconnectMax, interval);
    }

    private static String trimSlash(String url) {
        Objects.requireNonNull(url, "url");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
