package org.exhaustionlab.validation.overfit;

import org.exhaustionlab.validation.Distribution;

/**
 * Outcome of combinatorially symmetric cross-validation.
 *
 * @param blocks                 S, the number of row blocks
 * @param combinations           C(S, S/2), one entry per in-sample/out-of-sample split
 * @param pbo                    probability of backtest overfitting: share of splits with λ ≤ 0
 * @param logits                 λ of every split, in enumeration order
 * @param inSampleBest           metric of the in-sample winner n* in sample, per split
 * @param outOfSampleOfBest      metric of the same n* out of sample, per split
 * @param degradationSlope       slope of the least-squares line OOS = a + b·IS over the splits (negative = the
 *                               better it looked in sample, the worse it did out of sample)
 * @param degradationIntercept   a of that line
 * @param probabilityOfOosLoss   share of splits where n*'s out-of-sample metric is below 0
 */
public record CscvResult(int blocks, int combinations, double pbo, double[] logits, double[] inSampleBest,
        double[] outOfSampleOfBest, double degradationSlope, double degradationIntercept, double probabilityOfOosLoss) {

    public CscvResult {
        logits = logits.clone();
        inSampleBest = inSampleBest.clone();
        outOfSampleOfBest = outOfSampleOfBest.clone();
    }

    /** The λ values as a sorted distribution for a histogram. */
    public Distribution logitDistribution() {
        return Distribution.of(logits);
    }

    @Override
    public double[] logits() {
        return logits.clone();
    }

    @Override
    public double[] inSampleBest() {
        return inSampleBest.clone();
    }

    @Override
    public double[] outOfSampleOfBest() {
        return outOfSampleOfBest.clone();
    }

    @Override
    public String toString() {
        return String.format("CscvResult[S=%d, splits=%d, PBO=%.4f, slope=%.4f, P(OOS loss)=%.4f]", blocks, combinations, pbo,
                degradationSlope, probabilityOfOosLoss);
    }
}
