package org.exhaustionlab.validation.realitycheck;

import java.util.SplittableRandom;

/**
 * Politis–Romano stationary bootstrap: blocks start at uniform random positions and have geometric lengths with
 * the given mean, wrapping around the end of the series, so the resampled series is stationary.
 */
public final class StationaryBootstrap {
    private StationaryBootstrap() {
    }

    /** One resample of n indices with mean block length {@code meanBlockLength} (≥ 1). */
    public static int[] indices(int n, double meanBlockLength, SplittableRandom rng) {
        if (n < 1) {
            throw new IllegalArgumentException("stationary bootstrap needs at least one observation, got " + n);
        }
        if (!(meanBlockLength >= 1)) {
            throw new IllegalArgumentException("mean block length must be at least 1, got " + meanBlockLength);
        }
        double newBlock = 1.0 / meanBlockLength;
        int[] out = new int[n];
        out[0] = rng.nextInt(n);
        for (int i = 1; i < n; i++) {
            out[i] = rng.nextDouble() < newBlock ? rng.nextInt(n) : (out[i - 1] + 1) % n;
        }
        return out;
    }
}
