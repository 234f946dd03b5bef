package org.exhaustionlab.optimize;

/**
 * Hard limits a candidate must meet. An infeasible candidate scores {@code PENALTY - violation}, where the violation
 * sums the relative shortfalls (missing trades / minTrades + excess drawdown / maxDrawdownPct), so the search still
 * has a slope towards feasibility instead of a flat floor.
 *
 * @param minTrades      fewest closed trades (0 = no limit)
 * @param maxDrawdownPct largest allowed max drawdown in percent ({@code Double.POSITIVE_INFINITY} = no limit)
 */
public record Constraints(int minTrades, double maxDrawdownPct) {

    public static final Constraints NONE = new Constraints(0, Double.POSITIVE_INFINITY);

    public Constraints {
        if (minTrades < 0 || !(maxDrawdownPct > 0)) {
            throw new IllegalArgumentException("constraints need minTrades >= 0 and maxDrawdownPct > 0");
        }
    }

    /** 0 when feasible, otherwise a positive measure of how far outside the limits the evaluation is. */
    public double violation(Evaluation e) {
        double v = 0;
        double trades = e.metric(Metrics.TRADES, 0);
        if (trades < minTrades) {
            v += (minTrades - trades) / minTrades;
        }
        double dd = e.metric(Metrics.MAX_DRAWDOWN_PCT, 0);
        if (dd > maxDrawdownPct) {
            v += (dd - maxDrawdownPct) / maxDrawdownPct;
        }
        return v;
    }

    /**
     * The score to report: {@link FitnessFunction#FAILED} for a failed backtest, {@code PENALTY - violation} for an
     * infeasible one, otherwise {@code feasibleScore}.
     */
    public double apply(Evaluation e, double feasibleScore) {
        if (e.failed()) {
            return FitnessFunction.FAILED;
        }
        double v = violation(e);
        return v > 0 ? FitnessFunction.PENALTY - v : feasibleScore;
    }
}
