package org.exhaustionlab.indicators.pack;

import org.exhaustionlab.pine.runtime.spi.StatefulFunction;

/**
 * xl.kama(source, length, fast, slow): Kaufman's adaptive moving average. The smoothing constant is
 * {@code (er * (2/(fast+1) - 2/(slow+1)) + 2/(slow+1))^2} with {@code er} the efficiency ratio over {@code length}
 * bars; the average starts at the source on the first bar with an efficiency ratio. Bars where the source or the
 * ratio is na give na and leave the average unchanged.
 */
final class Kama implements StatefulFunction.State {
    private final History history = new History();
    private double kama = Double.NaN;

    @Override
    public double next(double[] args) {
        double source = args[0];
        int n = History.length(args[1]);
        history.keep(n + 1);
        history.push(source);
        double er = EfficiencyRatio.of(history, n);
        if (Double.isNaN(source) || Double.isNaN(er) || !(args[2] >= 1) || !(args[3] >= 1)) {
            return Double.NaN;
        }
        double fastSc = 2 / (args[2] + 1);
        double slowSc = 2 / (args[3] + 1);
        double sc = er * (fastSc - slowSc) + slowSc;
        sc *= sc;
        kama = Double.isNaN(kama) ? source : kama + sc * (source - kama);
        return kama;
    }
}
