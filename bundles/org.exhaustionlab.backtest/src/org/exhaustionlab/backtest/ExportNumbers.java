package org.exhaustionlab.backtest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting of TradingView's trade-list export as found in the conformance files: shortest decimal form,
 * no trailing ".0", scientific notation below 1e-4 ("3e-05"); money rounded to 2 decimals unless that gives 0 (see
 * {@link #money}); percents rounded to 2 decimals.
 */
final class ExportNumbers {
    private ExportNumbers() {
    }

    /** A price or quantity as written: 1.1295, 1, 0.5, 3e-05. */
    static String plain(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = BigDecimal.valueOf(x).stripTrailingZeros();
        if (Math.abs(x) >= 1e-4) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        int exponent = d.precision() - d.scale() - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%02d", Math.abs(exponent));
        return (x < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    /**
     * Money: 2 decimals, or the fewest decimals (3, 4, ...) at which the rounded value is not 0, so 0.0005 shows
     * 0.001 and 0.00046 shows 0.0005. Rounding is JavaScript's {@code Math.round(v * 10^d) / 10^d} on the value
     * cleaned of binary noise (nearest double to it at 10 decimals): halves go towards +infinity (-0.0035 shows
     * -0.003, 0.0035 shows 0.004) except where the multiplication lands just below the half (0.00015 × 10^4 =
     * 1.4999999999999998 shows 0.0001). Derived from, and checked against, every value of the conformance exports.
     */
    static String money(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return plain(x);
        }
        double clean = clean(x);
        for (int decimals = 2; decimals <= 10; decimals++) {
            double r = jsRound(clean, decimals);
            if (r != 0) {
                return plain(r);
            }
        }
        return "0";
    }

    /** Percent: 2 decimals, rounded like {@link #money}. */
    static String percent(double x) {
        if (Double.isNaN(x)) {
            return plain(x);
        }
        double r = jsRound(clean(x), 2);
        return plain(r == 0 ? 0 : r);
    }

    private static double clean(double x) {
        return new BigDecimal(x).setScale(10, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static double jsRound(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.floor(v * scale + 0.5) / scale;
    }
}
