package org.exhaustionlab.validation.report;

/**
 * A minimal streaming JSON writer: keys come out in the order they are written (so the output is stable), NaN and
 * infinities become {@code null}, doubles use Java's shortest round-trip form. Commas are inserted automatically.
 */
final class JsonOut {
    private final StringBuilder sb = new StringBuilder(64 * 1024);
    private boolean needComma;

    JsonOut beginObject() {
        comma();
        sb.append('{');
        needComma = false;
        return this;
    }

    JsonOut endObject() {
        sb.append('}');
        needComma = true;
        return this;
    }

    JsonOut beginArray() {
        comma();
        sb.append('[');
        needComma = false;
        return this;
    }

    JsonOut endArray() {
        sb.append(']');
        needComma = true;
        return this;
    }

    /** Writes a key; the next call writes its value. */
    JsonOut key(String name) {
        comma();
        string(name);
        sb.append(':');
        needComma = false;
        return this;
    }

    JsonOut value(double v) {
        comma();
        sb.append(Double.isFinite(v) ? numberText(v) : "null");
        needComma = true;
        return this;
    }

    JsonOut value(long v) {
        comma();
        sb.append(v);
        needComma = true;
        return this;
    }

    JsonOut value(boolean v) {
        comma();
        sb.append(v);
        needComma = true;
        return this;
    }

    JsonOut value(String v) {
        comma();
        if (v == null) {
            sb.append("null");
        } else {
            string(v);
        }
        needComma = true;
        return this;
    }

    JsonOut nullValue() {
        comma();
        sb.append("null");
        needComma = true;
        return this;
    }

    JsonOut field(String name, double v) {
        return key(name).value(v);
    }

    JsonOut field(String name, long v) {
        return key(name).value(v);
    }

    JsonOut field(String name, boolean v) {
        return key(name).value(v);
    }

    JsonOut field(String name, String v) {
        return key(name).value(v);
    }

    JsonOut array(String name, double[] values) {
        key(name).beginArray();
        for (double v : values) {
            value(v);
        }
        return endArray();
    }

    JsonOut array(String name, long[] values) {
        key(name).beginArray();
        for (long v : values) {
            value(v);
        }
        return endArray();
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private void comma() {
        if (needComma) {
            sb.append(',');
        }
    }

    /** Integral values without a fraction print as integers; everything else as Double.toString (valid JSON). */
    private static String numberText(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    // '<' escaped too, so the JSON can be embedded in an HTML page without closing a script tag
                    if (c < 0x20 || c == '<' || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
