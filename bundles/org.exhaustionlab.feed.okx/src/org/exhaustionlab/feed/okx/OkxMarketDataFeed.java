package org.exhaustionlab.feed.okx;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.osgi.service.component.annotations.Component;

/**
 * OKX spot market data (v5 API): symbols with tick and lot sizes ({@code /api/v5/public/instruments}), candle history
 * paged backwards ({@code /api/v5/market/candles} for the latest 1440 bars, {@code /market/history-candles} before
 * them), and live candles plus best bid/ask over two WebSockets that reconnect and backfill by themselves.
 * <p>
 * Symbols are named like Binance's ({@code BTCUSDT}); OKX's own ids ({@code BTC-USDT}) are accepted too. Timeframes
 * map to UTC-aligned OKX bars; 8h and 3d are not served (OKX has no such bars).
 *
 * @implNote Thread-safe. Instrument metadata is cached for the life of the feed.
 */
@Component(service = MarketDataFeed.class)
public final class OkxMarketDataFeed implements MarketDataFeed {

    static final String INSTRUMENTS = "/api/v5/public/instruments";
    static final String CANDLES = "/api/v5/market/candles";
    static final String HISTORY_CANDLES = "/api/v5/market/history-candles";
    /** Rows per page: the maxima of the two endpoints. */
    static final int CANDLES_LIMIT = 300;
    static final int HISTORY_LIMIT = 100;
    /** {@code /market/candles} only serves the latest 1440 bars of each bar size. */
    static final int RECENT_BARS = 1440;

    private final OkxConfig config;
    private final OkxRest rest;
    /** Our name (BTCUSDT) → instrument. */
    private final Map<String, OkxInstruments.Listing> instruments = new ConcurrentHashMap<>();

    /** OKX global with default settings (the OSGi service). */
    public OkxMarketDataFeed() {
        this(OkxConfig.global());
    }

    public OkxMarketDataFeed(OkxConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.rest = new OkxRest(config);
    }

    public OkxConfig config() {
        return config;
    }

    @Override
    public String id() {
        return config.feedId();
    }

    @Override
    public String displayName() {
        switch (config.feedId()) {
            case "okx-spot":
                return "OKX Spot";
            case "okx-spot-aws":
                return "OKX Spot (AWS)";
            case "okx-eea-spot":
                return "OKX EEA Spot";
            case "okx-us-spot":
                return "OKX US Spot";
            case "okx-demo":
                return "OKX Demo Trading";
            default:
                return "OKX (" + config.restBaseUrl() + ")";
        }
    }

    /** The spot instruments currently live, named like {@code BTCUSDT}, with tick and lot sizes. */
    @Override
    public List<Symbol> symbols() throws IOException {
        return loadInstruments().stream().filter(OkxInstruments.Listing::live).map(OkxInstruments.Listing::symbol)
                .toList();
    }

    /**
     * One symbol's metadata (any state, so history of suspended instruments works), cached.
     *
     * @param name {@code BTCUSDT} or OKX's {@code BTC-USDT}
     * @throws IllegalArgumentException if OKX does not list it
     */
    public Symbol symbol(String name) throws IOException {
        return instrument(name).symbol();
    }

    /** OKX's instrument id for {@code name}, e.g. {@code BTCUSDT} → {@code BTC-USDT}. */
    public String instId(String name) throws IOException {
        return instrument(name).instId();
    }

    @Override
    public Set<Timeframe> timeframes() {
        return OkxCandles.timeframes();
    }

    /**
     * The OKX bar code used for {@code timeframe}, e.g. {@code 1H}, {@code 1Dutc}.
     *
     * @throws IllegalArgumentException for 8h and 3d, which OKX does not have
     */
    public static String barCode(Timeframe timeframe) {
        return OkxCandles.bar(timeframe);
    }

    @Override
    public BarSeries history(String symbol, Timeframe timeframe, long fromMs, long toMs) throws IOException {
        Objects.requireNonNull(timeframe, "timeframe");
        String bar = OkxCandles.bar(timeframe);
        if (fromMs > toMs) {
            throw new IllegalArgumentException("history range starts after it ends: " + fromMs + " > " + toMs);
        }
        OkxInstruments.Listing inst = instrument(symbol);
        long now = config.clock().getAsLong();
        long step = timeframe.durationMs();
        long recentStart = timeframe.openTimeOf(now) - (RECENT_BARS - 1) * step;
        TreeMap<Long, Bar> bars = new TreeMap<>(); // pages come newest first and may overlap
        long cursor = Math.min(toMs, timeframe.nextOpen(now) + step); // OKX's `after`: rows opening before it
        boolean recentExhausted = false;
        while (cursor > fromMs) {
            boolean recent = !recentExhausted && cursor - CANDLES_LIMIT * step >= recentStart;
            Map<String, String> query = new LinkedHashMap<>();
            query.put("instId", inst.instId());
            query.put("bar", bar);
            query.put("after", Long.toString(cursor));
            query.put("limit", Integer.toString(recent ? CANDLES_LIMIT : HISTORY_LIMIT));
            JsonNode page = rest.get(recent ? CANDLES : HISTORY_CANDLES, query);
            if (page.isEmpty()) {
                if (recent) {
                    recentExhausted = true; // beyond the latest 1440: ask the history endpoint for the same range
                    continue;
                }
                break; // nothing older: the instrument was not listed yet
            }
            long oldest = Long.MAX_VALUE;
            for (JsonNode row : page) {
                OkxCandles.Candle c = parseCandle(row, inst, timeframe);
                long t = c.bar().time();
                oldest = Math.min(oldest, t);
                if (c.confirmed() && t >= fromMs && t < toMs) {
                    bars.putIfAbsent(t, c.bar());
                }
            }
            if (oldest >= cursor) {
                throw new IOException("OKX ignored the paging cursor of " + (recent ? CANDLES : HISTORY_CANDLES)
                        + " for " + inst.instId() + " (asked for bars before " + cursor + ", got one at " + oldest
                        + ")");
            }
            cursor = oldest;
        }
        BarSeries.Builder series = BarSeries.builder(inst.symbol(), timeframe, bars.size());
        for (Bar b : bars.values()) {
            series.add(b); // validated while parsing; times strictly increase in the map
        }
        return series.build();
    }

    @Override
    public Subscription subscribe(String symbol, Timeframe timeframe, Listener listener) {
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(listener, "listener");
        OkxCandles.bar(timeframe); // refuses 8h and 3d before connecting
        String instId;
        try {
            instId = instrument(symbol).instId();
        } catch (IOException e) {
            // cannot check the symbol now; the stream reports its own connection problems
            instId = guessInstId(symbol);
            listener.onError("could not check symbol " + symbol + " on " + displayName() + " (" + e.getMessage()
                    + "); subscribing to " + instId + " anyway");
        }
        String streamInst = instId;
        LiveStream stream = new LiveStream(config, streamInst, timeframe, listener,
                (from, to) -> history(streamInst, timeframe, from, to));
        stream.start();
        return stream;
    }

    private OkxInstruments.Listing instrument(String name) throws IOException {
        String upper = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z0-9][A-Z0-9./_-]{0,39}")) {
            throw new IllegalArgumentException("'" + name + "' is not an OKX spot symbol name (e.g. BTCUSDT or"
                    + " BTC-USDT)");
        }
        String instId = OkxInstruments.instIdIfSeparated(upper);
        String key = instId != null ? OkxInstruments.ourName(instId) : upper;
        OkxInstruments.Listing cached = instruments.get(key);
        if (cached != null && (instId == null || cached.instId().equals(instId))) {
            return cached;
        }
        if (instId != null) {
            return fetchOne(name, instId);
        }
        List<OkxInstruments.Listing> all = loadInstruments(); // a bare name needs the list to find the dash
        OkxInstruments.Listing found = instruments.get(key);
        if (found == null) {
            throw new IllegalArgumentException("unknown symbol '" + upper + "' on " + displayName() + " (not among"
                    + " the " + all.size() + " spot instruments OKX lists)");
        }
        return found;
    }

    private OkxInstruments.Listing fetchOne(String name, String instId) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("instType", "SPOT");
        query.put("instId", instId);
        JsonNode data;
        try {
            data = rest.get(INSTRUMENTS, query);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown symbol '" + name.trim() + "' on " + displayName() + " ("
                    + e.getMessage() + ")", e);
        }
        OkxInstruments.Listing found = OkxInstruments.parse(data, config.exchange()).stream()
                .filter(l -> l.instId().equals(instId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown symbol '" + name.trim() + "' on "
                        + displayName() + " (OKX lists no spot instrument " + instId + ")"));
        instruments.put(found.symbol().name(), found);
        return found;
    }

    private List<OkxInstruments.Listing> loadInstruments() throws IOException {
        List<OkxInstruments.Listing> all = OkxInstruments.parse(rest.get(INSTRUMENTS, Map.of("instType", "SPOT")),
                config.exchange());
        // joined names could in theory collide (A-BC vs AB-C); the first listed keeps the name
        Map<String, OkxInstruments.Listing> fresh = new LinkedHashMap<>();
        all.forEach(l -> fresh.putIfAbsent(l.symbol().name(), l));
        instruments.putAll(fresh);
        return all;
    }

    private static String guessInstId(String symbol) {
        String upper = symbol.trim().toUpperCase(Locale.ROOT);
        String separated = OkxInstruments.instIdIfSeparated(upper);
        if (separated != null) {
            return separated;
        }
        Symbol split = Symbol.of(upper, 1, 1);
        return split.quote().isEmpty() ? upper : split.base() + "-" + split.quote();
    }

    private static OkxCandles.Candle parseCandle(JsonNode row, OkxInstruments.Listing inst, Timeframe tf)
            throws IOException {
        try {
            return OkxCandles.parse(row, tf);
        } catch (IllegalArgumentException e) {
            throw new IOException("OKX sent a malformed " + inst.instId() + " " + tf.code() + " candle: "
                    + e.getMessage(), e);
        }
    }
}
