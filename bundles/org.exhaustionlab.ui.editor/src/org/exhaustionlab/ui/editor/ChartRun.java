package org.exhaustionlab.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Trade;
import org.exhaustionlab.backtest.pine.PineStrategyHost;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.PlotColumn;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.exhaustionlab.ui.chart.ChartData;
import org.exhaustionlab.ui.chart.ChartDrawings;
import org.exhaustionlab.ui.chart.Drawing;
import org.exhaustionlab.ui.chart.Marker;
import org.exhaustionlab.ui.chart.Panel;
import org.exhaustionlab.ui.chart.Plot;

/**
 * A script's run on the chart's bars turned into what the chart shows: line plots over the price when their values
 * lie in the price range, otherwise in a panel of their own; plotshape/plotchar/plotarrow as markers on their bars;
 * lines, boxes, labels, bgcolor and barcolor as the chart's drawings ({@link ScriptDrawings}); a strategy's trades as entry markers (the entry id: comments are long and would cover the candles)
 * and exit crosses, green for a profit. No SWT here: the handler only hands the result over.
 *
 * @param data    what the chart shows
 * @param summary one line for the console: plots, markers, trades and the net profit
 */
record ChartRun(ChartData data, String summary, RunResult result, BacktestResult backtest) {

    private static final int[] PALETTE = { 0xFF2962FF, 0xFFFF6D00, 0xFF00897B, 0xFFD81B60, 0xFF8E24AA, 0xFF6D4C41 };
    private static final int BUY = 0xFF26A69A;
    private static final int SELL = 0xFFEF5350;

    /** Runs {@code program} on {@code bars} (with a broker when it is a strategy). */
    static ChartRun run(PineProgram program, BarSeries bars) {
        return run(program, bars, null);
    }

    /** As {@link #run(PineProgram, BarSeries)}; {@code source} gives the declaration's max_*_count limits. */
    static ChartRun run(PineProgram program, BarSeries bars, String source) {
        PineStrategyHost host = program.isStrategy() ? new PineStrategyHost(bars, Double.NaN) : null;
        RunOptions options = host == null ? RunOptions.defaults() : RunOptions.defaults().withStrategyHost(host);
        RunResult result = program.run(bars, options);
        if (!result.ok()) {
            throw new IllegalStateException("the script stopped: " + result.failure());
        }
        return of(program.fileName(), bars, result, host == null ? null : host.result(), source);
    }

    static ChartRun of(String name, BarSeries bars, RunResult result, BacktestResult backtest) {
        return of(name, bars, result, backtest, null);
    }

    static ChartRun of(String name, BarSeries bars, RunResult result, BacktestResult backtest, String source) {
        ChartData data = ChartData.of(bars);
        List<Plot> lowerPlots = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        int colorIndex = 0;
        for (PlotColumn column : result.plots()) {
            switch (column.kind()) {
                case "plot" -> {
                    int[] colors = colors(column);
                    Plot plot = new Plot(column.title(), column.values(), PALETTE[colorIndex++ % PALETTE.length],
                            colors, Plot.Style.LINE);
                    if (inPriceRange(column.values(), bars)) {
                        data = data.withOverlay(plot);
                    } else {
                        lowerPlots.add(plot);
                    }
                }
                case "plotshape", "plotchar", "plotarrow" -> shapes(column, markers);
                default -> { } // bgcolor and barcolor come with the drawings; plotcandle parts are not drawn yet
            }
        }
        if (!lowerPlots.isEmpty()) {
            data = data.withPanel(new Panel(name, lowerPlots));
        }
        ChartDrawings drawings = ScriptDrawings.of(result, bars, source);
        data = data.withDrawings(drawings);
        if (backtest != null) {
            trades(backtest.allTrades(), bars.size(), markers);
        }
        data = data.withMarkers(markers);
        String summary = String.format(Locale.ROOT, "%s on %s %s (%,d bars): %d plots, %d markers, %d lines, "
                + "%d boxes, %d labels%s", name, bars.symbol().name(), bars.timeframe().code(), bars.size(),
                result.plots().size(), markers.size(), drawings.count(Drawing.Kind.LINE),
                drawings.count(Drawing.Kind.BOX), drawings.count(Drawing.Kind.LABEL), backtest == null ? "" : String.format(Locale.ROOT,
                        ", %d trades, net profit %+.2f%%", backtest.allTrades().size(),
                        backtest.metrics().all().netProfitPercent()));
        return new ChartRun(data, summary, result, backtest);
    }

    /** True when most values lie within the bars' price range: the plot belongs over the candles. */
    static boolean inPriceRange(double[] values, BarSeries bars) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < bars.size(); i++) {
            low = Math.min(low, bars.low(i));
            high = Math.max(high, bars.high(i));
        }
        double span = high - low;
        int inside = 0;
        int seen = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                seen++;
                if (v >= low - span * 0.5 && v <= high + span * 0.5) {
                    inside++;
                }
            }
        }
        return seen > 0 && inside >= seen * 0.8;
    }

    private static int[] colors(PlotColumn column) {
        long[] source = column.colors();
        if (source == null) {
            return null;
        }
        int[] out = new int[source.length];
        for (int i = 0; i < source.length; i++) {
            out[i] = source[i] == Long.MIN_VALUE ? 0 : (int) source[i] | 0xFF000000;
        }
        return out;
    }

    private static void shapes(PlotColumn column, List<Marker> markers) {
        long[] colors = column.colors();
        for (int i = 0; i < column.values().length; i++) {
            double v = column.values()[i];
            if (Double.isNaN(v) || v == 0) {
                continue;
            }
            // the run does not say where a shape sits: bearish/short shapes go above the bar, the rest below
            String title = column.title().toLowerCase(Locale.ROOT);
            boolean down = column.kind().equals("plotarrow") ? v < 0
                    : title.contains("bear") || title.contains("short") || title.contains("sell");
            int color = colors != null && colors[i] != Long.MIN_VALUE ? (int) colors[i] | 0xFF000000 : PALETTE[0];
            markers.add(new Marker(i, down ? Marker.Position.ABOVE_BAR : Marker.Position.BELOW_BAR,
                    column.kind().equals("plotarrow") ? (down ? Marker.Shape.ARROW_DOWN : Marker.Shape.ARROW_UP)
                            : Marker.Shape.CIRCLE, color, shortTitle(column.title())));
        }
    }

    /** The last word of a shape's title ("Bullish L2" gives "L2"): the chart writes it beside the shape. */
    private static String shortTitle(String title) {
        int space = title.lastIndexOf(' ');
        return space < 0 ? title : title.substring(space + 1);
    }

    private static void trades(List<Trade> trades, int barCount, List<Marker> markers) {
        for (Trade t : trades) {
            if (t.entryBarIndex() >= 0 && t.entryBarIndex() < barCount) {
                markers.add(new Marker(t.entryBarIndex(), t.isLong() ? Marker.Position.BELOW_BAR
                        : Marker.Position.ABOVE_BAR, t.isLong() ? Marker.Shape.TRIANGLE_UP : Marker.Shape.TRIANGLE_DOWN,
                        t.isLong() ? BUY : SELL, t.entryId()));
            }
            if (!t.open() && t.exitBarIndex() >= 0 && t.exitBarIndex() < barCount) {
                markers.add(new Marker(t.exitBarIndex(), t.isLong() ? Marker.Position.ABOVE_BAR
                        : Marker.Position.BELOW_BAR, Marker.Shape.XCROSS, t.profit() >= 0 ? BUY : SELL, "exit"));
            }
        }
    }
}
