package org.exhaustionlab.pine.runtime.lib;

import java.util.SplittableRandom;

/**
 * {@code math.random(min, max, seed)}. TradingView's generator is not documented, so the numbers differ from
 * TradingView's; what is kept is the contract: a result in [min, max), and with a seed the sequence at that call site
 * is repeatable (the same seed gives the same sequence on every run). Unseeded calls draw from the run's generator,
 * itself seeded from the run seed so a whole backtest is reproducible.
 *
 * <p>One instance per call site; {@link #runGenerator(long)} is created once per script run and shared.
 */
public final class PineRandom {
    private final SplittableRandom run;
    private SplittableRandom seeded;
    private long seed = Na.INT;

    /** @param run the run's shared generator (see {@link #runGenerator(long)}) */
    public PineRandom(SplittableRandom run) {
        this.run = run;
    }

    public static SplittableRandom runGenerator(long runSeed) {
        return new SplittableRandom(runSeed);
    }

    /** A number in [min, max); na if min or max is na. An na seed uses the run's generator. */
    public double next(double min, double max, long seed) {
        if (Double.isNaN(min) || Double.isNaN(max)) {
            return Double.NaN;
        }
        SplittableRandom source = run;
        if (seed != Na.INT) {
            if (seeded == null || seed != this.seed) {
                seeded = new SplittableRandom(seed);
                this.seed = seed;
            }
            source = seeded;
        }
        double u = source.nextDouble();
        return min + u * (max - min);
    }
}
