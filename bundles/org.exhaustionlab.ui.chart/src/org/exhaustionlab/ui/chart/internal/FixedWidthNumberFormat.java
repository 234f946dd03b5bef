package org.exhaustionlab.ui.chart.internal;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Locale;

/** Value-axis labels padded to a fixed number of characters (with a monospace font: a fixed pixel width). */
final class FixedWidthNumberFormat extends Format {

    private static final long serialVersionUID = 1L;
    private final int width;

    FixedWidthNumberFormat(int width) {
        this.width = width;
    }

    @Override
    public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
        double v = ((Number) obj).doubleValue();
        double a = Math.abs(v);
        String text;
        if (a >= 1e6) {
            text = String.format(Locale.ROOT, "%.2fM", v / 1e6);
        } else if (a >= 1000) {
            text = String.format(Locale.ROOT, "%.1f", v);
        } else if (a >= 1 || a == 0) {
            text = String.format(Locale.ROOT, "%.2f", v);
        } else {
            text = String.format(Locale.ROOT, "%.5f", v);
        }
        for (int i = text.length(); i < width; i++) {
            toAppendTo.append(' ');
        }
        return toAppendTo.append(text);
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        return null;
    }
}
