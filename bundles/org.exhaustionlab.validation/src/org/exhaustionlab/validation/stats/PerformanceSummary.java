package org.exhaustionlab.validation.stats;

import java.util.List;

import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.TradeOutcome;

/**
 * The standard performance figures of one backtest in one value, computed from its equity curve and trade list.
 * Ratios and volatility come from the curve's point-to-point returns, annualised with {@code periodsPerYear}
 * (e.g. 365 for a daily curve, 365 × 24 for hourly bars); fractions are plain (0.1 = 10 %).
 */
public record PerformanceSummary(
        double totalReturn,
        double annualisedReturn,
        double annualisedVolatility,
        double sharpePerPeriod,
        double annualisedSharpe,
        double annualisedSortino,
        double calmar,
        double maxDrawdown,
        double maxDrawdownValue,
        long maxDrawdownDurationMillis,
        double ulcerIndex,
        double averageRecoveryDays,
        double valueAtRisk95,
        double conditionalValueAtRisk95,
        double monthlyVolatility,
        double stability,
        int trades,
        double winRate,
        double profitFactor,
        double averageWin,
        double averageLoss,
        double largestWin,
        double largestLoss) {

    public static PerformanceSummary of(EquityCurve curve, List<TradeOutcome> trades, double periodsPerYear) {
        if (curve.size() < 3) {
            throw new IllegalArgumentException("performance summary needs an equity curve of at least 3 points, got " + curve.size());
        }
        double[] r = curve.simpleReturns();
        Drawdowns dd = Drawdowns.of(curve);
        TradeStatistics ts = TradeStatistics.of(trades);
        double sharpe = RatioMetrics.sharpePerPeriod(r);
        return new PerformanceSummary(
                curve.totalReturn(),
                curve.annualisedReturn(),
                RatioMetrics.annualisedVolatility(r, periodsPerYear),
                sharpe,
                RatioMetrics.annualise(sharpe, periodsPerYear),
                RatioMetrics.annualisedSortino(r, periodsPerYear),
                RatioMetrics.calmar(curve),
                dd.maxDrawdownFraction(),
                dd.maxDrawdownValue(),
                dd.maxDrawdownDurationMillis(),
                dd.ulcerIndex(),
                dd.averageRecoveryDays(),
                TailRisk.valueAtRisk95(r),
                TailRisk.conditionalValueAtRisk95(r),
                MonthlyReturns.monthlyVolatility(curve),
                RatioMetrics.stability(curve),
                ts.trades(),
                ts.winRate(),
                ts.profitFactor(),
                ts.averageWin(),
                ts.averageLoss(),
                trades.stream().mapToDouble(TradeOutcome::profit).max().orElse(Double.NaN),
                trades.stream().mapToDouble(TradeOutcome::profit).min().orElse(Double.NaN));
    }
}
