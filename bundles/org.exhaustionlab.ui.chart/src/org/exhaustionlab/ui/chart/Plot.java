package org.exhaustionlab.ui.chart;

/**
 * One plotted series: a value per bar ({@code NaN} = nothing drawn) and optionally a colour per bar (ARGB, 0 = use
 * {@link #color}).
 */
public record Plot(String title, double[] values, int color, int[] colors, Style style) {

    public enum Style {
        LINE, HISTOGRAM, COLUMNS, CIRCLES
    }

    public static Plot line(String title, double[] values, int color) {
        return new Plot(title, values, color, null, Style.LINE);
    }

    public static Plot histogram(String title, double[] values, int[] colors) {
        return new Plot(title, values, 0xFF808080, colors, Style.HISTOGRAM);
    }

    /** The colour of bar {@code i}. */
    public int colorAt(int i) {
        if (colors != null && colors[i] != 0) {
            return colors[i];
        }
        return color;
    }

    /** This plot with {@code extra} NaN values (and colours 0) appended, for a bar that opened live. */
    Plot grownBy(int extra) {
        double[] v = java.util.Arrays.copyOf(values, values.length + extra);
        java.util.Arrays.fill(v, values.length, v.length, Double.NaN);
        int[] c = colors == null ? null : java.util.Arrays.copyOf(colors, colors.length + extra);
        return new Plot(title, v, color, c, style);
    }

    void requireLength(int bars) {
        if (values.length != bars || (colors != null && colors.length != bars)) {
            throw new IllegalArgumentException("plot '" + title + "' has " + values.length + " values for " + bars
                    + " bars");
        }
    }
}
