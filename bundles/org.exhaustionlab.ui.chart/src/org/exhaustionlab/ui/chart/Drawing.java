package org.exhaustionlab.ui.chart;

/**
 * A script's drawing on the price pane (Pine's line.new / box.new / label.new), positions in bar indexes (fractional
 * for a time between two bars) and prices. Colours are ARGB with a meaningful alpha (0 = not drawn).
 *
 * @param kind      what it is
 * @param x1        line start / box left / label position, in bars
 * @param y1        line start / box top / label price
 * @param x2        line end / box right (= x1 for a label)
 * @param y2        line end / box bottom (= y1 for a label)
 * @param extend    a line continued beyond its points, a box beyond its sides
 * @param color     line colour, box border, label background
 * @param fill      box background (0 for lines and labels)
 * @param text      label or box text ("" when none)
 * @param textColor colour of the text
 * @param width     line or border width in pixels
 * @param above     for a label: its box sits above the point (Pine's default label.style_label_down), else below
 */
public record Drawing(Kind kind, double x1, double y1, double x2, double y2, Extend extend, int color, int fill,
        String text, int textColor, int width, boolean above) {

    public enum Kind {
        LINE, BOX, LABEL
    }

    public enum Extend {
        NONE, LEFT, RIGHT, BOTH;

        /** Pine's extend.none/left/right/both (with or without the "extend." prefix); unknown means none. */
        public static Extend of(String pine) {
            String s = pine == null ? "" : pine.substring(pine.lastIndexOf('.') + 1);
            return switch (s) {
                case "left" -> LEFT;
                case "right" -> RIGHT;
                case "both" -> BOTH;
                default -> NONE;
            };
        }

        public boolean left() {
            return this == LEFT || this == BOTH;
        }

        public boolean right() {
            return this == RIGHT || this == BOTH;
        }
    }

    public Drawing {
        text = text == null ? "" : text;
        width = Math.max(1, width);
    }

    public static Drawing line(double x1, double y1, double x2, double y2, Extend extend, int color, int width) {
        return new Drawing(Kind.LINE, x1, y1, x2, y2, extend, color, 0, "", 0, width, false);
    }

    public static Drawing box(double left, double top, double right, double bottom, Extend extend, int border,
            int fill, int width, String text, int textColor) {
        return new Drawing(Kind.BOX, left, top, right, bottom, extend, border, fill, text, textColor, width, false);
    }

    public static Drawing label(double x, double y, String text, int color, int textColor, boolean above) {
        return new Drawing(Kind.LABEL, x, y, x, y, Extend.NONE, color, 0, text, textColor, 1, above);
    }

    /** The leftmost and rightmost bar it covers (infinite when extended that way): to skip it when off screen. */
    double minX() {
        return extend.left() && kind != Kind.LABEL ? Double.NEGATIVE_INFINITY : Math.min(x1, x2);
    }

    double maxX() {
        return extend.right() && kind != Kind.LABEL ? Double.POSITIVE_INFINITY : Math.max(x1, x2);
    }

    /** True when it reaches into the bars [from, to) (labels get a few bars of slack for their text). */
    public boolean visibleIn(int from, int to) {
        double slack = kind == Kind.LABEL ? 20 : 0.5;
        return maxX() >= from - slack && minX() <= to - 1 + slack;
    }
}
