package org.exhaustionlab.validation.report;

import java.util.List;
import java.util.function.DoubleFunction;

/** Equity and underwater (drawdown) charts over time, drawn from decimated series. */
final class TimeSeriesChart {
    static final int WIDTH = 900;
    static final int HEIGHT = 260;
    static final int MAX_POINTS = 1500;
    private static final int LEFT = 72;
    private static final int RIGHT = 18;
    private static final int TOP = 14;
    private static final int BOTTOM = 30;

    private TimeSeriesChart() {
    }

    /** Equity over time: a line with a light area below it. */
    static String equity(long[] time, double[] equity) {
        int[] keep = Decimator.indices(equity, MAX_POINTS);
        long[] t = Decimator.pick(time, keep);
        double[] y = Decimator.pick(equity, keep);
        double min = min(y);
        double max = max(y);
        double pad = Math.max((max - min) * 0.06, Math.abs(max) * 1e-4);
        boolean small = max - min < 100;
        return draw("Equity curve", t, y, min - pad, max + pad, v -> Text.num(v, small ? 2 : 0), Palette.BLUE, Palette.BLUE_TINT, false);
    }

    /** Drawdown below the running peak, drawn downwards from 0 %, with the deepest point labelled. */
    static String underwater(long[] time, double[] drawdown) {
        double[] negative = new double[drawdown.length];
        for (int i = 0; i < drawdown.length; i++) {
            negative[i] = -drawdown[i];
        }
        int[] keep = Decimator.indices(negative, MAX_POINTS);
        long[] t = Decimator.pick(time, keep);
        double[] y = Decimator.pick(negative, keep);
        double low = Math.min(min(y), -0.001);
        return draw("Drawdown (underwater)", t, y, low * 1.08, 0, v -> Text.pct(v, Math.abs(low) < 0.05 ? 1 : 0), Palette.RED, Palette.RED_TINT, true);
    }

    private static String draw(String title, long[] t, double[] y, double yMin, double yMax, DoubleFunction<String> yLabel, String colour,
            String tint, boolean fromTop) {
        Svg svg = new Svg(WIDTH, HEIGHT, title);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        long t0 = t[0];
        long t1 = t[t.length - 1] > t0 ? t[t.length - 1] : t0 + 1;
        double[] xs = new double[t.length];
        double[] ys = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            xs[i] = LEFT + plotW * (t[i] - t0) / (double) (t1 - t0);
            ys[i] = TOP + plotH * (yMax - y[i]) / (yMax - yMin);
        }
        List<Double> ticks = Svg.niceTicks(yMin, yMax, 5);
        for (double v : ticks) {
            double yy = TOP + plotH * (yMax - v) / (yMax - yMin);
            if (yy < TOP - 0.5 || yy > TOP + plotH + 0.5) {
                continue;
            }
            svg.line(LEFT, yy, LEFT + plotW, yy, Palette.GRID, 1, null);
            svg.text(LEFT - 8, yy + 4, "end", Palette.MUTED, null, yLabel.apply(v));
        }
        int xTicks = 6;
        for (int k = 0; k <= xTicks; k++) {
            long tt = t0 + (long) ((t1 - t0) * (k / (double) xTicks));
            double xx = LEFT + plotW * k / xTicks;
            svg.line(xx, TOP + plotH, xx, TOP + plotH + 4, Palette.AXIS, 1, null);
            svg.text(xx, HEIGHT - 10, k == 0 ? "start" : k == xTicks ? "end" : "middle", Palette.MUTED, null, Text.day(tt));
        }
        String line = Svg.polyline(xs, ys);
        double base = fromTop ? TOP + plotH * yMax / (yMax - yMin) : TOP + plotH;
        String area = line + "L" + Text.coord(xs[xs.length - 1]) + "," + Text.coord(base) + "L" + Text.coord(xs[0]) + "," + Text.coord(base) + "Z";
        svg.path(area, "none", 0, tint);
        svg.path(line, colour, 1.5, "none");
        svg.line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, Palette.AXIS, 1, null);
        if (fromTop) {
            int deepest = 0;
            for (int i = 1; i < y.length; i++) {
                if (y[i] < y[deepest]) {
                    deepest = i;
                }
            }
            if (y[deepest] < 0) {
                String anchor = xs[deepest] > LEFT + plotW * 0.8 ? "end" : "start";
                svg.rect(xs[deepest] - 2.5, ys[deepest] - 2.5, 5, 5, colour, null);
                svg.text(xs[deepest] + (anchor.equals("end") ? -6 : 6), ys[deepest] - 4, anchor, colour, "600",
                        "Max " + Text.pct(y[deepest], 1) + " (" + Text.day(t[deepest]) + ")");
            }
        }
        return svg.build();
    }

    static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
