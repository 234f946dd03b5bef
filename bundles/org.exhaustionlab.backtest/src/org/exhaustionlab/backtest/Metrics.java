package org.exhaustionlab.backtest;

import java.util.List;

/**
 * Strategy Tester "Performance summary": trade figures for All / Long / Short, account-level figures, and the
 * per-period returns the optimiser and validator use.
 *
 * <p>Sharpe and Sortino follow TradingView's help-centre definitions: period returns are the relative change of the
 * strategy equity (at bar closes) from one calendar period to the next, UTC calendar months when the history spans
 * at least 3 months, else UTC days ({@link #ratioPeriod}); the risk-free rate is 2 % a year (2/12 % a month, 2/365 %
 * a day). Sharpe = (mean R − rf) / population stdev of R; Sortino = (mean R − rf) / sqrt(Σ min(0, R − rf)² / N).
 * Both are NaN with fewer than 2 periods or a zero deviation. (Not annualised: TradingView shows them per period.)
 *
 * @param buyAndHoldReturn        initial capital × (last close / first open − 1)
 * @param buyAndHoldReturnPercent (last close / first open − 1) × 100
 * @param maxDrawdownPercent      max drawdown relative to the equity peak it fell from
 * @param marginCalls             margin calls: liquidations when equity fell below the position's margin
 */
public record Metrics(TradeStats all, TradeStats longs, TradeStats shorts, double initialCapital,
        double maxRunup, double maxRunupPercent, double maxDrawdown, double maxDrawdownPercent,
        double buyAndHoldReturn, double buyAndHoldReturnPercent, double sharpeRatio, double sortinoRatio,
        String ratioPeriod, int marginCalls, List<PeriodReturn> dailyReturns, List<PeriodReturn> monthlyReturns) {

    public Metrics {
        dailyReturns = List.copyOf(dailyReturns);
        monthlyReturns = List.copyOf(monthlyReturns);
    }
}
