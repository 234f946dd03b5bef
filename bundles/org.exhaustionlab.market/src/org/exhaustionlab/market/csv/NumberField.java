package org.exhaustionlab.market.csv;

import java.math.BigDecimal;

/**
 * Parses decimal numbers straight from a line's characters. Plain decimals with at most 15 significant digits (all
 * prices and volumes in practice) take a fast path: integer mantissa divided by an exact power of ten, a single
 * correctly rounded operation, so the result is identical to {@link Double#parseDouble}. Anything else (exponents,
 * long mantissas) falls back to {@link Double#parseDouble}.
 * <p>
 * Also records how many decimals the last number had, from which the importer infers the tick size.
 */
final class NumberField {

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long EXACT_MANTISSA = 1L << 53;

    /** Decimals of the last parsed number without trailing zeros ("1.50" → 1); -1 if unknown. */
    int decimals;

    /** The number in {@code s[from, to)}, or {@code NaN} if the text is not a number. Surrounding blanks are ok. */
    double parse(String s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        int i = from;
        boolean negative = false;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int fraction = 0;
        int trailingZeros = 0;
        boolean dot = false;
        boolean digits = false;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
                if (mantissa != 0 || c != '0') {
                    if (++significant > 15) {
                        return slow(s, from, to);
                    }
                }
                mantissa = mantissa * 10 + (c - '0');
                if (dot) {
                    fraction++;
                    trailingZeros = c == '0' ? trailingZeros + 1 : 0;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slow(s, from, to);
            }
        }
        if (!digits || fraction >= POW10.length || mantissa >= EXACT_MANTISSA) {
            return digits ? slow(s, from, to) : Double.NaN;
        }
        decimals = fraction - trailingZeros;
        double value = mantissa / POW10[fraction];
        return negative ? -value : value;
    }

    private double slow(String s, int from, int to) {
        String text = s.substring(from, to);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Double.parseDouble also takes "1.5d", "0x1p3" and "NaN": refuse all but plain/exponent decimals here
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            double value = Double.parseDouble(text);
            decimals = hasExponent(text) ? Math.max(0, new BigDecimal(text).stripTrailingZeros().scale())
                    : decimalsOf(text); // a long mantissa: the caller then looks for a coarser grid
            return value;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean hasExponent(String text) {
        return text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
    }

    private static int decimalsOf(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? 0 : text.length() - dot - 1;
    }
}
