package org.exhaustionlab.validation.report;

import static org.exhaustionlab.validation.report.Text.coord;
import static org.exhaustionlab.validation.report.Text.esc;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny SVG writer: just the elements the report's charts need, every attribute escaped. The output is a
 * well-formed XML fragment without a namespace declaration (inline SVG in HTML does not need one, and the report
 * must not contain any network address).
 */
final class Svg {
    static final String FONT = "font-family=\"system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif\"";
    private final StringBuilder sb = new StringBuilder(8192);
    private final int width;
    private final int height;

    Svg(int width, int height, String title) {
        this.width = width;
        this.height = height;
        sb.append("<svg viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"100%\" role=\"img\" ")
                .append("preserveAspectRatio=\"xMidYMid meet\" ").append(FONT).append(" font-size=\"11\">");
        sb.append("<title>").append(esc(title)).append("</title>");
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
        sb.append("<line x1=\"").append(coord(x1)).append("\" y1=\"").append(coord(y1)).append("\" x2=\"").append(coord(x2))
                .append("\" y2=\"").append(coord(y2)).append("\" stroke=\"").append(esc(stroke)).append("\" stroke-width=\"")
                .append(coord(strokeWidth)).append('"');
        if (dash != null) {
            sb.append(" stroke-dasharray=\"").append(esc(dash)).append('"');
        }
        sb.append("/>");
        return this;
    }

    /** A rectangle with an optional tooltip (SVG title child). */
    Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        sb.append("<rect x=\"").append(coord(x)).append("\" y=\"").append(coord(y)).append("\" width=\"").append(coord(Math.max(0, w)))
                .append("\" height=\"").append(coord(Math.max(0, h))).append("\" fill=\"").append(esc(fill)).append('"');
        if (tooltip == null) {
            sb.append("/>");
        } else {
            sb.append("><title>").append(esc(tooltip)).append("</title></rect>");
        }
        return this;
    }

    /** Text; anchor is start, middle or end. */
    Svg text(double x, double y, String anchor, String fill, String weight, String content) {
        sb.append("<text x=\"").append(coord(x)).append("\" y=\"").append(coord(y)).append("\" text-anchor=\"").append(esc(anchor))
                .append("\" fill=\"").append(esc(fill)).append('"');
        if (weight != null) {
            sb.append(" font-weight=\"").append(esc(weight)).append('"');
        }
        sb.append('>').append(esc(content)).append("</text>");
        return this;
    }

    Svg path(String d, String stroke, double strokeWidth, String fill) {
        sb.append("<path d=\"").append(esc(d)).append("\" stroke=\"").append(esc(stroke)).append("\" stroke-width=\"")
                .append(coord(strokeWidth)).append("\" fill=\"").append(esc(fill)).append("\" stroke-linejoin=\"round\"/>");
        return this;
    }

    /** Path data of a polyline through the points. */
    static String polyline(double[] xs, double[] ys) {
        StringBuilder d = new StringBuilder(xs.length * 14);
        for (int i = 0; i < xs.length; i++) {
            d.append(i == 0 ? 'M' : 'L').append(coord(xs[i])).append(',').append(coord(ys[i]));
        }
        return d.toString();
    }

    String build() {
        return sb + "</svg>";
    }

    /**
     * "Nice" tick values (1, 2 or 5 × 10^k steps) covering [min, max] with about {@code target} ticks.
     */
    static List<Double> niceTicks(double min, double max, int target) {
        if (!(max > min)) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.01;
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / magnitude;
        double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * magnitude;
        List<Double> ticks = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return ticks;
    }
}
