package org.exhaustionlab.ui.chart.internal;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.exhaustionlab.ui.chart.Panel;
import org.exhaustionlab.ui.chart.Plot;

/** An indicator panel such as the Squeeze Momentum histogram. */
final class IndicatorPane extends Pane {

    private final Panel panel;

    IndicatorPane(SwtChartViewer viewer, Composite parent, Panel panel) {
        super(viewer, parent, panel.title());
        this.panel = panel;
    }

    @Override
    double[] valueRange(int from, int to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Plot plot : panel.plots()) {
            double[] v = plot.values();
            for (int i = from; i < to; i++) {
                if (Double.isFinite(v[i])) {
                    lo = Math.min(lo, v[i]);
                    hi = Math.max(hi, v[i]);
                }
            }
            if (plot.style() != Plot.Style.LINE && plot.style() != Plot.Style.CIRCLES) {
                lo = Math.min(lo, 0);
                hi = Math.max(hi, 0);
            }
        }
        return new double[] { lo, hi };
    }

    @Override
    void paint(GC gc, Rectangle area) {
        for (Plot plot : panel.plots()) {
            LinePainter.paint(this, gc, area, plot);
        }
    }

    @Override
    String readout(int bar) {
        StringBuilder text = new StringBuilder(panel.title());
        for (Plot plot : panel.plots()) {
            text.append("  ").append(plot.title()).append(' ').append(PricePane.fmt(plot.values()[bar]));
        }
        return text.toString();
    }
}
