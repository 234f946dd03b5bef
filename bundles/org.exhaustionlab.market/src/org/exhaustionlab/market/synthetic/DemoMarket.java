package org.exhaustionlab.market.synthetic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;

/**
 * Deterministic synthetic crypto markets for offline demos and tests: plausible price levels and tick sizes, fat
 * tailed returns, volatility clustering, trending and ranging regimes, intraday/weekend volume seasonality and volume
 * that rises with price moves. The same symbol, timeframe, start, seed and bar count always give the same series, and
 * fewer bars give a prefix of more bars.
 * <p>
 * Known symbols: {@code BTCUSDT} (~60000, tick 0.01), {@code ETHUSDT} (~3000, tick 0.01), {@code ADAUSDT} (~0.45,
 * tick 0.0001), {@code SOLUSDT} (~150, tick 0.01). Any other name gets a generic profile (~100, tick 0.01).
 *
 * @implNote Thread-safe: every call uses its own generator state.
 */
public final class DemoMarket {

    /** Exchange id of the demo symbols. */
    public static final String EXCHANGE = "DEMO";

    private static final List<DemoProfile> PROFILES = List.of(
            profile("BTCUSDT", "BTC", 60_000, 0.01, 0.00001, 0.0008, 12),
            profile("ETHUSDT", "ETH", 3_000, 0.01, 0.0001, 0.001, 200),
            profile("ADAUSDT", "ADA", 0.45, 0.0001, 0.1, 0.0012, 100_000),
            profile("SOLUSDT", "SOL", 150, 0.01, 0.001, 0.0012, 2_000));
    private static final Map<String, DemoProfile> BY_NAME = PROFILES.stream()
            .collect(Collectors.toUnmodifiableMap(p -> p.symbol().name(), Function.identity()));

    private DemoMarket() {
    }

    /** The four demo symbols with their metadata. */
    public static List<Symbol> symbols() {
        return PROFILES.stream().map(DemoProfile::symbol).collect(Collectors.toUnmodifiableList());
    }

    /** Metadata of {@code name} (upper-cased); unknown names get a generic profile. */
    public static Symbol symbol(String name) {
        return profileOf(name).symbol();
    }

    /**
     * {@code bars} consecutive bars of {@code symbol} starting with the bar that contains {@code startMs}.
     *
     * @throws IllegalArgumentException if {@code bars} is negative
     */
    public static BarSeries generate(String symbol, Timeframe timeframe, long startMs, int bars, long seed) {
        return SyntheticBarGenerator.generate(profileOf(symbol), timeframe, startMs, bars, seed);
    }

    static DemoProfile profileOf(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        DemoProfile known = BY_NAME.get(upper);
        if (known != null) {
            return known;
        }
        Symbol generic = Symbol.of(upper, 0.01, 0.001);
        return new DemoProfile(new Symbol(EXCHANGE, generic.name(), generic.base(), generic.quote(), 0.01, 0.001),
                100, 0.001, 1_000);
    }

    private static DemoProfile profile(String name, String base, double price, double tick, double lot,
            double sigmaPerMinute, double volumePerMinute) {
        return new DemoProfile(new Symbol(EXCHANGE, name, base, "USDT", tick, lot), price, sigmaPerMinute,
                volumePerMinute);
    }
}
