package org.exhaustionlab.optimize;

/**
 * The original GA's fitness, "PnL + Sharpe − Drawdown": net profit (fraction) + Sharpe − max drawdown (fraction),
 * e.g. +30 %, Sharpe 1.2, DD 10 % → 0.3 + 1.2 − 0.1 = 1.4. Unbounded; constraints as usual.
 */
public record SeedClassicFitness(Constraints constraints) implements FitnessFunction {

    @Override
    public String name() {
        return "SEED_CLASSIC";
    }

    @Override
    public double score(Evaluation e) {
        double s = e.metric(Metrics.NET_PROFIT_PCT, 0) / 100 + e.metric(Metrics.SHARPE, 0)
                - Math.abs(e.metric(Metrics.MAX_DRAWDOWN_PCT, 0)) / 100;
        return constraints.apply(e, s);
    }
}
