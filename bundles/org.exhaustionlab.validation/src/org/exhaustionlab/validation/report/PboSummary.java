package org.exhaustionlab.validation.report;

import org.exhaustionlab.validation.overfit.CscvResult;

/**
 * Probability of backtest overfitting by CSCV over the trial return matrix supplied by the caller.
 *
 * @param trials               N, columns of the matrix
 * @param periods              T, rows of the matrix
 * @param blocks               S
 * @param combinations         C(S, S/2)
 * @param pbo                  share of splits where the in-sample winner ranked at or below the OOS median
 * @param degradationSlope     slope of OOS metric on IS metric over the splits
 * @param probabilityOfOosLoss share of splits where the in-sample winner lost out of sample
 */
public record PboSummary(int trials, int periods, int blocks, int combinations, double pbo, double degradationSlope,
        double probabilityOfOosLoss) {

    public static PboSummary of(CscvResult r, int trials, int periods) {
        return new PboSummary(trials, periods, r.blocks(), r.combinations(), r.pbo(), r.degradationSlope(), r.probabilityOfOosLoss());
    }
}
