package org.exhaustionlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** Best fitness per generation as a line with points: a small canvas, enough for tens or hundreds of generations. */
final class FitnessChart {

    record Point(int generation, double fitness) {
    }

    private final Canvas canvas;
    private final List<Point> points = new ArrayList<>();

    FitnessChart(Composite parent) {
        canvas = new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
    }

    Canvas control() {
        return canvas;
    }

    void clear() {
        points.clear();
        canvas.redraw();
    }

    /** Adds (or, for a generation already shown, replaces) a point. */
    void add(int generation, double fitness) {
        if (!Double.isFinite(fitness)) {
            return;
        }
        points.removeIf(p -> p.generation() == generation);
        points.add(new Point(generation, fitness));
        points.sort((a, b) -> Integer.compare(a.generation(), b.generation()));
        canvas.redraw();
    }

    List<Point> points() {
        return List.copyOf(points);
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        int left = 60;
        int bottom = 22;
        int top = 18;
        int w = Math.max(1, area.width - left - 12);
        int h = Math.max(1, area.height - top - bottom);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawString("Best fitness per generation", left, 2, true);
        gc.drawLine(left, top, left, top + h);
        gc.drawLine(left, top + h, left + w, top + h);
        if (points.isEmpty()) {
            gc.drawString("no run yet", left + 8, top + h / 2, true);
            return;
        }
        double lo = points.stream().mapToDouble(Point::fitness).min().orElse(0);
        double hi = points.stream().mapToDouble(Point::fitness).max().orElse(1);
        if (!(hi > lo)) { // one value: a band around it, scaled to it
            double pad = Math.max(1e-3, Math.abs(hi) * 0.05);
            lo -= pad;
            hi += pad;
        }
        int g0 = points.get(0).generation();
        int g1 = Math.max(g0 + 1, points.get(points.size() - 1).generation());
        gc.drawString(fmt(hi), 4, top - 6, true);
        gc.drawString(fmt(lo), 4, top + h - 8, true);
        gc.drawString("gen " + g0, left, top + h + 3, true);
        String last = "gen " + g1;
        gc.drawString(last, left + w - gc.textExtent(last).x, top + h + 3, true);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLUE));
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLUE));
        int px = -1;
        int py = -1;
        for (Point p : points) {
            int x = left + (int) Math.round((p.generation() - g0) / (double) (g1 - g0) * w);
            int y = top + (int) Math.round((hi - p.fitness()) / (hi - lo) * h);
            if (px >= 0) {
                gc.drawLine(px, py, x, y);
            }
            gc.fillOval(x - 3, y - 3, 6, 6);
            px = x;
            py = y;
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
