package org.exhaustionlab.pine.runtime.lib;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Pine's {@code str.*} functions (str.format is {@link StrFormat}, number text is {@link NumberText}). An na string
 * is {@code null}; a string function given an na source returns na (or false / na int as its type requires).
 */
public final class PineStr {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private PineStr() {
    }

    public static String tostring(double value) {
        return NumberText.of(value);
    }

    public static String tostring(long value) {
        return NumberText.of(value);
    }

    public static String tostring(boolean value) {
        return value ? "true" : "false";
    }

    /** str.tostring(string) is the string itself; an na string prints "NaN". */
    public static String tostring(String value) {
        return value == null ? NumberText.NA_TEXT : value;
    }

    /** str.tostring(array): "[1, 2.5, NaN]"; an na array prints "NaN". */
    public static String tostring(PineArray value) {
        return value == null ? NumberText.NA_TEXT : value.toPineString();
    }

    /** str.tostring(matrix): one bracketed line per row. */
    public static String tostring(FloatMatrix value) {
        return value == null ? NumberText.NA_TEXT : value.toString();
    }

    /** str.tostring(value, format) for a DecimalFormat pattern or a format.* constant. */
    public static String tostring(double value, String format, double mintick, long precision) {
        return NumberText.of(value, format, mintick, precision);
    }

    /** str.tonumber: a decimal number (optional sign, fraction, exponent, surrounding spaces), else na. */
    public static double tonumber(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            return Double.NaN;
        }
        return Na.finite(Double.parseDouble(t));
    }

    public static long length(String s) {
        return s == null ? Na.INT : s.length();
    }

    public static boolean contains(String source, String str) {
        return source != null && str != null && source.contains(str);
    }

    public static boolean startswith(String source, String str) {
        return source != null && str != null && source.startsWith(str);
    }

    public static boolean endswith(String source, String str) {
        return source != null && str != null && source.endsWith(str);
    }

    /** Index of the first occurrence, na when absent. */
    public static long pos(String source, String str) {
        if (source == null || str == null) {
            return Na.INT;
        }
        int i = source.indexOf(str);
        return i < 0 ? Na.INT : i;
    }

    public static String substring(String source, long begin) {
        return substring(source, begin, Na.INT);
    }

    /** An na begin is 0 and an na end is the length (PyneCore's TradingView measurement). */
    public static String substring(String source, long begin, long end) {
        if (source == null) {
            return null;
        }
        long b = begin == Na.INT ? 0 : begin;
        long e = end == Na.INT ? source.length() : end;
        if (b < 0 || e > source.length() || b > e) {
            throw new PineRuntimeError("str.substring: positions " + b + ".." + e + " are outside the string of length "
                    + source.length());
        }
        return source.substring((int) b, (int) e);
    }

    /**
     * Replaces the occurrence-th (0-based) match of target. Occurrences are found by an overlapping scan and an empty
     * target inserts at character position occurrence (PyneCore's TradingView measurements); an na occurrence is 0.
     */
    public static String replace(String source, String target, String replacement, long occurrence) {
        if (source == null || target == null) {
            return null;
        }
        String with = replacement == null ? "" : replacement;
        long n = occurrence == Na.INT ? 0 : occurrence;
        if (n < 0) {
            return source;
        }
        int index;
        if (target.isEmpty()) {
            index = (int) Math.min(n, source.length());
        } else {
            index = -1;
            for (long i = 0; i <= n; i++) {
                index = source.indexOf(target, index + 1);
                if (index < 0) {
                    return source;
                }
            }
        }
        return source.substring(0, index) + with + source.substring(index + target.length());
    }

    public static String replaceAll(String source, String target, String replacement) {
        if (source == null || target == null) {
            return null;
        }
        return source.replace(target, replacement == null ? "" : replacement);
    }

    public static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    public static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    public static String trim(String s) {
        return s == null ? null : s.strip();
    }

    /**
     * source repeated, joined by separator. A count of 0 or less gives na (PyneCore's reading of TradingView), an na
     * separator is "".
     */
    public static String repeat(String source, long count, String separator) {
        if (source == null || count == Na.INT || count <= 0) {
            return null;
        }
        String sep = separator == null ? "" : separator;
        long total = count * source.length() + (count - 1) * sep.length();
        if (total > 40_960) {
            throw new PineRuntimeError("str.repeat: the result would be " + total + " characters long; the limit is 40960");
        }
        StringBuilder sb = new StringBuilder((int) total);
        for (long i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(source);
        }
        return sb.toString();
    }

    /**
     * Literal split keeping empty parts ("a,,b," gives 4 parts); an empty separator splits into characters and an empty
     * string gives one empty part.
     */
    public static StringArray split(String string, String separator) {
        StringArray out = new StringArray();
        if (string == null) {
            return out;
        }
        if (separator == null || separator.isEmpty()) {
            if (string.isEmpty()) {
                out.push("");
            }
            for (int i = 0; i < string.length(); i++) {
                out.push(String.valueOf(string.charAt(i)));
            }
            return out;
        }
        int start = 0;
        while (true) {
            int i = string.indexOf(separator, start);
            if (i < 0) {
                out.push(string.substring(start));
                return out;
            }
            out.push(string.substring(start, i));
            start = i + separator.length();
        }
    }

    /** The first substring matching the (Java-syntax) regex, "" when none; na source gives na. */
    public static String match(String source, String regex) {
        if (source == null || regex == null) {
            return null;
        }
        Pattern p;
        try {
            p = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new PineRuntimeError("str.match: invalid regular expression \"" + regex + "\": " + e.getDescription());
        }
        Matcher m = p.matcher(source);
        return m.find() ? m.group() : "";
    }

    /** The default pattern of str.format_time. */
    public static final String DEFAULT_TIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ssZ";

    /**
     * str.format_time: Java SimpleDateFormat patterns (what TradingView documents), in a time zone given as an IANA name
     * or a "UTC+3" / "GMT-05:30" offset. na time gives na.
     */
    public static String formatTime(long time, String format, String timezone) {
        if (time == Na.INT) {
            return null;
        }
        SimpleDateFormat f;
        try {
            f = new SimpleDateFormat(format == null ? DEFAULT_TIME_FORMAT : format, Locale.US);
        } catch (IllegalArgumentException e) {
            throw new PineRuntimeError("str.format_time: invalid date format \"" + format + "\"");
        }
        f.setTimeZone(TimeZone.getTimeZone(PineTime.zone(timezone)));
        return f.format(new Date(time));
    }

    /** A list of the parts, for callers that do not need a Pine array. */
    static List<String> parts(StringArray array) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            list.add(array.get(i));
        }
        return list;
    }
}
