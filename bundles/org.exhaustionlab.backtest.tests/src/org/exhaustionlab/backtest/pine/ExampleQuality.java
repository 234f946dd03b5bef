package org.exhaustionlab.backtest.pine;

import java.util.List;

/**
 * The quality score of an example in [0, 1] (documented in pine/examples/README.md): per market
 * {@code 0.35 sharpe + 0.25 profit + 0.25 drawdown + 0.15 activity}, each component clamped to [0, 1], then the mean
 * over the markets.
 * <ul>
 * <li>sharpe = (S + 0.5) / 1.5 with S the monthly Sharpe ratio as the Strategy Tester reports it (NaN counts 0)
 * <li>profit = (net profit % + 10) / 30 (-10 % scores 0, +20 % scores 1)
 * <li>drawdown = 1 - max drawdown % / 25
 * <li>activity = closed trades / 50 (a script that barely trades teaches little and measures nothing)
 * </ul>
 */
final class ExampleQuality {
    private ExampleQuality() {
    }

    static double ofMarket(ScriptRun.Figures f) {
        double sharpe = Double.isNaN(f.sharpe()) ? 0 : clamp((f.sharpe() + 0.5) / 1.5);
        double profit = clamp((f.netProfitPercent() + 10) / 30);
        double drawdown = clamp(1 - f.maxDrawdownPercent() / 25);
        double activity = clamp(f.trades() / 50.0);
        return 0.35 * sharpe + 0.25 * profit + 0.25 * drawdown + 0.15 * activity;
    }

    /** The mean of the per-market scores, rounded to 3 decimals as index.tsv shows it. */
    static double of(List<ScriptRun.Figures> markets) {
        double sum = 0;
        for (ScriptRun.Figures f : markets) {
            sum += ofMarket(f);
        }
        return Math.round(sum / markets.size() * 1000) / 1000.0;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
