package org.exhaustionlab.ui.chart.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.exhaustionlab.ui.chart.ChartDrawings;
import org.exhaustionlab.ui.chart.Drawing;

/**
 * A script's drawings on the price pane: bgcolor bands behind the candles, then lines, boxes and labels over them.
 * Only what reaches into the visible bars is painted (a script keeps at most a few hundred objects); bgcolor bands
 * of one colour that touch are filled as one rectangle and no pixel column twice.
 */
final class DrawingPainter {

    private DrawingPainter() {
    }

    /** The translucent background bands (Pine's bgcolor), painted before the candles. */
    static void paintBackground(Pane pane, GC gc, Rectangle area, ChartDrawings drawings) {
        if (drawings.background() == null) {
            return;
        }
        SwtChartViewer viewer = pane.viewer;
        double half = pane.pixelsPerBar(area) / 2;
        // bands of one colour that touch or share pixel columns (bars denser than pixels) become one fill: no
        // column is filled twice, so a dense chart costs a handful of fills, not one per bar
        int pendingLeft = 0;
        int pendingRight = Integer.MIN_VALUE;
        int pendingColor = 0;
        int i = viewer.from;
        while (i < viewer.to) {
            int color = drawings.backgroundAt(i);
            int end = i + 1;
            while (end < viewer.to && drawings.backgroundAt(end) == color) {
                end++;
            }
            if (color != 0) {
                int left = Math.max(pendingRight, (int) Math.floor(pane.x(i, area) - half));
                int right = (int) Math.ceil(pane.x(end - 1, area) + half);
                if (color == pendingColor && left <= pendingRight + 1) {
                    pendingRight = Math.max(pendingRight, right);
                } else if (right > left) {
                    if (pendingColor != 0) {
                        fill(gc, viewer, pendingColor, pendingLeft, 0, pendingRight - pendingLeft, area.height);
                    }
                    pendingLeft = left;
                    pendingRight = right;
                    pendingColor = color;
                }
            }
            i = end;
        }
        if (pendingColor != 0) {
            fill(gc, viewer, pendingColor, pendingLeft, 0, pendingRight - pendingLeft, area.height);
        }
        gc.setAlpha(255);
    }

    /** Lines, boxes and labels, painted over the candles. */
    static void paintObjects(Pane pane, GC gc, Rectangle area, ChartDrawings drawings) {
        SwtChartViewer viewer = pane.viewer;
        for (Drawing d : drawings.objects()) {
            if (!d.visibleIn(viewer.from, viewer.to)) {
                continue;
            }
            switch (d.kind()) {
                case LINE -> line(pane, gc, area, d);
                case BOX -> box(pane, gc, area, d);
                default -> label(pane, gc, area, d);
            }
        }
        gc.setAlpha(255);
        gc.setLineWidth(1);
    }

    /** The x pixel of a fractional bar position. */
    private static double px(Pane pane, double bar, Rectangle area) {
        double from = pane.viewer.from - 0.5;
        return (bar - from) / (pane.viewer.to - pane.viewer.from) * area.width;
    }

    private static double py(Pane pane, double value, Rectangle area) {
        return (pane.yHigh - value) / (pane.yHigh - pane.yLow) * area.height;
    }

    private static void line(Pane pane, GC gc, Rectangle area, Drawing d) {
        if (!Double.isFinite(d.y1()) || !Double.isFinite(d.y2())) {
            return;
        }
        double ax = px(pane, d.x1(), area);
        double ay = py(pane, d.y1(), area);
        double bx = px(pane, d.x2(), area);
        double by = py(pane, d.y2(), area);
        if (d.extend() != Drawing.Extend.NONE && ax != bx) {
            double slope = (by - ay) / (bx - ax);
            boolean leftToRight = ax < bx;
            // extend.right continues past the second point, extend.left past the first
            if (d.extend().right()) {
                double edge = leftToRight ? area.width : 0;
                by = by + slope * (edge - bx);
                bx = edge;
            }
            if (d.extend().left()) {
                double edge = leftToRight ? 0 : area.width;
                ay = ay + slope * (edge - ax);
                ax = edge;
            }
        }
        stroke(gc, pane.viewer, d.color(), d.width());
        gc.drawLine(clip(ax), clip(ay), clip(bx), clip(by));
    }

    private static void box(Pane pane, GC gc, Rectangle area, Drawing d) {
        if (!Double.isFinite(d.y1()) || !Double.isFinite(d.y2())) {
            return;
        }
        int left = d.extend().left() ? 0 : clip(px(pane, d.x1(), area));
        int right = d.extend().right() ? area.width : clip(px(pane, d.x2(), area));
        int top = clip(py(pane, Math.max(d.y1(), d.y2()), area));
        int bottom = clip(py(pane, Math.min(d.y1(), d.y2()), area));
        int x = Math.min(left, right);
        int w = Math.max(1, Math.abs(right - left));
        int h = Math.max(1, bottom - top);
        if (d.fill() != 0) {
            fill(gc, pane.viewer, d.fill(), x, top, w, h);
        }
        if (d.color() != 0) {
            stroke(gc, pane.viewer, d.color(), d.width());
            gc.drawRectangle(x, top, w, h);
        }
        if (!d.text().isEmpty()) {
            gc.setAlpha(255);
            gc.setFont(pane.viewer.monospace);
            Point size = gc.textExtent(d.text());
            gc.setForeground(pane.viewer.colors.get(d.textColor() == 0 ? Colors.TEXT : d.textColor()));
            gc.drawString(d.text(), x + (w - size.x) / 2, top + (h - size.y) / 2, true);
        }
    }

    private static void label(Pane pane, GC gc, Rectangle area, Drawing d) {
        if (!Double.isFinite(d.y1()) || d.text().isEmpty() && d.color() == 0) {
            return;
        }
        int x = clip(px(pane, d.x1(), area));
        int y = clip(py(pane, d.y1(), area));
        gc.setAlpha(255);
        gc.setFont(pane.viewer.monospace);
        Point size = d.text().isEmpty() ? new Point(6, 6) : gc.textExtent(d.text());
        int w = size.x + 8;
        int h = size.y + 4;
        int pointer = 5; // the small triangle that points at the price
        int top = d.above() ? y - pointer - h : y + pointer;
        if (d.color() != 0) {
            fill(gc, pane.viewer, d.color(), x - w / 2, top, w, h);
            int tip = d.above() ? top + h : top;
            gc.fillPolygon(new int[] { x - pointer, tip, x + pointer, tip, x, y });
        }
        gc.setAlpha(255);
        if (!d.text().isEmpty()) {
            gc.setForeground(pane.viewer.colors.get(d.textColor() == 0 ? Colors.TEXT : d.textColor()));
            gc.drawString(d.text(), x - size.x / 2, top + 2, true);
        }
    }

    /** Sets the background to an ARGB colour, alpha included, and fills. */
    private static void fill(GC gc, SwtChartViewer viewer, int argb, int x, int y, int w, int h) {
        gc.setAlpha((argb >>> 24) & 0xFF);
        gc.setBackground(viewer.colors.get(argb));
        gc.fillRectangle(x, y, w, h);
    }

    private static void stroke(GC gc, SwtChartViewer viewer, int argb, int width) {
        gc.setAlpha((argb >>> 24) & 0xFF);
        gc.setForeground(viewer.colors.get(argb));
        gc.setLineWidth(width);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    /** A pixel coordinate kept within what drawLine handles well (a far-off point would overflow). */
    private static int clip(double v) {
        return (int) Math.round(Math.max(-100_000, Math.min(100_000, v)));
    }
}
