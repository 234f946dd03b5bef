package org.exhaustionlab.validation.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Escaping and number / date formatting shared by the writers (locale-independent). */
final class Text {
    static final String NOT_AVAILABLE = "n/a";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Text() {
    }

    /** Escapes text for HTML/XML element content and attribute values; null becomes "". */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters even as references: drop them
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A fraction as percent, e.g. pct(0.1234, 1) = "12.3 %"; NaN → "n/a". */
    static String pct(double fraction, int decimals) {
        if (!Double.isFinite(fraction)) {
            return NOT_AVAILABLE;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f %%", fraction * 100);
    }

    /** Signed percent, e.g. "+3.2 %". */
    static String signedPct(double fraction, int decimals) {
        if (!Double.isFinite(fraction)) {
            return NOT_AVAILABLE;
        }
        return String.format(Locale.ROOT, "%+." + decimals + "f %%", fraction * 100);
    }

    static String num(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return NOT_AVAILABLE;
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** A coordinate for SVG: one decimal, no grouping. */
    static String coord(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String day(long epochMillis) {
        return DAY.format(Instant.ofEpochMilli(epochMillis));
    }

    static String month(long epochMillis) {
        return MONTH.format(Instant.ofEpochMilli(epochMillis));
    }

    static String minute(Instant t) {
        return MINUTE.format(t);
    }
}
