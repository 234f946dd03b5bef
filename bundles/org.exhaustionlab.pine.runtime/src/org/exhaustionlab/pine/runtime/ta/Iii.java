package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.iii} (intraday intensity index) = (2 close - high - low) / ((high - low) * volume); stateless. */
public final class Iii {
    private Iii() {
    }

    public static double of(double high, double low, double close, double volume) {
        return (2 * close - high - low) / ((high - low) * volume);
    }
}
