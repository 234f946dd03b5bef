package org.exhaustionlab.ui.chart;

import java.util.List;
import java.util.Objects;

import org.exhaustionlab.market.BarSeries;

/**
 * Everything a chart shows: the bars (candles and volume), lines over the price, indicator panels below it and markers
 * on bars. Immutable; build a new one to change what is shown.
 */
public record ChartData(BarSeries bars, List<Plot> overlays, List<Panel> panels, List<Marker> markers) {

    public ChartData {
        Objects.requireNonNull(bars, "bars");
        overlays = List.copyOf(overlays);
        panels = List.copyOf(panels);
        markers = List.copyOf(markers);
        for (Plot plot : overlays) {
            plot.requireLength(bars.size());
        }
        for (Panel panel : panels) {
            panel.plots().forEach(p -> p.requireLength(bars.size()));
        }
    }

    /** Just candles and volume. */
    public static ChartData of(BarSeries bars) {
        return new ChartData(bars, List.of(), List.of(), List.of());
    }

    public ChartData withPanel(Panel panel) {
        List<Panel> more = new java.util.ArrayList<>(panels);
        more.add(panel);
        return new ChartData(bars, overlays, more, markers);
    }

    public ChartData withOverlay(Plot plot) {
        List<Plot> more = new java.util.ArrayList<>(overlays);
        more.add(plot);
        return new ChartData(bars, more, panels, markers);
    }

    public ChartData withMarkers(List<Marker> added) {
        List<Marker> more = new java.util.ArrayList<>(markers);
        more.addAll(added);
        return new ChartData(bars, overlays, panels, more);
    }
}
