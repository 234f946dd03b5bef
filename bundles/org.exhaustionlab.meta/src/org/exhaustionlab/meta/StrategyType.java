package org.exhaustionlab.meta;

import java.util.List;
import java.util.Locale;

/** The family of strategies a meta run looks for ({@code --strategy-type}): words for the goal, tags for examples. */
public enum StrategyType {
    EXHAUSTION("an exhaustion (TD-count style) reversal strategy that fades runs of consecutive closes",
            List.of("exhaustion", "reversal", "td-count", "counter-trend")),
    TREND("a trend-following strategy", List.of("trend-following", "ema", "breakout")),
    MEAN_REVERSION("a mean-reversion strategy", List.of("mean-reversion", "rsi", "bollinger-bands")),
    BREAKOUT("a breakout strategy", List.of("breakout", "donchian", "channel", "volatility")),
    MOMENTUM("a momentum strategy", List.of("momentum", "macd", "squeeze")),
    ANY("a robust long/short strategy of any kind", List.of("long-short"));

    private final String description;
    private final List<String> tags;

    StrategyType(String description, List<String> tags) {
        this.description = description;
        this.tags = tags;
    }

    public String description() {
        return description;
    }

    public List<String> tags() {
        return tags;
    }

    /** Case-insensitive, '-' = '_'; the error lists the choices. */
    public static StrategyType parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown strategy type '" + text + "'; use one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
