package org.exhaustionlab.optimize;

/**
 * Weights of the nine fitness components (names as in the original ExhaustionLab). They need not sum to 1: the
 * score divides by {@link #sum()}, so it stays in [0, 1] and presets compare on one scale.
 */
public record FitnessWeights(double pnl, double sharpeRatio, double maxDrawdown, double winRate, double consistency,
        double tradeFrequency, double slippageResistance, double executionSpeed, double marketDiversity) {

    public FitnessWeights {
        for (double w : new double[] { pnl, sharpeRatio, maxDrawdown, winRate, consistency, tradeFrequency,
                slippageResistance, executionSpeed, marketDiversity }) {
            if (!(w >= 0)) {
                throw new IllegalArgumentException("fitness weights must be >= 0");
            }
        }
    }

    public double sum() {
        return pnl + sharpeRatio + maxDrawdown + winRate + consistency + tradeFrequency + slippageResistance
                + executionSpeed + marketDiversity;
    }
}
