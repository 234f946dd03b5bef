package org.exhaustionlab.indicators.pack;

import org.exhaustionlab.pine.runtime.spi.StatefulFunction;

/**
 * xl.efficiency_ratio(source, length): Kaufman's efficiency ratio |source - source[length]| divided by the sum of
 * the bar-to-bar moves |source[i] - source[i+1]| over the same span; 1 for a straight move, near 0 for noise.
 * na until {@code length + 1} bars exist or when a value in the span is na; 0 when nothing moved.
 */
final class EfficiencyRatio implements StatefulFunction.State {
    private final History history = new History();

    @Override
    public double next(double[] args) {
        history.keep(History.length(args[1]) + 1);
        history.push(args[0]);
        return of(history, History.length(args[1]));
    }

    /** The ratio over the newest {@code n + 1} values of {@code h}, or NaN. */
    static double of(History h, int n) {
        if (n < 1 || !h.full(n + 1)) {
            return Double.NaN;
        }
        double volatility = 0;
        for (int i = 0; i < n; i++) {
            volatility += Math.abs(h.get(i) - h.get(i + 1));
        }
        return volatility == 0 ? 0 : Math.abs(h.get(0) - h.get(n)) / volatility;
    }
}
