package org.exhaustionlab.fitness.pack;

import org.exhaustionlab.optimize.Constraints;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.Metrics;
import org.osgi.service.component.annotations.Component;

/**
 * Return per unit of pain: net profit % divided by max drawdown % (a Calmar ratio over the backtest rather than per
 * year). Drawdowns under 1 % count as 1 %, so a lucky run without a dip does not score infinity. At least 5 trades
 * and a drawdown of at most 50 %, else infeasible.
 */
@Component(service = FitnessFunction.class, property = "fitness.name=CALMAR")
public final class CalmarFitness implements FitnessFunction {

    static final Constraints LIMITS = new Constraints(5, 50);

    @Override
    public String name() {
        return "CALMAR";
    }

    @Override
    public String description() {
        return "net profit % / max drawdown % (floor 1 %); >= 5 trades, drawdown <= 50 %";
    }

    @Override
    public double score(Evaluation e) {
        double drawdown = Math.max(1, Math.abs(e.metric(Metrics.MAX_DRAWDOWN_PCT, 0)));
        return LIMITS.apply(e, e.metric(Metrics.NET_PROFIT_PCT, 0) / drawdown);
    }
}
