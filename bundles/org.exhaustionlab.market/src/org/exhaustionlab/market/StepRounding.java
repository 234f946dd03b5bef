package org.exhaustionlab.market;

/**
 * Rounding to decimal grids (ticks, lots) without binary noise. A step is treated as {@code units × 10^-decimals}
 * with integer units; {@code (n × units) / 10^decimals} is then a single correctly rounded division, which yields the
 * double nearest to the decimal value as long as the numerator stays below 2^53.
 */
final class StepRounding {

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
    private static final int MAX_DECIMALS = 15;
    private static final double EXACT_LIMIT = 9.007199254740992E15; // 2^53

    private StepRounding() {
    }

    /** Decimals of the shortest decimal form of {@code step} (0.01 → 2, 0.25 → 2, 5 → 0), capped at 15. */
    static int decimals(double step) {
        for (int d = 0; d < MAX_DECIMALS; d++) {
            double scaled = step * POW10[d];
            if (Math.abs(scaled - Math.rint(scaled)) <= 1e-9 * scaled) {
                return d;
            }
        }
        return MAX_DECIMALS;
    }

    static double round(double value, double step) {
        return onGrid(Math.floor(value / step + 0.5), step);
    }

    static double floor(double value, double step) {
        double multiples = value / step;
        double nearest = Math.rint(multiples);
        // a value on the grid may divide to 23633537.999999996: treat binary noise as on the grid
        return onGrid(isNoise(multiples, nearest) ? nearest : Math.floor(multiples), step);
    }

    static double ceil(double value, double step) {
        double multiples = value / step;
        double nearest = Math.rint(multiples);
        return onGrid(isNoise(multiples, nearest) ? nearest : Math.ceil(multiples), step);
    }

    /** True if {@code multiples} differs from the integer {@code nearest} only by floating-point error. */
    private static boolean isNoise(double multiples, double nearest) {
        return Math.abs(multiples - nearest) <= 1e-9 + Math.abs(multiples) * 1e-12;
    }

    /** {@code multiples × step}, computed as a single correctly rounded decimal division where possible. */
    static double onGrid(double multiples, double step) {
        if (Double.isNaN(multiples) || Double.isInfinite(multiples)) {
            return multiples * step;
        }
        int d = decimals(step);
        double units = Math.rint(step * POW10[d]);
        double numerator = multiples * units;
        if (Math.abs(numerator) < EXACT_LIMIT) {
            return numerator / POW10[d];
        }
        return multiples * step;
    }
}
