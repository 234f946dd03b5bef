package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.wvad} (Williams variable accumulation/distribution) = (close - open) / (high - low) * volume; stateless. */
public final class Wvad {
    private Wvad() {
    }

    public static double of(double open, double high, double low, double close, double volume) {
        return (close - open) / (high - low) * volume;
    }
}
