package org.exhaustionlab.optimize;

/**
 * The original ExhaustionLab fitness: a weighted mean of nine components, each normalised to [0, 1] (higher is
 * better), then {@link Constraints} applied.
 *
 * <p>Normalisation (n(x, s) = 0.5 + 0.5·tanh(x / s): smooth, monotone, 0 → 0.5, gives the search a slope everywhere):
 * <ul>
 * <li>pnl = n(net profit %, 50) — +50 % → 0.88, −50 % → 0.12;
 * <li>sharpe_ratio = n(Sharpe, 2) — 2 → 0.88;
 * <li>max_drawdown = 1 − clamp(max DD % / 50) — no drawdown → 1, 50 % or worse → 0;
 * <li>win_rate = win rate % / 100;
 * <li>consistency = share of periods with a return ≥ 0 (needs ≥ 2 periods, else 0.5);
 * <li>trade_frequency = 1 inside [{@code minTradesPerDay}, {@code maxTradesPerDay}], falling linearly towards 0
 * below (tpd / min) and hyperbolically above (max / tpd); no trades → 0;
 * <li>slippage_resistance = metric {@code slippage_resistance} when the evaluator measured it, else estimated from
 * the average trade: clamp(net profit % / trades / 0.5) — an average trade of 0.5 % or more absorbs typical crypto
 * slippage and fees (the readiness score's slippage line uses the same 0.5 %);
 * <li>execution_speed and market_diversity are not measurable from one backtest: the metric is used when the
 * evaluator supplies it (in [0, 1]), otherwise the component is a neutral 0.5 — the same for every candidate, so it
 * never changes a ranking, only the absolute level.
 * </ul>
 */
public record WeightedFitness(String name, FitnessWeights weights, Constraints constraints, double minTradesPerDay,
        double maxTradesPerDay) implements FitnessFunction {

    static final double NEUTRAL = 0.5;

    public WeightedFitness(String name, FitnessWeights weights, Constraints constraints) {
        this(name, weights, constraints, 0.5, 50);
    }

    @Override
    public double score(Evaluation e) {
        if (e.failed()) {
            return FAILED;
        }
        FitnessWeights w = weights;
        double s = w.pnl() * pnl(e) + w.sharpeRatio() * sharpe(e) + w.maxDrawdown() * drawdown(e)
                + w.winRate() * winRate(e) + w.consistency() * consistency(e)
                + w.tradeFrequency() * tradeFrequency(e) + w.slippageResistance() * slippageResistance(e)
                + w.executionSpeed() * optional(e, Metrics.EXECUTION_SPEED)
                + w.marketDiversity() * optional(e, Metrics.MARKET_DIVERSITY);
        return constraints.apply(e, s / w.sum());
    }

    static double pnl(Evaluation e) {
        return squash(e.metric(Metrics.NET_PROFIT_PCT, 0), 50);
    }

    static double sharpe(Evaluation e) {
        return squash(e.metric(Metrics.SHARPE, 0), 2);
    }

    static double drawdown(Evaluation e) {
        return 1 - clamp01(Math.abs(e.metric(Metrics.MAX_DRAWDOWN_PCT, 0)) / 50);
    }

    static double winRate(Evaluation e) {
        return clamp01(e.metric(Metrics.WIN_RATE_PCT, 0) / 100);
    }

    static double consistency(Evaluation e) {
        int n = e.periods();
        if (n < 2) {
            return NEUTRAL;
        }
        int ok = 0;
        for (int i = 0; i < n; i++) {
            if (e.periodReturn(i) >= 0) {
                ok++;
            }
        }
        return ok / (double) n;
    }

    double tradeFrequency(Evaluation e) {
        double tpd = e.metric(Metrics.TRADES_PER_DAY, 0);
        if (tpd <= 0) {
            return 0;
        }
        if (tpd < minTradesPerDay) {
            return tpd / minTradesPerDay;
        }
        return tpd > maxTradesPerDay ? maxTradesPerDay / tpd : 1;
    }

    static double slippageResistance(Evaluation e) {
        Double measured = e.metrics().get(Metrics.SLIPPAGE_RESISTANCE);
        if (measured != null && !measured.isNaN()) {
            return clamp01(measured);
        }
        double trades = e.metric(Metrics.TRADES, 0);
        return trades <= 0 ? 0 : clamp01(e.metric(Metrics.NET_PROFIT_PCT, 0) / trades / 0.5);
    }

    static double optional(Evaluation e, String key) {
        return clamp01(e.metric(key, NEUTRAL));
    }

    static double squash(double x, double scale) {
        return 0.5 + 0.5 * Math.tanh(x / scale);
    }

    static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
