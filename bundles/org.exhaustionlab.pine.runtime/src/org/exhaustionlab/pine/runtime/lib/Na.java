package org.exhaustionlab.pine.runtime.lib;

/** The na representations and Pine's {@code na()}, {@code nz()} helpers for every primitive representation. */
public final class Na {
    /** na of an int (and of a colour, which is also carried in a long). */
    public static final long INT = Long.MIN_VALUE;
    /** na of a colour. */
    public static final long COLOR = Long.MIN_VALUE;
    /** na of a float. */
    public static final double FLOAT = Double.NaN;

    private Na() {
    }

    public static boolean isNa(double value) {
        return Double.isNaN(value);
    }

    public static boolean isNa(long value) {
        return value == INT;
    }

    public static boolean isNa(Object value) {
        return value == null;
    }

    public static double nz(double value) {
        return Double.isNaN(value) ? 0.0 : value;
    }

    public static double nz(double value, double replacement) {
        return Double.isNaN(value) ? replacement : value;
    }

    public static long nz(long value) {
        return value == INT ? 0L : value;
    }

    /** nz for ints and colours (for colours the catalog's default replacement is na, so pass {@link #COLOR}). */
    public static long nz(long value, long replacement) {
        return value == INT ? replacement : value;
    }

    public static <T> T nz(T value, T replacement) {
        return value == null ? replacement : value;
    }

    /** A float result as Pine sees it: infinities and NaN are na. */
    static double finite(double value) {
        return Double.isInfinite(value) ? Double.NaN : value;
    }

    /** A float as a Pine int (truncated toward zero, like int(x)); na for NaN, infinities and out-of-range values. */
    public static long toInt(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= 9.2e18) {
            return INT;
        }
        return (long) value;
    }

    /** An int as a float (na stays na). */
    public static double toFloat(long value) {
        return value == INT ? Double.NaN : (double) value;
    }
}
