package org.exhaustionlab.optimize;

/**
 * One objective of a multi-objective run: a metric of the {@link Evaluation} to maximise or minimise, e.g.
 * {@code Objective.max(Metrics.SHARPE)} and {@code Objective.min(Metrics.MAX_DRAWDOWN_PCT)}. A failed or missing
 * metric counts as the worst possible value.
 */
public record Objective(String metric, boolean maximize) {

    public static Objective max(String metric) {
        return new Objective(metric, true);
    }

    public static Objective min(String metric) {
        return new Objective(metric, false);
    }

    /** The metric as a cost to minimise (negated when maximising); +∞ when failed or missing. */
    double cost(Evaluation e) {
        if (e.failed()) {
            return Double.POSITIVE_INFINITY;
        }
        double v = e.metric(metric, Double.NaN);
        if (Double.isNaN(v)) {
            return Double.POSITIVE_INFINITY;
        }
        return maximize ? -v : v;
    }

    @Override
    public String toString() {
        return (maximize ? "max " : "min ") + metric;
    }
}
