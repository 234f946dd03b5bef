package org.exhaustionlab.meta;

import java.util.List;

import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.Metrics;

/**
 * The quality score of {@code pine/examples/README.md}, so crawled and approved strategies rank on the same scale as
 * the shipped examples: per market
 * {@code 0.35·clamp((sharpe + 0.5) / 1.5) + 0.25·clamp((net % + 10) / 30) + 0.25·clamp(1 − max DD % / 25)
 * + 0.15·clamp(trades / 50)}, averaged over the markets.
 */
public final class QualityScore {

    private QualityScore() {
    }

    public static double market(Evaluation e) {
        double sharpe = e.metric(Metrics.SHARPE, Double.NaN);
        double q = 0.35 * (Double.isNaN(sharpe) ? 0 : clamp((sharpe + 0.5) / 1.5))
                + 0.25 * clamp((e.metric(Metrics.NET_PROFIT_PCT, 0) + 10) / 30)
                + 0.25 * clamp(1 - Math.abs(e.metric(Metrics.MAX_DRAWDOWN_PCT, 0)) / 25)
                + 0.15 * clamp(e.metric(Metrics.TRADES, 0) / 50);
        return q;
    }

    /** Mean over the markets, rounded to 3 decimals as index.tsv does. */
    public static double of(List<Evaluation> perMarket) {
        if (perMarket.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Evaluation e : perMarket) {
            sum += market(e);
        }
        return Math.round(sum / perMarket.size() * 1000) / 1000.0;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
