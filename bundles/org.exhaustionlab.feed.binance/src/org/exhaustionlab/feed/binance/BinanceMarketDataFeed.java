package org.exhaustionlab.feed.binance;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.osgi.service.component.annotations.Component;

/**
 * Binance spot market data: kline history over REST ({@code /api/v3/klines}, paged, weight-aware), symbols with tick
 * and lot sizes ({@code /api/v3/exchangeInfo}), and live klines plus best bid/ask over a combined WebSocket stream
 * that reconnects and backfills by itself.
 *
 * @implNote Thread-safe. Symbol metadata is fetched once per symbol and cached for the life of the feed.
 */
@Component(service = MarketDataFeed.class)
public final class BinanceMarketDataFeed implements MarketDataFeed {

    /** Klines per REST page: Binance's maximum. */
    static final int PAGE_LIMIT = 1000;

    private final BinanceConfig config;
    private final BinanceRest rest;
    private final Map<String, Symbol> symbolCache = new ConcurrentHashMap<>();

    /** Binance.com spot with default settings (the OSGi service). */
    public BinanceMarketDataFeed() {
        this(BinanceConfig.spot());
    }

    public BinanceMarketDataFeed(BinanceConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.rest = new BinanceRest(config);
    }

    public BinanceConfig config() {
        return config;
    }

    @Override
    public MarketDataFeed withEndpoints(String restBaseUrl, String streamBaseUrl) {
        return new BinanceMarketDataFeed(config.withUrls(restBaseUrl,
                streamBaseUrl != null ? streamBaseUrl : config.wsBaseUrl()));
    }

    @Override
    public String id() {
        return config.feedId();
    }

    @Override
    public String displayName() {
        switch (config.feedId()) {
            case "binance-spot":
                return "Binance Spot";
            case "binance-us":
                return "Binance.US Spot";
            case "binance-testnet":
                return "Binance Spot Testnet";
            default:
                return "Binance (" + config.restBaseUrl() + ")";
        }
    }

    /** The symbols currently TRADING, with tick and lot sizes. */
    @Override
    public List<Symbol> symbols() throws IOException {
        List<ExchangeInfoJson.Listing> listings = parseInfo(rest.get("/api/v3/exchangeInfo", Map.of()));
        listings.forEach(l -> symbolCache.put(l.symbol().name(), l.symbol()));
        return listings.stream().filter(l -> "TRADING".equals(l.status())).map(ExchangeInfoJson.Listing::symbol)
                .toList();
    }

    /**
     * One symbol's metadata (any status, so history of halted symbols works), cached.
     *
     * @throws IllegalArgumentException if Binance does not know the symbol
     */
    public Symbol symbol(String name) throws IOException {
        String upper = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z0-9._-]{1,20}")) {
            throw new IllegalArgumentException("'" + name + "' is not a Binance symbol name (e.g. BTCUSDT)");
        }
        Symbol cached = symbolCache.get(upper);
        if (cached != null) {
            return cached;
        }
        List<ExchangeInfoJson.Listing> listings;
        try {
            listings = parseInfo(rest.get("/api/v3/exchangeInfo", Map.of("symbol", upper)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown symbol '" + upper + "' on " + displayName() + " ("
                    + e.getMessage() + ")", e);
        }
        Symbol found = listings.stream().map(ExchangeInfoJson.Listing::symbol).filter(s -> s.name().equals(upper))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "unknown symbol '" + upper + "' on " + displayName() + " (not in exchangeInfo)"));
        symbolCache.put(upper, found);
        return found;
    }

    @Override
    public Set<Timeframe> timeframes() {
        return EnumSet.allOf(Timeframe.class);
    }

    /**
     * A Binance interval code ({@code 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M}).
     *
     * @throws IllegalArgumentException naming the valid codes
     */
    public static Timeframe interval(String code) {
        for (Timeframe tf : Timeframe.values()) {
            if (tf.isExchangeInterval() && tf.code().equals(code)) {
                return tf;
            }
        }
        throw new IllegalArgumentException("unknown Binance interval '" + code + "' (expected one of "
                + Arrays.stream(Timeframe.values()).filter(Timeframe::isExchangeInterval).map(Timeframe::code)
                        .collect(Collectors.joining(" ")) + ")");
    }

    @Override
    public BarSeries history(String symbol, Timeframe timeframe, long fromMs, long toMs) throws IOException {
        Objects.requireNonNull(timeframe, "timeframe");
        if (fromMs > toMs) {
            throw new IllegalArgumentException("history range starts after it ends: " + fromMs + " > " + toMs);
        }
        Symbol sym = symbol(symbol);
        long now = config.clock().getAsLong();
        long expected = (Math.min(toMs, now) - fromMs) / timeframe.durationMs() + 1;
        BarSeries.Builder bars = BarSeries.builder(sym, timeframe, (int) Math.max(16, Math.min(expected, 1 << 20)));
        long cursor = fromMs;
        while (cursor < toMs) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("symbol", sym.name());
            query.put("interval", timeframe.code());
            query.put("startTime", Long.toString(cursor));
            query.put("endTime", Long.toString(toMs - 1));
            query.put("limit", Integer.toString(PAGE_LIMIT));
            JsonNode page = rest.get("/api/v3/klines", query);
            if (!page.isArray()) {
                throw new IOException("Binance answered /api/v3/klines for " + sym.name() + " with something other"
                        + " than a kline array: " + KlineJson.abbreviate(page));
            }
            long lastOpen = Long.MIN_VALUE;
            boolean reachedForming = false;
            for (JsonNode row : page) {
                KlineJson.Kline k = parseKline(row, sym);
                long t = k.bar().time();
                lastOpen = Math.max(lastOpen, t);
                if (k.closeTime() >= now) {
                    reachedForming = true; // the bar still forming is not history
                } else if (t >= fromMs && t < toMs && (bars.size() == 0 || t > bars.lastTime())) {
                    addBar(bars, k, sym);
                }
            }
            if (page.size() < PAGE_LIMIT || reachedForming || lastOpen < cursor) {
                break;
            }
            cursor = lastOpen + 1;
        }
        return bars.build();
    }

    @Override
    public Subscription subscribe(String symbol, Timeframe timeframe, Listener listener) {
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(listener, "listener");
        String name;
        try {
            name = symbol(symbol).name();
        } catch (IOException e) {
            // cannot check the symbol now; the stream reports its own connection problems
            name = symbol.trim().toUpperCase(Locale.ROOT);
            listener.onError("could not check symbol " + name + " (" + e.getMessage() + "); subscribing anyway");
        }
        String streamSymbol = name;
        LiveStream stream = new LiveStream(config, streamSymbol, timeframe, listener,
                (from, to) -> history(streamSymbol, timeframe, from, to));
        stream.start();
        return stream;
    }

    private List<ExchangeInfoJson.Listing> parseInfo(JsonNode info) throws IOException {
        try {
            return ExchangeInfoJson.parse(info, config.exchange());
        } catch (IllegalArgumentException e) {
            throw new IOException("Binance sent an unexpected exchangeInfo: " + e.getMessage(), e);
        }
    }

    private static KlineJson.Kline parseKline(JsonNode row, Symbol sym) throws IOException {
        try {
            return KlineJson.fromArray(row);
        } catch (IllegalArgumentException e) {
            throw new IOException("Binance sent a malformed " + sym.name() + " kline: " + e.getMessage(), e);
        }
    }

    private static void addBar(BarSeries.Builder bars, KlineJson.Kline k, Symbol sym) throws IOException {
        try {
            bars.add(k.bar());
        } catch (IllegalArgumentException e) {
            throw new IOException("Binance sent an inconsistent " + sym.name() + " kline: " + e.getMessage(), e);
        }
    }
}
