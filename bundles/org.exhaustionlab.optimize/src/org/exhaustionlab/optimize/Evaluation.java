package org.exhaustionlab.optimize;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one backtest: metrics keyed by {@link Metrics} names and the per-period returns (fractions, e.g.
 * 0.01 = +1 %) with their period start times, which the overfitting statistics (PBO, deflated Sharpe) need.
 *
 * @param periodStarts epoch ms of each period, same length as {@code periodReturns}, or empty when not known
 * @param error        why the backtest failed, or {@code null}
 */
public record Evaluation(Map<String, Double> metrics, double[] periodReturns, long[] periodStarts, String error) {

    public Evaluation {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        periodReturns = periodReturns == null ? new double[0] : periodReturns.clone();
        periodStarts = periodStarts == null ? new long[0] : periodStarts.clone();
        if (periodStarts.length != 0 && periodStarts.length != periodReturns.length) {
            throw new IllegalArgumentException(periodStarts.length + " period starts for " + periodReturns.length
                    + " period returns");
        }
    }

    public static Evaluation of(Map<String, Double> metrics, double[] periodReturns) {
        return new Evaluation(metrics, periodReturns, null, null);
    }

    public static Evaluation failed(String error) {
        return new Evaluation(Map.of(), null, null, error);
    }

    public boolean failed() {
        return error != null;
    }

    /** The metric, or {@code fallback} when absent or NaN. */
    public double metric(String key, double fallback) {
        Double v = metrics.get(key);
        return v == null || v.isNaN() ? fallback : v;
    }

    @Override
    public double[] periodReturns() {
        return periodReturns.clone();
    }

    @Override
    public long[] periodStarts() {
        return periodStarts.clone();
    }

    /** Length without copying. */
    public int periods() {
        return periodReturns.length;
    }

    /** The i-th period return without copying the array. */
    public double periodReturn(int i) {
        return periodReturns[i];
    }
}
