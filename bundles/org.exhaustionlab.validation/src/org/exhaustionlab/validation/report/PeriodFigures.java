package org.exhaustionlab.validation.report;

import java.util.List;

import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.TradeOutcome;
import org.exhaustionlab.validation.stats.Drawdowns;
import org.exhaustionlab.validation.stats.RatioMetrics;
import org.exhaustionlab.validation.stats.TradeStatistics;

/**
 * Headline figures of one backtest run (a period, a market or a walk-forward window). NaN = could not be measured
 * (e.g. fewer than three equity points, or no trades for the win rate).
 *
 * @param label            what the run covered, e.g. "In sample" or "ETHUSDT"
 * @param start            first bar time, epoch ms UTC
 * @param end              last bar time, epoch ms UTC
 * @param bars             bars in the run
 * @param sharpe           annualised Sharpe ratio of the per-bar equity returns
 * @param totalReturn      last / first equity − 1
 * @param annualisedReturn compound annual growth rate
 * @param maxDrawdown      deepest drawdown as a fraction
 * @param trades           closed trades
 * @param winRate          winning trades / trades
 */
public record PeriodFigures(String label, long start, long end, long bars, double sharpe, double totalReturn, double annualisedReturn,
        double maxDrawdown, int trades, double winRate) {

    public PeriodFigures {
        if (label == null) {
            throw new IllegalArgumentException("period figures need a label");
        }
    }

    /**
     * Figures of one run from its equity curve and trades.
     *
     * @param periodsPerYear equity points per year (bars per year), to annualise the Sharpe ratio
     */
    public static PeriodFigures of(String label, long bars, EquityCurve curve, List<TradeOutcome> trades, double periodsPerYear) {
        double nan = Double.NaN;
        TradeStatistics ts = TradeStatistics.of(trades);
        double winRate = ts.trades() == 0 ? nan : ts.winRate();
        if (curve.size() < 3) {
            long start = curve.size() == 0 ? 0 : curve.timeAt(0);
            long end = curve.size() == 0 ? 0 : curve.timeAt(curve.size() - 1);
            return new PeriodFigures(label, start, end, bars, nan, nan, nan, nan, ts.trades(), winRate);
        }
        double sharpe = RatioMetrics.annualisedSharpe(curve.simpleReturns(), periodsPerYear);
        return new PeriodFigures(label, curve.timeAt(0), curve.timeAt(curve.size() - 1), bars, sharpe, curve.totalReturn(),
                curve.annualisedReturn(), Drawdowns.of(curve).maxDrawdownFraction(), ts.trades(), winRate);
    }

    public boolean profitable() {
        return totalReturn > 0;
    }
}
