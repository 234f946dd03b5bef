package org.exhaustionlab.indicators.pack;

import org.exhaustionlab.pine.runtime.spi.StatefulFunction;

/**
 * xl.exhaustion_count(source, lookback): a setup count in the manner of DeMark's: +n on the n-th consecutive bar
 * whose source is above the source {@code lookback} bars earlier, -n for below; a bar equal to it, or the first bar
 * in the other direction, restarts the count (0, then +1 or -1). na until {@code lookback + 1} bars exist and on bars
 * where either value is na (which also restart the count).
 */
final class ExhaustionCount implements StatefulFunction.State {
    private final History history = new History();
    private int count;

    @Override
    public double next(double[] args) {
        int n = History.length(args[1]);
        history.keep(n + 1);
        history.push(args[0]);
        if (n < 1 || history.size() < n + 1 || Double.isNaN(history.get(0)) || Double.isNaN(history.get(n))) {
            count = 0;
            return Double.NaN;
        }
        double now = history.get(0);
        double then = history.get(n);
        if (now > then) {
            count = count > 0 ? count + 1 : 1;
        } else if (now < then) {
            count = count < 0 ? count - 1 : -1;
        } else {
            count = 0;
        }
        return count;
    }
}
