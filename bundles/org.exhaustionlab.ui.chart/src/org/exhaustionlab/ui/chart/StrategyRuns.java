package org.exhaustionlab.ui.chart;

import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Direction;
import org.exhaustionlab.backtest.Trade;
import org.exhaustionlab.backtest.pine.PineStrategyHost;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.PlotColumn;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;

/**
 * A strategy run as chart data: the bars, the script's plots (price-like ones over the candles, the rest in a panel),
 * its trades as entry/exit arrows and its equity curve in a panel below. Show it with
 * {@link ChartView#showStrategyRun}.
 */
public final class StrategyRuns {

    private StrategyRuns() {
    }

    /**
     * Compiles {@code source}, backtests it on {@code bars} with the user's {@link BacktestDefaults} and returns what
     * the chart shows.
     *
     * @throws IllegalArgumentException when the script has errors, is no strategy, or fails at runtime
     */
    public static ChartData run(String source, String name, BarSeries bars, BacktestDefaults defaults) {
        PineProgram program = PineEngine.compile(source, name);
        if (program.hasErrors()) {
            throw new IllegalArgumentException(name + " has errors: " + program.diagnostics().get(0).message());
        }
        if (!program.isStrategy()) {
            throw new IllegalArgumentException(name + " is not a strategy() script");
        }
        PineStrategyHost host = new PineStrategyHost(bars, Double.NaN);
        RunResult run = program.run(bars, RunOptions.defaults().withStrategyHost(defaults.applyTo(host, source)));
        if (!run.ok()) {
            throw new IllegalArgumentException(name + " failed: " + run.failure());
        }
        return of(bars, run, host.result());
    }

    /** Chart data for a finished run of a strategy on {@code bars}. */
    public static ChartData of(BarSeries bars, RunResult run, BacktestResult result) {
        ChartData data = ChartData.of(bars);
        List<Plot> lower = new ArrayList<>();
        double lowest = min(bars.lows());
        double highest = max(bars.highs());
        for (PlotColumn column : run.plots()) {
            if (!"plot".equals(column.kind()) || column.values().length != bars.size()) {
                continue;
            }
            Plot plot = new Plot(column.title(), column.values(), firstColor(column), null, Plot.Style.LINE);
            double lo = min(column.values());
            double hi = max(column.values());
            boolean priceLike = lo >= lowest * 0.5 && hi <= highest * 2;
            if (priceLike) {
                data = data.withOverlay(plot);
            } else {
                lower.add(plot);
            }
        }
        if (!lower.isEmpty()) {
            data = data.withPanel(new Panel("Strategy plots", lower));
        }
        double[] equity = result.equityCurve().equity();
        return data.withTrades(trades(result), equity.length == bars.size() ? equity : null);
    }

    /** The backtest's trades (closed, then open) as chart markers. */
    public static List<TradeMarker> trades(BacktestResult result) {
        List<TradeMarker> out = new ArrayList<>();
        for (Trade t : result.allTrades()) {
            out.add(new TradeMarker(t.number(), t.direction() == Direction.LONG, t.entryBarIndex(), t.entryPrice(),
                    Math.max(t.entryBarIndex(), t.exitBarIndex()), t.exitPrice(), t.profit(), t.open(),
                    t.entrySignal()));
        }
        return out;
    }

    private static int firstColor(PlotColumn column) {
        if (column.colors() != null) {
            for (long c : column.colors()) {
                if (c != Long.MIN_VALUE) {
                    return (int) c | 0xFF000000;
                }
            }
        }
        return 0xFFFF9800;
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (v < m) {
                m = v;
            }
        }
        return m;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (v > m) {
                m = v;
            }
        }
        return m;
    }
}
