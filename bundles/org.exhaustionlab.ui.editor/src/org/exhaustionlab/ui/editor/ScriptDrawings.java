package org.exhaustionlab.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.runtime.DrawingObject;
import org.exhaustionlab.pine.runtime.PlotColumn;
import org.exhaustionlab.pine.runtime.RunResult;
import org.exhaustionlab.ui.chart.ChartDrawings;
import org.exhaustionlab.ui.chart.Drawing;

/**
 * A run's drawings as the chart shows them: line.new/box.new/label.new objects still alive at the end of the run (the
 * newest {@code max_lines_count} / {@code max_boxes_count} / {@code max_labels_count} of each, 50 when the script
 * does not say, as on TradingView), x positions in bars (bar_time positions become fractional bar indexes), and the
 * bgcolor/barcolor columns as one colour per bar.
 */
final class ScriptDrawings {

    /** TradingView's default per-type limit when the declaration sets none. */
    static final int DEFAULT_MAX = 50;
    private static final int PINE_BLUE = 0xFF2962FF;

    private ScriptDrawings() {
    }

    static ChartDrawings of(RunResult result, BarSeries bars, String source) {
        List<Drawing> objects = new ArrayList<>();
        for (String type : List.of("line", "box", "label")) {
            List<DrawingObject> alive = new ArrayList<>();
            for (DrawingObject d : result.drawings()) {
                if (d.type().equals(type) && !d.deleted()) {
                    alive.add(d);
                }
            }
            int max = maxCount(source, type.equals("box") ? "boxes" : type + "s");
            for (DrawingObject d : alive.subList(Math.max(0, alive.size() - max), alive.size())) {
                Drawing drawing = convert(d, bars);
                if (drawing != null) {
                    objects.add(drawing);
                }
            }
        }
        int[] background = null;
        int[] barColors = null;
        for (PlotColumn column : result.plots()) {
            if (column.colors() == null || column.colors().length != bars.size()) {
                continue;
            }
            if (column.kind().equals("bgcolor")) {
                background = layer(background, column.colors());
            } else if (column.kind().equals("barcolor")) {
                barColors = layer(barColors, column.colors());
            }
        }
        return new ChartDrawings(objects, background, barColors);
    }

    /** The script's {@code max_<plural>_count = N} (clamped to 1..500), else {@link #DEFAULT_MAX}. */
    static int maxCount(String source, String plural) {
        if (source == null) {
            return DEFAULT_MAX;
        }
        Matcher m = Pattern.compile("max_" + plural + "_count\\s*=\\s*(\\d+)").matcher(source);
        return m.find() ? Math.max(1, Math.min(500, Integer.parseInt(m.group(1)))) : DEFAULT_MAX;
    }

    /** Later calls paint over earlier ones where they set a colour (na leaves the bar as it was). */
    private static int[] layer(int[] under, long[] colors) {
        int[] out = under == null ? new int[colors.length] : under;
        for (int i = 0; i < colors.length; i++) {
            if (colors[i] != Long.MIN_VALUE && ((colors[i] >>> 24) & 0xFF) != 0) {
                out[i] = (int) colors[i];
            }
        }
        return out;
    }

    private static Drawing convert(DrawingObject d, BarSeries bars) {
        Map<String, Object> p = d.properties();
        boolean byTime = String.valueOf(p.get("xloc")).endsWith("bar_time");
        Drawing.Extend extend = Drawing.Extend.of(string(p.get("extend")));
        switch (d.type()) {
            case "line":
                return Drawing.line(x(p.get("x1"), byTime, bars), num(p.get("y1")), x(p.get("x2"), byTime, bars),
                        num(p.get("y2")), extend, color(p.get("color"), PINE_BLUE), width(p.get("width")));
            case "box":
                return Drawing.box(x(p.get("left"), byTime, bars), num(p.get("top")), x(p.get("right"), byTime, bars),
                        num(p.get("bottom")), extend, color(p.get("border_color"), PINE_BLUE), color(p.get("bgcolor"), 0),
                        width(p.get("border_width")), string(p.get("text")), color(p.get("text_color"), 0xFF000000));
            case "label": {
                double y = num(p.get("y"));
                String yloc = string(p.get("yloc"));
                int bar = (int) Math.round(x(p.get("x"), byTime, bars));
                boolean inRange = bar >= 0 && bar < bars.size();
                if (yloc.endsWith("abovebar") && inRange) {
                    y = bars.high(bar);
                } else if (yloc.endsWith("belowbar") && inRange) {
                    y = bars.low(bar);
                }
                String style = string(p.get("style"));
                boolean above = yloc.endsWith("abovebar") || !(style.endsWith("label_up") || yloc.endsWith("belowbar"));
                return Drawing.label(x(p.get("x"), byTime, bars), y, string(p.get("text")),
                        color(p.get("color"), PINE_BLUE), color(p.get("textcolor"), 0xFFFFFFFF), above);
            }
            default:
                return null;
        }
    }

    /** A bar index, or a time turned into a (fractional) bar index; NaN when absent. */
    static double x(Object value, boolean byTime, BarSeries bars) {
        double v = num(value);
        if (!byTime || Double.isNaN(v) || bars.size() == 0) {
            return v;
        }
        long t = (long) v;
        int lo = 0;
        int hi = bars.size() - 1;
        if (t <= bars.time(0)) {
            return (t - bars.time(0)) / (double) bars.timeframe().durationMs();
        }
        if (t >= bars.time(hi)) {
            return hi + (t - bars.time(hi)) / (double) bars.timeframe().durationMs();
        }
        while (hi - lo > 1) { // the last bar opening at or before t
            int mid = (lo + hi) >>> 1;
            if (bars.time(mid) <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + (t - bars.time(lo)) / (double) (bars.time(lo + 1) - bars.time(lo));
    }

    private static double num(Object v) {
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String string(Object v) {
        return v == null ? "" : v.toString();
    }

    /** A Pine colour (0xAARRGGBB in a long) as ARGB; na or absent gives {@code fallback}. */
    private static int color(Object v, int fallback) {
        if (v instanceof Long c) {
            return c == Long.MIN_VALUE ? 0 : (int) (long) c;
        }
        return v == null ? fallback : 0;
    }

    private static int width(Object v) {
        return v instanceof Number n ? Math.max(1, n.intValue()) : 1;
    }
}
