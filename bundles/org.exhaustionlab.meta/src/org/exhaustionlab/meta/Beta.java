package org.exhaustionlab.meta;

import java.util.Random;

/** Beta(α, β) samples from two Gamma samples (Marsaglia and Tsang 2000), for α, β ≥ 1 as Thompson sampling uses. */
final class Beta {

    private Beta() {
    }

    static double sample(double alpha, double beta, Random random) {
        double x = gamma(alpha, random);
        double y = gamma(beta, random);
        return x / (x + y);
    }

    /** Gamma(shape, 1) for shape ≥ 1. */
    static double gamma(double shape, Random random) {
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = random.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
