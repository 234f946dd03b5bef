package org.exhaustionlab.pine.runtime.lib;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Number-to-text conversion of {@code str.tostring}. Patterns are Java DecimalFormat patterns ("#.##", "0.00",
 * "#,###.00", "+#;-#"), which is what TradingView's patterns are. Rounding is half-up on the value's shortest decimal
 * representation (TradingView, measured by PyneCore: str.tostring(2.675, "#.##") = "2.68").
 */
public final class NumberText {
    /** The pattern str.tostring(float) uses without a format: up to 10 fraction digits. */
    public static final String DEFAULT_PATTERN = "#.##########";
    /** Text of na (and of NaN) numbers. */
    public static final String NA_TEXT = "NaN";

    public static final String FORMAT_INHERIT = "inherit";
    public static final String FORMAT_PRICE = "price";
    public static final String FORMAT_VOLUME = "volume";
    public static final String FORMAT_PERCENT = "percent";
    public static final String FORMAT_MINTICK = "mintick";

    static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    private static final ThreadLocal<Map<String, DecimalFormat>> CACHE = ThreadLocal.withInitial(
            () -> new LinkedHashMap<String, DecimalFormat>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, DecimalFormat> eldest) {
                    return size() > 128;
                }
            });

    private NumberText() {
    }

    /** str.tostring(float): up to 10 decimals, trailing zeros dropped; na gives "NaN". */
    public static String of(double value) {
        return of(value, DEFAULT_PATTERN);
    }

    /** str.tostring(int). */
    public static String of(long value) {
        return value == Na.INT ? NA_TEXT : Long.toString(value);
    }

    /** str.tostring(value, pattern) with a DecimalFormat pattern; throws PineRuntimeError for a malformed one. */
    public static String of(double value, String pattern) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NA_TEXT;
        }
        return decimalFormat(pattern).format(digits(value));
    }

    /**
     * The decimal digits TradingView formats: the shortest representation of the double (Double.toString), with at most
     * 16 fraction digits while that representation is plain (|value| at least 1e-3); below that the digits are not capped
     * (PyneCore's measurements: 0.1 + 0.2 prints "0.3" with 20 optional decimals, 1e-17 prints all 17 decimals).
     */
    static BigDecimal digits(double value) {
        BigDecimal d = BigDecimal.valueOf(value);
        if (Math.abs(value) >= 1e-3 && d.scale() > 16) {
            d = d.setScale(16, RoundingMode.HALF_UP);
        }
        return d;
    }

    /**
     * The number str.format hands to DecimalFormat: the double itself (Java's DecimalFormat then rounds half-even with
     * ties decided on the exact value: 2.675 gives 2.67, 0.05 gives 0.1, as TradingView), except that a value of at
     * least 1e-3 whose shortest representation has more than 16 fraction digits is first cut to 16 (TradingView prints
     * 0.1 + 0.2 as "0.3" even with 20 optional decimals).
     */
    static Object formatArgument(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) < 1e-3
                || BigDecimal.valueOf(value).scale() <= 16) {
            return value;
        }
        return new BigDecimal(value).setScale(16, RoundingMode.HALF_EVEN);
    }

    /**
     * str.tostring(value, format.*): the format constants are the strings "inherit", "price", "volume", "percent",
     * "mintick"; anything else is a DecimalFormat pattern.
     *
     * @param mintick the symbol's minimum tick (for format.mintick)
     * @param precision the script's precision in decimals (format.inherit / format.price), na for the default
     */
    public static String of(double value, String format, double mintick, long precision) {
        if (format == null) {
            return of(value);
        }
        switch (format) {
            case FORMAT_MINTICK:
                if (Double.isNaN(value) || Double.isInfinite(value)) {
                    return NA_TEXT;
                }
                return of(PineMath.roundToMintick(value, mintick), "#." + "#".repeat(decimalsOf(mintick)));
            case FORMAT_PERCENT:
                // PyneCore's reading of TradingView: the value times 100, no decimals, then '%' (na prints "NaN%")
                if (Double.isNaN(value) || Double.isInfinite(value)) {
                    return NA_TEXT + "%";
                }
                return of(value * 100, "0") + "%";
            case FORMAT_VOLUME:
                return volume(value);
            case FORMAT_INHERIT:
            case FORMAT_PRICE:
                if (precision == Na.INT) {
                    return of(value);
                }
                return of(value, precision <= 0 ? "#" : "#." + "#".repeat((int) Math.min(precision, 16)));
            default:
                return of(value, format);
        }
    }

    /** Number of decimals of a tick size (0.00001 -> 5, 0.25 -> 2, 1 -> 0). */
    static int decimalsOf(double mintick) {
        if (Double.isNaN(mintick) || mintick <= 0) {
            return 0;
        }
        return Math.max(0, BigDecimal.valueOf(mintick).stripTrailingZeros().scale());
    }

    /** format.volume: K / M / B / T suffixes with two decimals (PyneCore's rule; TradingView's is not documented). */
    static String volume(double value) {
        if (Double.isNaN(value)) {
            return NA_TEXT;
        }
        double a = Math.abs(value);
        String[] suffixes = {"T", "B", "M", "K"};
        double[] scales = {1e12, 1e9, 1e6, 1e3};
        for (int i = 0; i < scales.length; i++) {
            if (a >= scales[i]) {
                return of(value / scales[i], "0.00") + suffixes[i];
            }
        }
        return of(value, "0");
    }

    static DecimalFormat decimalFormat(String pattern) {
        Map<String, DecimalFormat> cache = CACHE.get();
        DecimalFormat format = cache.get(pattern);
        if (format == null) {
            try {
                format = new DecimalFormat(pattern, SYMBOLS);
            } catch (IllegalArgumentException e) {
                throw new PineRuntimeError("str.tostring: invalid number format \"" + pattern + "\"");
            }
            format.setRoundingMode(RoundingMode.HALF_UP);
            cache.put(pattern, format);
        }
        return format;
    }
}
