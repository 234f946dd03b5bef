package org.exhaustionlab.feed.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Resampler;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.osgi.service.component.annotations.Component;

/**
 * The offline feed: deterministic synthetic 1-minute history for the demo symbols, the same bars on every machine,
 * starting at {@link #START_MS} and covering {@link #MINUTES} minutes; higher timeframes are resampled from it.
 *
 * @implNote thread-safe: each symbol's 1-minute series is generated once and shared (immutable).
 */
@Component(service = MarketDataFeed.class)
public final class DemoMarketDataFeed implements MarketDataFeed {

    /** 2024-01-01T00:00:00Z: where the demo history starts. */
    public static final long START_MS = 1_704_067_200_000L;
    /** One year of minutes: enough for any demo, small enough to generate in about a second. */
    public static final int MINUTES = 366 * 24 * 60;
    static final long SEED = 20240101L;

    private final Map<String, BarSeries> minutes = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "demo";
    }

    @Override
    public String displayName() {
        return "Demo market (synthetic, offline)";
    }

    @Override
    public List<Symbol> symbols() {
        return DemoMarket.symbols();
    }

    @Override
    public Set<Timeframe> timeframes() {
        return EnumSet.allOf(Timeframe.class);
    }

    @Override
    public BarSeries history(String symbol, Timeframe timeframe, long fromMs, long toMs) {
        if (fromMs > toMs) {
            throw new IllegalArgumentException("from " + fromMs + " is after to " + toMs);
        }
        boolean known = symbols().stream().anyMatch(s -> s.name().equals(symbol));
        if (!known) {
            throw new IllegalArgumentException("unknown demo symbol '" + symbol + "'; the demo feed has "
                    + symbols().stream().map(Symbol::name).toList());
        }
        BarSeries base = minutes.computeIfAbsent(symbol,
                s -> DemoMarket.generate(s, Timeframe.MINUTE_1, START_MS, MINUTES, SEED));
        BarSeries series = timeframe == Timeframe.MINUTE_1 ? base : Resampler.resample(base, timeframe);
        return series.sliceByTime(fromMs, toMs);
    }

    @Override
    public boolean supportsLive() {
        return false;
    }

    @Override
    public Subscription subscribe(String symbol, Timeframe timeframe, Listener listener) {
        throw new UnsupportedOperationException("the demo feed has no live data; use its history");
    }
}
