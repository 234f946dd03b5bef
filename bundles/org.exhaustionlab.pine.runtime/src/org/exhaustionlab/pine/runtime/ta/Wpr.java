package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.wpr(length)} (Williams %R) = 100 * (close - highest(high)) / (highest(high) - lowest(low)) (reference). */
public final class Wpr {
    private final BlockExtremum highest = new BlockExtremum(true);
    private final BlockExtremum lowest = new BlockExtremum(false);

    public double next(int length, double high, double low, double close) {
        highest.next(high, length);
        lowest.next(low, length);
        double max = highest.value();
        return 100 * (close - max) / (max - lowest.value());
    }
}
