package org.exhaustionlab.ui.chart.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.swtchart.Chart;
import org.swtchart.IAxis;
import org.swtchart.ICustomPaintListener;
import org.swtchart.Range;

/**
 * One stacked pane of the chart: an SWTChart chart (axes, grid, plot area) whose content we paint ourselves, so that
 * 100k bars draw in a few milliseconds (per-pixel-column aggregation when bars are denser than pixels).
 */
abstract class Pane {

    final SwtChartViewer viewer;
    final Chart chart;
    private boolean timeLabels;
    double yLow = 0;
    double yHigh = 1;

    Pane(SwtChartViewer viewer, Composite parent, String title) {
        this.viewer = viewer;
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setVisible(false);
        chart.getLegend().setVisible(false);
        chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.setBackgroundInPlotArea(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setVisible(false);
        x.getTick().setFormat(new BarTimeFormat(viewer));
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.setPosition(IAxis.Position.Secondary);
        y.getTitle().setText(title);
        y.getTitle().setVisible(false);
        // equal-width value labels in every pane keep the plot areas, and so the bars, aligned
        y.getTick().setFont(viewer.monospace);
        y.getTick().setFormat(new FixedWidthNumberFormat(10));
        chart.getPlotArea().setData("pane", this);
        ((org.swtchart.IPlotArea) chart.getPlotArea()).addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                e.gc.setLineStyle(SWT.LINE_SOLID); // the grid leaves its dotted style on the GC
                e.gc.setLineWidth(1);
                e.gc.setAntialias(SWT.OFF); // crisp candles, and far cheaper with 100k bars
                paint(e.gc, chart.getPlotArea().getClientArea());
                if (timeLabels) {
                    paintTimeLabels(e.gc, chart.getPlotArea().getClientArea());
                }
                viewer.paintCrosshair(Pane.this, e.gc, chart.getPlotArea().getClientArea());
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        });
    }

    Control plotArea() {
        return chart.getPlotArea();
    }

    /**
     * SWTChart's own time axis would make this pane's plot area narrower than the others (its first label needs room
     * on the left), so its ticks stay hidden everywhere and the bottom pane writes the times inside its plot area.
     */
    void showTimeAxis(boolean visible) {
        chart.getAxisSet().getXAxis(0).getTick().setVisible(false);
        timeLabels = visible;
    }

    private void paintTimeLabels(GC gc, Rectangle area) {
        gc.setFont(viewer.monospace);
        gc.setForeground(viewer.colors.get(Colors.CROSSHAIR));
        int labelWidth = gc.textExtent("0000-00-00 00:00").x + 24;
        int count = Math.max(1, area.width / labelWidth);
        int step = Math.max(1, (viewer.to - viewer.from) / count);
        BarTimeFormat format = new BarTimeFormat(viewer);
        int y = area.height - gc.getFontMetrics().getHeight() - 1;
        for (int bar = viewer.from + step / 2; bar < viewer.to; bar += step) {
            String text = format.format(bar);
            int x = x(bar, area) - gc.textExtent(text).x / 2;
            if (x >= 0 && x + gc.textExtent(text).x <= area.width) {
                gc.drawString(text, x, y, true);
            }
        }
    }

    /** Re-fits the value axis to the visible bars and applies the shared time range. */
    void applyRange(int from, int to) {
        double[] range = valueRange(from, to);
        double low = range[0];
        double high = range[1];
        if (!(high > low)) {
            double mid = Double.isFinite(low) ? low : 0;
            low = mid - 1;
            high = mid + 1;
        }
        double pad = (high - low) * 0.05;
        yLow = low - pad - (timeLabels ? (high - low) * 0.2 : 0); // room for the time labels
        yHigh = high + pad;
        chart.getAxisSet().getXAxis(0).setRange(new Range(from - 0.5, to - 0.5));
        chart.getAxisSet().getYAxis(0).setRange(new Range(yLow, yHigh));
        chart.redraw();
    }

    /** {min, max} of what this pane shows over bars [from, to). */
    abstract double[] valueRange(int from, int to);

    abstract void paint(GC gc, Rectangle area);

    /** Text for the crosshair readout at a bar (empty if the pane adds nothing). */
    abstract String readout(int bar);

    int x(int bar, Rectangle area) {
        double from = viewer.from - 0.5;
        double span = viewer.to - viewer.from;
        return (int) Math.round((bar - from) / span * area.width);
    }

    double pixelsPerBar(Rectangle area) {
        return area.width / (double) Math.max(1, viewer.to - viewer.from);
    }

    int y(double value, Rectangle area) {
        return (int) Math.round((yHigh - value) / (yHigh - yLow) * area.height);
    }

    double valueAt(int py, Rectangle area) {
        return yHigh - py / (double) area.height * (yHigh - yLow);
    }
}
