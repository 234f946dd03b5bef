package org.exhaustionlab.evolution;

import java.util.Map;

import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.Metrics;

/**
 * A strategy that passed the checker, compiled, ran and traded.
 *
 * @param id          unique within one run, e.g. {@code g2-i1-c3}
 * @param source      the Pine script (with tuned defaults written in when it was tuned)
 * @param evaluation  metrics and daily returns of its backtest on the run's bars
 * @param fitness     score under the run's fitness preset; NaN when not scored yet
 * @param attempts    model answers it took (1 = valid at the first answer; 0 = not from a model)
 * @param lineage     parents and operator
 * @param tunedParams input values the GA chose (empty when not tuned)
 */
public record Candidate(String id, String source, Evaluation evaluation, double fitness, int attempts,
        Lineage lineage, Map<String, Object> tunedParams) {

    public Candidate {
        tunedParams = Map.copyOf(tunedParams);
    }

    public double metric(String key) {
        return evaluation.metric(key, Double.NaN);
    }

    public int trades() {
        return (int) evaluation.metric(Metrics.TRADES, 0);
    }

    public Candidate withFitness(double newFitness) {
        return new Candidate(id, source, evaluation, newFitness, attempts, lineage, tunedParams);
    }

    public Candidate withId(String newId, Lineage newLineage) {
        return new Candidate(newId, source, evaluation, fitness, attempts, newLineage, tunedParams);
    }

    /** One line for logs and progress: id, fitness, trades, net profit, drawdown. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s fitness %.4f, %d trades, net %.2f %%, max DD %.2f %%, "
                + "Sharpe %.3f (%s)", id, fitness, trades(), metric(Metrics.NET_PROFIT_PCT),
                metric(Metrics.MAX_DRAWDOWN_PCT), metric(Metrics.SHARPE), lineage.operator());
    }
}
