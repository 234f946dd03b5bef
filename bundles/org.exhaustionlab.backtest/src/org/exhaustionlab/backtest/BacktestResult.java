package org.exhaustionlab.backtest;

import java.util.ArrayList;
import java.util.List;

/**
 * Outcome of a backtest: closed trades in closing order, the trades still open (marked to the last close), the
 * per-bar equity curve and the metrics.
 */
public record BacktestResult(StrategyProperties properties, List<Trade> closedTrades, List<Trade> openTrades,
        EquityCurve equityCurve, Metrics metrics) {

    public BacktestResult {
        closedTrades = List.copyOf(closedTrades);
        openTrades = List.copyOf(openTrades);
    }

    /** Closed then open trades: the rows of TradingView's "List of trades". */
    public List<Trade> allTrades() {
        List<Trade> all = new ArrayList<>(closedTrades);
        all.addAll(openTrades);
        return all;
    }
}
