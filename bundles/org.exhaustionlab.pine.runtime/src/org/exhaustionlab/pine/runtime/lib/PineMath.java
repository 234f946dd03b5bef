package org.exhaustionlab.pine.runtime.lib;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Pine's {@code math.*} functions. Every function returns na when an argument is na; float results that would be
 * infinite or NaN are na (Pine has no infinities). {@code math.sum} is stateful and is
 * {@link org.exhaustionlab.pine.runtime.ta.RollingSum} (same semantics); {@code math.random} is {@link PineRandom}.
 */
public final class PineMath {
    public static final double PI = Math.PI;
    public static final double E = Math.E;
    /** The golden ratio (1 + sqrt 5) / 2. */
    public static final double PHI = 1.618033988749895;
    /** 1 / phi = phi - 1. */
    public static final double RPHI = 0.6180339887498948;

    private PineMath() {
    }

    public static double abs(double x) {
        return Math.abs(x);
    }

    public static long abs(long x) {
        return x == Na.INT ? Na.INT : Math.abs(x);
    }

    public static double sign(double x) {
        return Double.isNaN(x) ? Double.NaN : Math.signum(x) + 0.0;
    }

    public static double sqrt(double x) {
        return Math.sqrt(x);
    }

    public static double exp(double x) {
        return Na.finite(Math.exp(x));
    }

    public static double log(double x) {
        return Na.finite(Math.log(x));
    }

    public static double log10(double x) {
        return Na.finite(Math.log10(x));
    }

    public static double pow(double base, double exponent) {
        return Na.finite(Math.pow(base, exponent));
    }

    public static double sin(double x) {
        return Math.sin(x);
    }

    public static double cos(double x) {
        return Math.cos(x);
    }

    public static double tan(double x) {
        return Na.finite(Math.tan(x));
    }

    /** na outside [-1, 1] (Math.asin's NaN). */
    public static double asin(double x) {
        return Math.asin(x);
    }

    public static double acos(double x) {
        return Math.acos(x);
    }

    public static double atan(double x) {
        return Math.atan(x);
    }

    public static double todegrees(double radians) {
        return Math.toDegrees(radians);
    }

    public static double toradians(double degrees) {
        return Math.toRadians(degrees);
    }

    public static long ceil(double x) {
        return Na.toInt(Math.ceil(x));
    }

    public static long floor(double x) {
        return Na.toInt(Math.floor(x));
    }

    /** math.round(x): nearest integer, ties away from zero (TradingView: round(2.5) = 3, round(-2.5) = -3). */
    public static long round(double x) {
        return Na.toInt(roundHalfAwayFromZero(x));
    }

    static double roundHalfAwayFromZero(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        double a = Math.abs(x);
        double f = Math.floor(a);
        double r = a - f >= 0.5 ? f + 1 : f; // a - floor(a) is exact, so the tie test is exact
        return Math.copySign(r, x) + 0.0;
    }

    /**
     * math.round(x, precision): rounds the DECIMAL value the double prints as (its shortest representation), ties away
     * from zero, so round(2.675, 2) = 2.68 (TradingView, measured by PyneCore) although the double is 2.67499999...
     * An na precision rounds to an integer.
     */
    public static double round(double x, long precision) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (precision == Na.INT || precision == 0) {
            return roundHalfAwayFromZero(x);
        }
        int scale = (int) Math.max(-400, Math.min(400, precision));
        return BigDecimal.valueOf(x).setScale(scale, RoundingMode.HALF_UP).doubleValue() + 0.0;
    }

    /**
     * math.round_to_mintick: the nearest multiple of mintick, ties up (TradingView's reference: "with ties rounding
     * up"). Computed as k / pricescale when 1 / mintick is a whole number so the result is the closest double.
     */
    public static double roundToMintick(double x, double mintick) {
        if (Double.isNaN(x) || Double.isNaN(mintick) || mintick <= 0) {
            return Double.NaN;
        }
        double k = Math.floor(x / mintick + 0.5);
        double scale = 1.0 / mintick;
        double whole = Math.rint(scale);
        if (whole >= 1 && Math.abs(scale - whole) < 1e-9 * whole) {
            return k / whole + 0.0;
        }
        return k * mintick + 0.0;
    }

    public static double max(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
    }

    public static double max(double... values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            m = Math.max(m, v);
        }
        return values.length == 0 ? Double.NaN : m;
    }

    public static long max(long a, long b) {
        return a == Na.INT || b == Na.INT ? Na.INT : Math.max(a, b);
    }

    public static long max(long... values) {
        long m = Long.MIN_VALUE;
        for (long v : values) {
            if (v == Na.INT) {
                return Na.INT;
            }
            m = Math.max(m, v);
        }
        return m;
    }

    public static double min(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b);
    }

    public static double min(double... values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            m = Math.min(m, v);
        }
        return values.length == 0 ? Double.NaN : m;
    }

    public static long min(long a, long b) {
        return a == Na.INT || b == Na.INT ? Na.INT : Math.min(a, b);
    }

    public static long min(long... values) {
        long m = Long.MAX_VALUE;
        for (long v : values) {
            if (v == Na.INT) {
                return Na.INT;
            }
            m = Math.min(m, v);
        }
        return values.length == 0 ? Na.INT : m;
    }

    /** math.avg: arithmetic mean, na if any argument is na. */
    public static double avg(double... values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
