package org.exhaustionlab.market.synthetic;

/**
 * SplitMix64 generator with the variates the synthetic market needs. Own implementation (not java.util.Random or
 * Math.random) so a seed gives the same numbers on every JDK; transcendental functions use {@link StrictMath} for the
 * same reason.
 *
 * @implNote Not thread-safe; one instance per generated series.
 */
final class Prng {

    private static final double SCALE_53 = 0x1.0p-53;

    /** Variance of t(6) is 6 / 4; this factor scales it to 1. */
    private static final double UNIT_VARIANCE_T6 = Math.sqrt(4.0 / 6.0);

    private long state;
    private double spareGaussian;
    private boolean hasSpare;

    Prng(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * SCALE_53;
    }

    /** Uniform in (0, 1], safe to take the logarithm of. */
    double nextOpenDouble() {
        return ((nextLong() >>> 11) + 1) * SCALE_53;
    }

    /** Standard normal (Marsaglia's polar method). */
    double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * factor;
        hasSpare = true;
        return u * factor;
    }

    /**
     * Student-t with 6 degrees of freedom scaled to unit variance (kurtosis 6, i.e. fat tails with a finite fourth
     * moment). Chi-square(6) is drawn as -2 ln(U1 U2 U3).
     */
    double nextStudentT6() {
        double chiSquare = -2 * StrictMath.log(nextOpenDouble() * nextOpenDouble() * nextOpenDouble());
        double t = nextGaussian() / StrictMath.sqrt(chiSquare / 6);
        return t * UNIT_VARIANCE_T6;
    }

    /** Mixes a user seed and a symbol name into a well-spread initial state. */
    static long seedFor(long seed, String symbolName) {
        Prng mixer = new Prng(seed ^ (0x5DEECE66DL * symbolName.hashCode()));
        mixer.nextLong();
        return mixer.nextLong();
    }
}
