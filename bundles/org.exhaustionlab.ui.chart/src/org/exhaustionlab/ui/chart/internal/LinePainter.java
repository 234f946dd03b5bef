package org.exhaustionlab.ui.chart.internal;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.exhaustionlab.ui.chart.Plot;

/** Draws a plot in any pane: lines (per-pixel min/max when dense), histograms and columns from zero, circles. */
final class LinePainter {

    private LinePainter() {
    }

    static void paint(Pane pane, GC gc, Rectangle area, Plot plot) {
        switch (plot.style()) {
        case HISTOGRAM:
        case COLUMNS:
            paintBars(pane, gc, area, plot);
            break;
        case CIRCLES:
            paintCircles(pane, gc, area, plot);
            break;
        default:
            paintLine(pane, gc, area, plot);
        }
    }

    private static void paintLine(Pane pane, GC gc, Rectangle area, Plot plot) {
        if (pane.pixelsPerBar(area) < 1) {
            paintDenseLine(pane, gc, area, plot);
            return;
        }
        double[] v = plot.values();
        int prevX = Integer.MIN_VALUE;
        int prevY = 0;
        int lastColor = 0;
        for (int i = pane.viewer.from; i < pane.viewer.to; i++) {
            if (Double.isNaN(v[i])) {
                prevX = Integer.MIN_VALUE;
                continue;
            }
            int x = pane.x(i, area);
            int y = pane.y(v[i], area);
            int color = plot.colorAt(i);
            if (color != lastColor) {
                gc.setForeground(pane.viewer.colors.get(color));
                lastColor = color;
            }
            if (prevX != Integer.MIN_VALUE && (x != prevX || y != prevY)) {
                gc.drawLine(prevX, prevY, x, y);
            }
            prevX = x;
            prevY = y;
        }
    }

    /**
     * More bars than pixels: each pixel column draws one vertical line over the range of its values, joined to the
     * previous column, so 100k values cost about two lines per column instead of a line per bar.
     */
    private static void paintDenseLine(Pane pane, GC gc, Rectangle area, Plot plot) {
        double[] v = plot.values();
        int lastColor = 0;
        int column = Integer.MIN_VALUE;
        int top = 0;
        int bottom = 0;
        int first = 0;
        int last = 0;
        boolean join = false; // whether the column joins the previous one (no na between them)
        boolean gap = false;
        int prevColumn = 0;
        int prevLast = 0;
        for (int i = pane.viewer.from; i < pane.viewer.to; i++) {
            if (Double.isNaN(v[i])) {
                gap = true; // a gap inside one pixel column cannot be seen: only the join is dropped
                continue;
            }
            int x = pane.x(i, area);
            int y = pane.y(v[i], area);
            if (x != column) {
                if (column != Integer.MIN_VALUE) {
                    drawColumn(gc, join, prevColumn, prevLast, column, first, top, bottom);
                    prevColumn = column;
                    prevLast = last;
                }
                join = column != Integer.MIN_VALUE && !gap;
                gap = false;
                int color = plot.colorAt(i);
                if (color != lastColor) {
                    gc.setForeground(pane.viewer.colors.get(color));
                    gc.setBackground(pane.viewer.colors.get(color));
                    lastColor = color;
                }
                column = x;
                top = y;
                bottom = y;
                first = y;
            } else {
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
            }
            last = y;
        }
        if (column != Integer.MIN_VALUE) {
            drawColumn(gc, join, prevColumn, prevLast, column, first, top, bottom);
        }
    }

    /**
     * One column as a 1-pixel-wide rectangle (a fast fill, where a long stroked line is not), stretched to the previous
     * column's last value when the columns are neighbours: at one pixel per column that is the joining segment.
     */
    private static void drawColumn(GC gc, boolean join, int prevColumn, int prevLast, int column, int first, int top,
            int bottom) {
        if (join && column - prevColumn > 1) {
            gc.drawLine(prevColumn, prevLast, column, first);
        } else if (join) {
            top = Math.min(top, prevLast);
            bottom = Math.max(bottom, prevLast);
        }
        gc.fillRectangle(column, top, 1, bottom - top + 1);
    }

    private static void paintBars(Pane pane, GC gc, Rectangle area, Plot plot) {
        double[] v = plot.values();
        double ppb = pane.pixelsPerBar(area);
        int width = ppb >= 3 ? Math.max(1, (int) (ppb * (plot.style() == Plot.Style.COLUMNS ? 0.7 : 0.5))) : 1;
        int zero = pane.y(0, area);
        int lastX = Integer.MIN_VALUE;
        for (int i = pane.viewer.from; i < pane.viewer.to; i++) {
            if (Double.isNaN(v[i])) {
                continue;
            }
            int x = pane.x(i, area);
            if (width == 1 && x == lastX) {
                continue; // dense: one bar per pixel column is all that can be seen
            }
            lastX = x;
            int y = pane.y(v[i], area);
            gc.setBackground(pane.viewer.colors.get(plot.colorAt(i)));
            gc.fillRectangle(x - width / 2, Math.min(y, zero), width, Math.max(1, Math.abs(zero - y)));
        }
    }

    private static void paintCircles(Pane pane, GC gc, Rectangle area, Plot plot) {
        double[] v = plot.values();
        for (int i = pane.viewer.from; i < pane.viewer.to; i++) {
            if (!Double.isNaN(v[i])) {
                gc.setBackground(pane.viewer.colors.get(plot.colorAt(i)));
                gc.fillOval(pane.x(i, area) - 2, pane.y(v[i], area) - 2, 4, 4);
            }
        }
    }
}
