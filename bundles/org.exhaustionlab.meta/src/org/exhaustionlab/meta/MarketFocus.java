package org.exhaustionlab.meta;

import java.util.List;
import java.util.Locale;

/**
 * The markets a meta run is for ({@code --market-focus}): words for the goal and the symbols of the cross-market
 * check (the first is the main market when the bars come from the demo market).
 */
public enum MarketFocus {
    SPOT_CRYPTO("spot crypto markets (long and short via margin), fees 0.05 % per side",
            List.of("BTCUSDT", "ETHUSDT", "SOLUSDT", "ADAUSDT")),
    FUTURES_CRYPTO("perpetual crypto futures (symmetric long/short)", List.of("BTCUSDT", "ETHUSDT", "SOLUSDT")),
    MAJORS("the two most liquid crypto markets", List.of("BTCUSDT", "ETHUSDT"));

    private final String description;
    private final List<String> symbols;

    MarketFocus(String description, List<String> symbols) {
        this.description = description;
        this.symbols = symbols;
    }

    public String description() {
        return description;
    }

    public List<String> symbols() {
        return symbols;
    }

    public static MarketFocus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown market focus '" + text + "'; use one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
