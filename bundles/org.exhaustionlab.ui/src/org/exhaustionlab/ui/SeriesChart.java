package org.exhaustionlab.ui;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * One series over time as a line, e.g. the equity curve, or as an area down from zero, e.g. the drawdown: each
 * pixel column draws the range of the points that fall into it, so long series cost one line per column.
 */
final class SeriesChart {

    private final Canvas canvas;
    private final String title;
    private final boolean area;
    private final int rgb;
    private double[] values = new double[0];
    private String format = "%,.2f";

    /** {@code area}: fill from zero to the values (drawdowns), else a line. */
    SeriesChart(Composite parent, String title, boolean area, int rgb) {
        this.title = title;
        this.area = area;
        this.rgb = rgb;
        canvas = new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
    }

    Canvas control() {
        return canvas;
    }

    void setValues(double[] newValues, String valueFormat) {
        values = newValues.clone();
        format = valueFormat;
        canvas.redraw();
    }

    double[] values() {
        return values.clone();
    }

    private void paint(GC gc, Rectangle bounds) {
        int left = 70;
        int top = 18;
        int w = Math.max(1, bounds.width - left - 8);
        int h = Math.max(1, bounds.height - top - 6);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawString(title, left, 2, true);
        if (values.length < 2) {
            gc.drawString("no data yet", left + 8, top + h / 2, true);
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (area) {
            hi = Math.max(hi, 0);
        }
        if (!(hi > lo)) {
            lo -= 1;
            hi += 1;
        }
        gc.drawString(String.format(Locale.ROOT, format, hi), 4, top - 6, true);
        gc.drawString(String.format(Locale.ROOT, format, lo), 4, top + h - 12, true);
        Color color = new Color(canvas.getDisplay(), (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        try {
            gc.setForeground(color);
            int zero = top + (int) Math.round(hi / (hi - lo) * h);
            int prevY = Integer.MIN_VALUE;
            for (int col = 0; col < w; col++) {
                int from = (int) ((long) col * values.length / w);
                int to = Math.max(from + 1, (int) ((long) (col + 1) * values.length / w));
                double cLo = Double.POSITIVE_INFINITY;
                double cHi = Double.NEGATIVE_INFINITY;
                for (int i = from; i < Math.min(to, values.length); i++) {
                    cLo = Math.min(cLo, values[i]);
                    cHi = Math.max(cHi, values[i]);
                }
                int yLo = top + (int) Math.round((hi - cLo) / (hi - lo) * h);
                int yHi = top + (int) Math.round((hi - cHi) / (hi - lo) * h);
                int x = left + col;
                if (area) {
                    gc.drawLine(x, zero, x, yLo);
                } else {
                    gc.drawLine(x, yHi, x, yLo);
                    if (prevY != Integer.MIN_VALUE) {
                        gc.drawLine(x - 1, prevY, x, (yHi + yLo) / 2);
                    }
                    prevY = (yHi + yLo) / 2;
                }
            }
        } finally {
            color.dispose();
        }
    }

    /** Drawdown from the running peak, in percent (0 or negative), for each equity value. */
    static double[] drawdownPercent(double[] equity) {
        double[] dd = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < equity.length; i++) {
            peak = Math.max(peak, equity[i]);
            dd[i] = peak > 0 ? (equity[i] / peak - 1) * 100 : 0;
        }
        return dd;
    }
}
