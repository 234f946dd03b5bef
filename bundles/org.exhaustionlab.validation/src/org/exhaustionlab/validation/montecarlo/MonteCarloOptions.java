package org.exhaustionlab.validation.montecarlo;

/**
 * Settings of a trade Monte Carlo run.
 *
 * @param runs                number of simulated trade sequences (≥ 1; 1,000–10,000 is typical)
 * @param seed                seed of the random generator: equal seeds give equal results
 * @param skipProbability     chance that each trade is left out (missed fills, downtime), 0 to disable
 * @param maxSlippageFraction each kept trade loses a uniform random 0..max fraction of its notional (0.001 =
 *                            0.1 %), 0 to disable
 * @param blockLength         trades per block for the block bootstrap (ignored by the other methods)
 */
public record MonteCarloOptions(int runs, long seed, double skipProbability, double maxSlippageFraction, int blockLength) {

    public MonteCarloOptions {
        if (runs < 1) {
            throw new IllegalArgumentException("Monte Carlo needs at least 1 run, got " + runs);
        }
        if (!(skipProbability >= 0 && skipProbability < 1)) {
            throw new IllegalArgumentException("trade skip probability must be within [0, 1), got " + skipProbability);
        }
        if (!(maxSlippageFraction >= 0) || Double.isInfinite(maxSlippageFraction)) {
            throw new IllegalArgumentException("maximum slippage must be a finite fraction ≥ 0, got " + maxSlippageFraction);
        }
        if (blockLength < 1) {
            throw new IllegalArgumentException("block length must be at least 1 trade, got " + blockLength);
        }
    }

    /** Plain resampling: no skipped trades, no added slippage, blocks of 5 trades. */
    public static MonteCarloOptions of(int runs, long seed) {
        return new MonteCarloOptions(runs, seed, 0, 0, 5);
    }

    public MonteCarloOptions withSkipProbability(double p) {
        return new MonteCarloOptions(runs, seed, p, maxSlippageFraction, blockLength);
    }

    public MonteCarloOptions withMaxSlippage(double fraction) {
        return new MonteCarloOptions(runs, seed, skipProbability, fraction, blockLength);
    }

    public MonteCarloOptions withBlockLength(int trades) {
        return new MonteCarloOptions(runs, seed, skipProbability, maxSlippageFraction, trades);
    }
}
