package org.exhaustionlab.indicators.pack;

import org.exhaustionlab.pine.runtime.spi.StatefulFunction;

/**
 * xl.donchian_mid(high, low, length): the middle of the Donchian channel, (highest high + lowest low) / 2 over the
 * last {@code length} bars. na until {@code length} bars exist; na values are skipped as ta.highest does, and a window
 * with no high or no low gives na.
 */
final class DonchianMid implements StatefulFunction.State {
    private final History highs = new History();
    private final History lows = new History();

    @Override
    public double next(double[] args) {
        int n = History.length(args[2]);
        highs.keep(n);
        lows.keep(n);
        highs.push(args[0]);
        lows.push(args[1]);
        if (n < 1 || highs.size() < n) {
            return Double.NaN;
        }
        double hi = Double.NaN;
        double lo = Double.NaN;
        for (int i = 0; i < n; i++) {
            double h = highs.get(i);
            double l = lows.get(i);
            if (!Double.isNaN(h) && !(h <= hi)) {
                hi = h;
            }
            if (!Double.isNaN(l) && !(l >= lo)) {
                lo = l;
            }
        }
        return (hi + lo) / 2; // NaN when either side had no value
    }
}
