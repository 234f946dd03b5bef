package org.exhaustionlab.validation.adapters;

import java.util.List;
import java.util.function.Function;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.TradeOutcome;
import org.exhaustionlab.validation.report.PeriodFigures;

/** One backtest with its result mapped to the validator's values. */
record Run(BarSeries bars, BacktestResult result, EquityCurve curve, List<TradeOutcome> trades) {

    static Run of(Function<BarSeries, BacktestResult> backtester, BarSeries bars) {
        BacktestResult r = backtester.apply(bars);
        if (r == null) {
            throw new IllegalStateException("the backtester returned no result for " + bars);
        }
        return new Run(bars, r, BacktestAdapters.equityCurve(r), BacktestAdapters.tradeOutcomes(r));
    }

    PeriodFigures figures(String label) {
        return PeriodFigures.of(label, bars.size(), curve, trades, BacktestAdapters.barsPerYear(bars.timeframe()));
    }
}
