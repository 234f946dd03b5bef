package org.exhaustionlab.fitness.pack;

import org.exhaustionlab.optimize.Constraints;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.Metrics;
import org.osgi.service.component.annotations.Component;

/**
 * The Sortino ratio alone: only downside volatility is punished, so strategies with rare large wins are not held
 * back the way Sharpe holds them back. At least 10 trades (a ratio over fewer is noise) and a drawdown of at most
 * 35 %, else infeasible; a missing ratio (no returns) scores 0.
 */
@Component(service = FitnessFunction.class, property = "fitness.name=SORTINO")
public final class SortinoFitness implements FitnessFunction {

    static final Constraints LIMITS = new Constraints(10, 35);

    @Override
    public String name() {
        return "SORTINO";
    }

    @Override
    public String description() {
        return "Sortino ratio; >= 10 trades, drawdown <= 35 %";
    }

    @Override
    public double score(Evaluation e) {
        return LIMITS.apply(e, e.metric(Metrics.SORTINO, 0));
    }
}
