package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.cum(source)}: running total of all non-na values. An na bar returns na and adds nothing (PyneCore
 * TradingView notes, ta.py cum; iii+nvi+obv.csv's obv is na on bar 0 and continues from 0 after). Summed with
 * Neumaier compensation: a total over millions of bars keeps its precision.
 */
public final class Cum {
    private double sum;
    private double compensation;

    public double next(double source) {
        if (Double.isNaN(source)) {
            return Double.NaN;
        }
        double t = sum + source;
        compensation += Math.abs(sum) >= Math.abs(source) ? (sum - t) + source : (source - t) + sum;
        sum = t;
        return sum + compensation;
    }
}
