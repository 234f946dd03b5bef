package org.exhaustionlab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BarSeries;

/**
 * Everything a chart shows: the bars (candles and volume), lines over the price, indicator panels below it, markers
 * on bars, strategy trades, an equity curve (its own panel, one value per bar, or null) and a script's drawings
 * (lines, boxes, labels, bgcolor, barcolor). Immutable; build a new one to change what is shown.
 */
public record ChartData(BarSeries bars, List<Plot> overlays, List<Panel> panels, List<Marker> markers,
        List<TradeMarker> trades, double[] equity, ChartDrawings drawings) {

    public ChartData {
        Objects.requireNonNull(bars, "bars");
        drawings = drawings == null ? ChartDrawings.NONE : drawings;
        drawings.requireLength(bars.size());
        overlays = List.copyOf(overlays);
        panels = List.copyOf(panels);
        markers = List.copyOf(markers);
        trades = List.copyOf(trades);
        for (Plot plot : overlays) {
            plot.requireLength(bars.size());
        }
        for (Panel panel : panels) {
            panel.plots().forEach(p -> p.requireLength(bars.size()));
        }
        if (equity != null && equity.length != bars.size()) {
            throw new IllegalArgumentException("equity has " + equity.length + " values for " + bars.size() + " bars");
        }
        for (TradeMarker t : trades) {
            if (t.exitBar() >= bars.size()) {
                throw new IllegalArgumentException("trade #" + t.number() + " exits at bar " + t.exitBar() + " of "
                        + bars.size());
            }
        }
    }

    public ChartData(BarSeries bars, List<Plot> overlays, List<Panel> panels, List<Marker> markers) {
        this(bars, overlays, panels, markers, List.of(), null, ChartDrawings.NONE);
    }

    public ChartData(BarSeries bars, List<Plot> overlays, List<Panel> panels, List<Marker> markers,
            List<TradeMarker> trades, double[] equity) {
        this(bars, overlays, panels, markers, trades, equity, ChartDrawings.NONE);
    }

    /** The same chart with a script's lines, boxes, labels, background and candle colours. */
    public ChartData withDrawings(ChartDrawings newDrawings) {
        return new ChartData(bars, overlays, panels, markers, trades, equity, newDrawings);
    }

    /** Just candles and volume. */
    public static ChartData of(BarSeries bars) {
        return new ChartData(bars, List.of(), List.of(), List.of());
    }

    public ChartData withPanel(Panel panel) {
        List<Panel> more = new ArrayList<>(panels);
        more.add(panel);
        return new ChartData(bars, overlays, more, markers, trades, equity, drawings);
    }

    public ChartData withOverlay(Plot plot) {
        List<Plot> more = new ArrayList<>(overlays);
        more.add(plot);
        return new ChartData(bars, more, panels, markers, trades, equity, drawings);
    }

    public ChartData withMarkers(List<Marker> added) {
        List<Marker> more = new ArrayList<>(markers);
        more.addAll(added);
        return new ChartData(bars, overlays, panels, more, trades, equity, drawings);
    }

    /** The same chart with these trades and equity curve (null = no equity panel). */
    public ChartData withTrades(List<TradeMarker> newTrades, double[] newEquity) {
        return new ChartData(bars, overlays, panels, markers, newTrades, newEquity, drawings);
    }

    /**
     * A live update: {@code bar} replaces the last bar when it opens at the same time (the forming candle changes in
     * place), else it is appended; plots and equity get a NaN for an appended bar.
     */
    public ChartData withLiveBar(Bar bar) {
        int n = bars.size();
        boolean replace = n > 0 && bars.lastTime() == bar.time();
        if (n > 0 && bar.time() < bars.lastTime()) {
            return this; // an update of a bar that closed already: the chart keeps what it has
        }
        BarSeries.Builder b = BarSeries.builder(bars.symbol(), bars.timeframe(), n + 1);
        for (int i = 0; i < (replace ? n - 1 : n); i++) {
            b.add(bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
        }
        b.add(bar);
        BarSeries next = b.build();
        if (replace) {
            return new ChartData(next, overlays, panels, markers, trades, equity, drawings);
        }
        List<Plot> grownOverlays = new ArrayList<>();
        overlays.forEach(p -> grownOverlays.add(p.grownBy(1)));
        List<Panel> grownPanels = new ArrayList<>();
        for (Panel panel : panels) {
            List<Plot> plots = new ArrayList<>();
            panel.plots().forEach(p -> plots.add(p.grownBy(1)));
            grownPanels.add(new Panel(panel.title(), plots));
        }
        double[] grownEquity = equity == null ? null : java.util.Arrays.copyOf(equity, n + 1);
        if (grownEquity != null) {
            grownEquity[n] = Double.NaN;
        }
        return new ChartData(next, grownOverlays, grownPanels, markers, trades, grownEquity,
                drawings.grownBy(1));
    }
}
