package org.exhaustionlab.market;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A tradable instrument and its price/quantity grid.
 *
 * @param exchange  exchange or data source id, e.g. {@code "BINANCE"}; may be empty when unknown
 * @param name      instrument name as the exchange spells it, e.g. {@code "BTCUSDT"}
 * @param base      base asset, e.g. {@code "BTC"}; may be empty when unknown
 * @param quote     quote asset, e.g. {@code "USDT"}; may be empty when unknown
 * @param tickSize  price increment (Pine's {@code syminfo.mintick}), &gt; 0
 * @param lotSize   quantity increment (Binance's LOT_SIZE step), &gt; 0
 */
public record Symbol(String exchange, String name, String base, String quote, double tickSize, double lotSize) {

    /** Quote assets recognised when splitting a bare name such as {@code ETHUSDT} (longest first). */
    private static final List<String> KNOWN_QUOTES = List.of("FDUSD", "USDT", "USDC", "BUSD", "TUSD", "USD", "EUR",
            "TRY", "BTC", "ETH", "BNB");

    public Symbol {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("symbol name is empty");
        }
        if (!(tickSize > 0) || Double.isInfinite(tickSize)) {
            throw new IllegalArgumentException("tick size of " + name + " must be a positive number, got " + tickSize);
        }
        if (!(lotSize > 0) || Double.isInfinite(lotSize)) {
            throw new IllegalArgumentException("lot size of " + name + " must be a positive number, got " + lotSize);
        }
    }

    /**
     * A symbol known only by name: base/quote split off a known quote suffix (e.g. {@code SOLUSDT} → SOL/USDT),
     * empty exchange.
     */
    public static Symbol of(String name, double tickSize, double lotSize) {
        String upper = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (String quote : KNOWN_QUOTES) {
            if (upper.length() > quote.length() && upper.endsWith(quote)) {
                return new Symbol("", upper, upper.substring(0, upper.length() - quote.length()), quote, tickSize,
                        lotSize);
            }
        }
        return new Symbol("", upper, "", "", tickSize, lotSize);
    }

    /** Same symbol with another tick size. */
    public Symbol withTickSize(double newTickSize) {
        return new Symbol(exchange, name, base, quote, newTickSize, lotSize);
    }

    /** Price rounded to the nearest multiple of the tick size (half up), see {@link #roundToStep(double, double)}. */
    public double roundToTick(double price) {
        return roundToStep(price, tickSize);
    }

    /** Price rounded up to the tick grid (e.g. for a bar's high). */
    public double ceilToTick(double price) {
        return StepRounding.ceil(price, tickSize);
    }

    /** Price rounded down to the tick grid (e.g. for a bar's low). */
    public double floorToTick(double price) {
        return StepRounding.floor(price, tickSize);
    }

    /** Quantity rounded down to a multiple of the lot size (exchanges reject quantities off the lot grid). */
    public double floorToLot(double quantity) {
        return StepRounding.floor(quantity, lotSize);
    }

    /** Number of decimals needed to print prices on this symbol's tick grid (e.g. 2 for 0.01, 5 for 0.00001). */
    public int priceDecimals() {
        return StepRounding.decimals(tickSize);
    }

    /**
     * {@code value} rounded to the nearest multiple of {@code step}; the result is the double closest to the decimal
     * multiple (e.g. 3 × 0.1 gives 0.3, not 0.30000000000000004), so it prints cleanly and compares exactly.
     */
    public static double roundToStep(double value, double step) {
        return StepRounding.round(value, step);
    }

    @Override
    public String toString() {
        return exchange.isEmpty() ? name : exchange + ":" + name;
    }
}
