package org.exhaustionlab.validation.stats;

/**
 * Sample moments of a series.
 *
 * <p>{@link #stdev} is the sample standard deviation (divisor n − 1), the usual estimator in Sharpe ratios.
 * {@link #skewness} and {@link #kurtosis} are the plain moment ratios m₃/m₂^{3/2} and m₄/m₂² (divisor n, no
 * small-sample correction) as used by Bailey &amp; López de Prado for the PSR/DSR; kurtosis is <em>raw</em>
 * (a normal distribution gives 3, not 0).
 */
public final class Moments {
    private Moments() {
    }

    public static double mean(double[] x) {
        requireAtLeast(x, 1, "mean");
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    public static double variance(double[] x) {
        requireAtLeast(x, 2, "variance");
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    public static double stdev(double[] x) {
        return Math.sqrt(variance(x));
    }

    /** m₃ / m₂^{3/2}; NaN for a constant series. */
    public static double skewness(double[] x) {
        requireAtLeast(x, 2, "skewness");
        double m = mean(x);
        double m2 = 0;
        double m3 = 0;
        for (double v : x) {
            double d = v - m;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= x.length;
        m3 /= x.length;
        return m2 == 0 ? Double.NaN : m3 / Math.pow(m2, 1.5);
    }

    /** Raw kurtosis m₄ / m₂² (normal = 3); NaN for a constant series. */
    public static double kurtosis(double[] x) {
        requireAtLeast(x, 2, "kurtosis");
        double m = mean(x);
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d2 = (v - m) * (v - m);
            m2 += d2;
            m4 += d2 * d2;
        }
        m2 /= x.length;
        m4 /= x.length;
        return m2 == 0 ? Double.NaN : m4 / (m2 * m2);
    }

    static void requireAtLeast(double[] x, int n, String what) {
        if (x == null || x.length < n) {
            throw new IllegalArgumentException(what + " needs at least " + n + " values, got " + (x == null ? 0 : x.length));
        }
    }
}
