package org.exhaustionlab.indicators.pack;

import org.exhaustionlab.pine.runtime.spi.StatefulFunction;

/**
 * xl.zscore(source, length): (source - mean) / stdev over the last {@code length} bars, population stdev as
 * ta.stdev. na while fewer than {@code length} bars exist, when any value in the window is na, or when the window is
 * flat (stdev 0).
 */
final class ZScore implements StatefulFunction.State {
    private final History history = new History();

    @Override
    public double next(double[] args) {
        int n = History.length(args[1]);
        history.keep(n);
        history.push(args[0]);
        if (!history.full(n)) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += history.get(i);
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double d = history.get(i) - mean;
            squares += d * d;
        }
        double sd = Math.sqrt(squares / n);
        // relative tolerance: a flat window can leave rounding noise that would blow up the ratio
        if (sd <= 1e-12 * Math.max(1, Math.abs(mean))) {
            return Double.NaN;
        }
        return (args[0] - mean) / sd;
    }
}
