package org.exhaustionlab.pine.runtime.lib;

import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * {@code str.format(pattern, args...)}: Java MessageFormat in the US locale, which is what TradingView's documented
 * outputs are ("{0,number,currency}" of 1340000 = "$1,340,000.00", "{0,number,percent}" of 0.5 = "50%", an index with
 * no argument is echoed as "{5}", quotes escape braces).
 *
 * <p>Argument conversion: a float is a {@link Double} (na = NaN prints "NaN"), an int a {@link Long} (na =
 * {@link Na#INT} prints "NaN"), a bool a {@link Boolean} ("true"/"false"), an na string ({@code null}) prints "NaN",
 * arrays print as "[a, b]". An int argument of a {@code date}/{@code time} placeholder is UNIX ms, shown in the given
 * time zone.
 */
public final class StrFormat {
    private static final ThreadLocal<Map<String, MessageFormat>> CACHE = ThreadLocal.withInitial(
            () -> new LinkedHashMap<String, MessageFormat>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, MessageFormat> eldest) {
                    return size() > 128;
                }
            });

    private StrFormat() {
    }

    public static String format(String pattern, Object... args) {
        return formatIn("UTC", pattern, args);
    }

    /** @param timezone the zone of {0,date,...} / {0,time,...} placeholders (syminfo.timezone) */
    public static String formatIn(String timezone, String pattern, Object... args) {
        if (pattern == null) {
            return null;
        }
        MessageFormat mf = messageFormat(pattern);
        Format[] formats = mf.getFormatsByArgumentIndex();
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Format f = i < formats.length ? formats[i] : null;
            values[i] = convert(args[i], f, timezone);
        }
        try {
            return mf.format(values);
        } catch (IllegalArgumentException e) {
            throw new PineRuntimeError("str.format: cannot format the arguments with \"" + pattern + "\": " + e.getMessage());
        }
    }

    private static Object convert(Object arg, Format format, String timezone) {
        if (format instanceof DateFormat) {
            long ms = arg instanceof Number ? ((Number) arg).longValue() : Na.INT;
            if (ms == Na.INT || arg instanceof Double && Double.isNaN((Double) arg)) {
                return NumberText.NA_TEXT;
            }
            ((DateFormat) format).setTimeZone(TimeZone.getTimeZone(PineTime.zone(timezone)));
            return new Date(ms);
        }
        if (arg == null) {
            return format == null ? NumberText.NA_TEXT : Double.NaN;
        }
        if (arg instanceof Long) {
            long v = (Long) arg;
            return v == Na.INT ? (Object) Double.NaN : arg;
        }
        if (arg instanceof Double) {
            return NumberText.formatArgument((Double) arg);
        }
        if (arg instanceof String) {
            return arg;
        }
        if (arg instanceof Boolean) {
            return arg.toString();
        }
        if (arg instanceof PineArray) {
            return ((PineArray) arg).toPineString();
        }
        return String.valueOf(arg);
    }

    private static MessageFormat messageFormat(String pattern) {
        Map<String, MessageFormat> cache = CACHE.get();
        MessageFormat mf = cache.get(pattern);
        if (mf == null) {
            try {
                mf = new MessageFormat(pattern, Locale.US);
            } catch (IllegalArgumentException e) {
                throw new PineRuntimeError("str.format: invalid format string \"" + pattern + "\": " + e.getMessage());
            }
            cache.put(pattern, mf);
        }
        return mf;
    }
}
