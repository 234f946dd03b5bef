package org.exhaustionlab.pine.runtime.ta;

/** Small shared helpers. */
final class TaMath {
    /** Pine's comparison tolerance, used where TradingView was measured to compare tolerantly (PyneCore notes). */
    static final double EPSILON = 1e-10;

    private TaMath() {
    }

    static double nz(double value) {
        return Double.isNaN(value) ? 0.0 : value;
    }

    /** Pine's math.max: na if either argument is na. */
    static double max(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
    }

    /** Pine's math.min: na if either argument is na. */
    static double min(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b);
    }
}
