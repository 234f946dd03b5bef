package org.exhaustionlab.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.exhaustionlab.optimize.pine.PineStrategyEvaluator;
import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.Metrics;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;

/**
 * The share of the other markets on which a strategy is profitable (net profit above 0), the measure behind the
 * CROSS_MARKET directive. Cached per candidate id: members are immutable.
 *
 * @implNote Not thread-safe.
 */
final class CrossMarket {

    private final List<BarSeries> others;
    private final Map<String, Double> cache = new HashMap<>();

    CrossMarket(List<BarSeries> others) {
        this.others = List.copyOf(others);
    }

    /** NaN when there are no other markets. */
    double share(Candidate c) {
        if (others.isEmpty()) {
            return Double.NaN;
        }
        return cache.computeIfAbsent(c.id() + "#" + c.source().hashCode(), k -> {
            PineProgram program = PineEngine.compile(c.source(), c.id() + ".pine");
            int profitable = 0;
            for (BarSeries bars : others) {
                Evaluation e = PineStrategyEvaluator.backtest(program, bars);
                if (!e.failed() && e.metric(Metrics.NET_PROFIT_PCT, 0) > 0) {
                    profitable++;
                }
            }
            return profitable / (double) others.size();
        });
    }
}
