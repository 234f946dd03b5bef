package org.exhaustionlab.ui.chart.internal;

import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.ui.chart.Marker;
import org.exhaustionlab.ui.chart.Plot;

/** Candles, lines over the price and bar markers. */
final class PricePane extends Pane {

    private final ColumnAggregator columns = new ColumnAggregator();
    long lastPaintNanos;

    PricePane(SwtChartViewer viewer, Composite parent) {
        super(viewer, parent, "Price");
    }

    @Override
    double[] valueRange(int from, int to) {
        BarSeries bars = viewer.data.bars();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] low = bars.lows();
        double[] high = bars.highs();
        for (int i = from; i < to; i++) {
            lo = Math.min(lo, low[i]);
            hi = Math.max(hi, high[i]);
        }
        if (to == bars.size()) { // the live quote belongs to the latest bars only
            for (double quote : new double[] { viewer.bid, viewer.ask }) {
                if (Double.isFinite(quote)) {
                    lo = Math.min(lo, quote);
                    hi = Math.max(hi, quote);
                }
            }
        }
        for (Plot plot : viewer.data.overlays()) {
            for (int i = from; i < to; i++) {
                double v = plot.values()[i];
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new double[] { lo, hi };
    }

    @Override
    void paint(GC gc, Rectangle area) {
        long start = System.nanoTime();
        BarSeries bars = viewer.data.bars();
        DrawingPainter.paintBackground(this, gc, area, viewer.data.drawings());
        if (pixelsPerBar(area) >= 3) {
            paintCandles(gc, area, bars);
        } else {
            paintColumns(gc, area, bars);
        }
        for (Plot plot : viewer.data.overlays()) {
            LinePainter.paint(this, gc, area, plot);
        }
        DrawingPainter.paintObjects(this, gc, area, viewer.data.drawings());
        paintMarkers(gc, area, bars);
        TradePainter.paint(this, gc, area, viewer.data.trades());
        paintQuote(gc, area, viewer.bid, "Bid", Colors.UP);
        paintQuote(gc, area, viewer.ask, "Ask", Colors.DOWN);
        lastPaintNanos = System.nanoTime() - start;
    }

    private void paintQuote(GC gc, Rectangle area, double price, String name, int color) {
        if (!Double.isFinite(price)) {
            return;
        }
        int y = y(price, area);
        gc.setForeground(viewer.colors.get(color));
        gc.setLineStyle(org.eclipse.swt.SWT.LINE_DASH);
        gc.drawLine(0, y, area.width, y);
        gc.setLineStyle(org.eclipse.swt.SWT.LINE_SOLID);
        String label = name + " " + fmt(price);
        gc.setFont(viewer.monospace);
        int h = gc.getFontMetrics().getHeight();
        int w = gc.textExtent(label).x + 6;
        gc.setBackground(viewer.colors.get(color));
        boolean above = name.equals("Ask");
        int top = above ? y - h - 1 : y + 1;
        gc.fillRectangle(area.width - w, top, w, h);
        gc.setForeground(viewer.colors.get(0xFFFFFFFF));
        gc.drawString(label, area.width - w + 3, top, true);
    }

    private void paintCandles(GC gc, Rectangle area, BarSeries bars) {
        double ppb = pixelsPerBar(area);
        int body = Math.max(1, (int) (ppb * 0.7));
        double[] o = bars.opens();
        double[] h = bars.highs();
        double[] l = bars.lows();
        double[] c = bars.closes();
        org.exhaustionlab.ui.chart.ChartDrawings drawings = viewer.data.drawings();
        for (int i = viewer.from; i < viewer.to; i++) {
            int override = drawings.barColorAt(i); // Pine's barcolor
            int color = override != 0 ? override : c[i] >= o[i] ? Colors.UP : Colors.DOWN;
            gc.setForeground(viewer.colors.get(color));
            gc.setBackground(viewer.colors.get(color));
            int x = x(i, area);
            gc.drawLine(x, y(h[i], area), x, y(l[i], area));
            int top = y(Math.max(o[i], c[i]), area);
            int bottom = y(Math.min(o[i], c[i]), area);
            gc.fillRectangle(x - body / 2, top, body, Math.max(1, bottom - top));
        }
    }

    private void paintColumns(GC gc, Rectangle area, BarSeries bars) {
        columns.reset(area.width + 1);
        double[] o = bars.opens();
        double[] h = bars.highs();
        double[] l = bars.lows();
        double[] c = bars.closes();
        double from = viewer.from - 0.5;
        double scale = area.width / (double) (viewer.to - viewer.from);
        for (int i = viewer.from; i < viewer.to; i++) {
            int col = (int) ((i - from) * scale);
            columns.add(Math.min(col, area.width), l[i], h[i], o[i], c[i]);
        }
        for (int pass = 0; pass < 2; pass++) { // one colour change per pass, not per column
            boolean up = pass == 0;
            gc.setBackground(viewer.colors.get(up ? Colors.UP : Colors.DOWN));
            for (int col = 0; col <= area.width; col++) {
                if (columns.has(col) && (columns.last[col] >= columns.first[col]) == up) {
                    int top = y(columns.high[col], area);
                    gc.fillRectangle(col, top, 1, y(columns.low[col], area) - top + 1); // a fill is cheaper than a line
                }
            }
        }
        paintBarColorColumns(gc, area, bars, from, scale);
    }

    /**
     * Pine's barcolor when bars are denser than pixels: the overridden bars' ranges painted over their columns, one
     * fill per column and colour (neighbouring bars in a column are merged).
     */
    private void paintBarColorColumns(GC gc, Rectangle area, BarSeries bars, double from, double scale) {
        org.exhaustionlab.ui.chart.ChartDrawings drawings = viewer.data.drawings();
        if (drawings.barColors() == null) {
            return;
        }
        int runCol = -1;
        int runColor = 0;
        double runHigh = 0;
        double runLow = 0;
        for (int i = viewer.from; i <= viewer.to; i++) {
            int color = i < viewer.to ? drawings.barColorAt(i) : 0;
            if (color == 0 && i < viewer.to) {
                continue; // a bar keeping its colour does not end the column's run
            }
            int col = i < viewer.to ? Math.min((int) ((i - from) * scale), area.width) : -2;
            if (color != 0 && col == runCol && color == runColor) {
                runHigh = Math.max(runHigh, bars.high(i));
                runLow = Math.min(runLow, bars.low(i));
                continue;
            }
            if (runColor != 0) {
                gc.setBackground(viewer.colors.get(runColor));
                int top = y(runHigh, area);
                gc.fillRectangle(runCol, top, 1, y(runLow, area) - top + 1);
            }
            runCol = col;
            runColor = color;
            if (color != 0) {
                runHigh = bars.high(i);
                runLow = bars.low(i);
            }
        }
    }

    private void paintMarkers(GC gc, Rectangle area, BarSeries bars) {
        int size = (int) Math.max(4, Math.min(10, pixelsPerBar(area)));
        for (Marker m : viewer.data.markers()) {
            if (m.barIndex() < viewer.from || m.barIndex() >= viewer.to) {
                continue;
            }
            int x = x(m.barIndex(), area);
            boolean above = m.position() == Marker.Position.ABOVE_BAR;
            int y = above ? y(bars.high(m.barIndex()), area) - size - 2 : y(bars.low(m.barIndex()), area) + size + 2;
            MarkerPainter.paint(gc, viewer.colors.get(m.color()), m.shape(), x, y, size);
            if (m.text() != null && !m.text().isEmpty()) {
                gc.setForeground(viewer.colors.get(m.color()));
                int ty = above ? y - size - gc.getFontMetrics().getHeight() : y + size;
                gc.drawString(m.text(), x - gc.textExtent(m.text()).x / 2, ty, true);
            }
        }
    }

    @Override
    String readout(int bar) {
        BarSeries bars = viewer.data.bars();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s %s  %s  O %s  H %s  L %s  C %s",
                bars.symbol().name(), bars.timeframe().code(), BarTimeFormat.isoMinute(bars.time(bar)),
                fmt(bars.open(bar)), fmt(bars.high(bar)), fmt(bars.low(bar)), fmt(bars.close(bar))));
        for (Plot plot : viewer.data.overlays()) {
            text.append("  ").append(plot.title()).append(' ').append(fmt(plot.values()[bar]));
        }
        return text.toString();
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 1000 ? "%,.2f" : a >= 1 ? "%.4f" : "%.6f", v);
    }
}
