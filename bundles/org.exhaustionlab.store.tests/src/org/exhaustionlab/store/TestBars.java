package org.exhaustionlab.store;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;

/** Deterministic bars for store tests: bar at slot i has close 100 + (i mod 1000) / 10 and volume |i|. */
final class TestBars {

    static final Symbol BTC = new Symbol("BINANCE", "BTCUSDT", "BTC", "USDT", 0.01, 0.00001);
    static final SeriesKey KEY = new SeriesKey("binance-spot", "BTCUSDT", Timeframe.MINUTE_1);
    static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    static final long MIN = 60_000L;

    private TestBars() {
    }

    static double closeAt(long slot) {
        return 100 + Math.floorMod(slot, 1000) / 10.0;
    }

    /** {@code n} one-minute bars starting at slot {@code firstSlot} (slot 0 = T0), skipping none. */
    static BarSeries minutes(long firstSlot, int n) {
        BarSeries.Builder b = BarSeries.builder(BTC, Timeframe.MINUTE_1, n);
        for (long s = firstSlot; s < firstSlot + n; s++) {
            double c = closeAt(s);
            b.add(T0 + s * MIN, c - 0.05, c + 0.5, c - 0.5, c, Math.abs(s));
        }
        return b.build();
    }
}
