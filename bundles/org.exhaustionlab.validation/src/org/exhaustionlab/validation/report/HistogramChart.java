package org.exhaustionlab.validation.report;

import java.util.List;

import org.exhaustionlab.validation.Distribution;

/** A histogram of a Monte Carlo distribution with dashed markers at the 5th, 50th and 95th percentiles. */
final class HistogramChart {
    static final int WIDTH = 440;
    static final int HEIGHT = 230;
    private static final int BINS = 30;
    private static final int LEFT = 40;
    private static final int RIGHT = 14;
    private static final int TOP = 36;
    private static final int BOTTOM = 30;

    private HistogramChart() {
    }

    /** Values are fractions, labelled as percent. */
    static String draw(String title, Distribution d, String colour) {
        Svg svg = new Svg(WIDTH, HEIGHT, title);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double lo = d.min();
        double hi = d.max();
        if (!(hi > lo)) {
            double pad = Math.max(Math.abs(lo) * 0.01, 1e-4);
            lo -= pad;
            hi += pad;
        }
        int[] counts = histogram(d.sortedValues(), lo, hi);
        int peak = 1;
        for (int c : counts) {
            peak = Math.max(peak, c);
        }
        double barW = plotW / BINS;
        for (int b = 0; b < BINS; b++) {
            double h = plotH * counts[b] / peak;
            double from = lo + (hi - lo) * b / BINS;
            double to = lo + (hi - lo) * (b + 1) / BINS;
            svg.rect(LEFT + b * barW + 0.5, TOP + plotH - h, barW - 1, h, colour,
                    Text.pct(from, 1) + " to " + Text.pct(to, 1) + ": " + counts[b] + " runs");
        }
        svg.line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, Palette.AXIS, 1, null);
        List<Double> ticks = Svg.niceTicks(lo, hi, 5);
        for (double v : ticks) {
            double x = LEFT + plotW * (v - lo) / (hi - lo);
            if (x < LEFT - 0.5 || x > LEFT + plotW + 0.5) {
                continue;
            }
            svg.line(x, TOP + plotH, x, TOP + plotH + 4, Palette.AXIS, 1, null);
            svg.text(x, HEIGHT - 12, "middle", Palette.MUTED, null, Text.pct(v, hi - lo < 0.05 ? 1 : 0));
        }
        double[] ps = {5, 50, 95};
        String[] anchors = {"end", "middle", "start"};
        double[] nudge = {-3, 0, 3};
        for (int k = 0; k < ps.length; k++) {
            double v = d.percentile(ps[k]);
            double x = LEFT + plotW * (v - lo) / (hi - lo);
            svg.line(x, TOP - 4, x, TOP + plotH, Palette.INK, 1.2, "4 3");
            // P5 left of its line, P95 right of it, P50 one row higher: close percentiles do not overlap
            svg.text(x + nudge[k], TOP - 8 - (k == 1 ? 12 : 0), anchors[k], Palette.INK, "600", "P" + (int) ps[k] + " " + Text.pct(v, 1));
        }
        return svg.build();
    }

    private static int[] histogram(double[] values, double lo, double hi) {
        int[] counts = new int[BINS];
        for (double v : values) {
            int b = (int) ((v - lo) / (hi - lo) * BINS);
            counts[Math.max(0, Math.min(BINS - 1, b))]++;
        }
        return counts;
    }
}
