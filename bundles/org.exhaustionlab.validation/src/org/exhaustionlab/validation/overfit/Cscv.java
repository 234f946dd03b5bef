package org.exhaustionlab.validation.overfit;

import java.util.stream.IntStream;

/**
 * Probability of backtest overfitting by combinatorially symmetric cross-validation (Bailey, Borwein,
 * López de Prado &amp; Zhu, 2015).
 *
 * <p>Input is a T×N matrix: row t holds the period-t return of each of the N trials (every candidate ever
 * evaluated, not only the survivors). Rows are split into S contiguous blocks of near-equal size (the first
 * T mod S blocks get one extra row, so no data is dropped). For each of the C(S, S/2) ways of choosing half the
 * blocks as in-sample, the trial with the best in-sample metric is ranked out of sample; ω = rank / (N + 1) with
 * rank 1 = worst (ties get their average rank), λ = ln(ω / (1 − ω)), and PBO = share of λ ≤ 0, i.e. the in-sample
 * winner landed at or below the out-of-sample median.
 *
 * <p>Determinism: splits are evaluated in parallel but each writes only its own slot, so results are identical on
 * every run and thread count.
 */
public final class Cscv {
    public static final int DEFAULT_BLOCKS = 16;

    private Cscv() {
    }

    /** Runs with the Sharpe metric and {@link #defaultBlocks(int)} blocks. */
    public static CscvResult run(double[][] returnsByPeriod) {
        return run(returnsByPeriod, defaultBlocks(returnsByPeriod.length), BlockMetric.SHARPE);
    }

    /** 16 blocks, or fewer (the largest even number giving at least 2 rows per block) when T is small. */
    public static int defaultBlocks(int periods) {
        int s = Math.min(DEFAULT_BLOCKS, periods / 2);
        s -= s % 2;
        if (s < 2) {
            throw new IllegalArgumentException("CSCV needs at least 4 periods, got " + periods);
        }
        return s;
    }

    public static CscvResult run(double[][] returnsByPeriod, int blocks, BlockMetric metric) {
        int periods = returnsByPeriod.length;
        int trials = validate(returnsByPeriod, blocks);
        int[] blockStart = new int[blocks + 1];
        for (int b = 0; b <= blocks; b++) {
            blockStart[b] = (int) ((long) b * periods / blocks);
        }
        double[][] sum = new double[blocks][trials];
        double[][] sumSq = new double[blocks][trials];
        int[] count = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            count[b] = blockStart[b + 1] - blockStart[b];
            for (int t = blockStart[b]; t < blockStart[b + 1]; t++) {
                for (int n = 0; n < trials; n++) {
                    double r = returnsByPeriod[t][n];
                    sum[b][n] += r;
                    sumSq[b][n] += r * r;
                }
            }
        }
        int[] masks = Combinations.masks(blocks, blocks / 2);
        double[] logits = new double[masks.length];
        double[] isBest = new double[masks.length];
        double[] oosBest = new double[masks.length];
        IntStream.range(0, masks.length).parallel().forEach(c -> {
            double[] split = evaluateSplit(masks[c], sum, sumSq, count, trials, metric);
            isBest[c] = split[0];
            oosBest[c] = split[1];
            logits[c] = split[2];
        });
        return summarise(blocks, logits, isBest, oosBest);
    }

    /** Returns {IS metric of n*, OOS metric of n*, λ}. */
    private static double[] evaluateSplit(int mask, double[][] sum, double[][] sumSq, int[] count, int trials, BlockMetric metric) {
        double[] isSum = new double[trials];
        double[] isSq = new double[trials];
        double[] osSum = new double[trials];
        double[] osSq = new double[trials];
        int isCount = 0;
        int osCount = 0;
        for (int b = 0; b < count.length; b++) {
            boolean inSample = (mask & (1 << b)) != 0;
            double[] s = inSample ? isSum : osSum;
            double[] q = inSample ? isSq : osSq;
            for (int n = 0; n < trials; n++) {
                s[n] += sum[b][n];
                q[n] += sumSq[b][n];
            }
            if (inSample) {
                isCount += count[b];
            } else {
                osCount += count[b];
            }
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int n = 0; n < trials; n++) {
            double score = metric.score(isSum[n], isSq[n], isCount);
            if (score > bestScore || n == 0) {
                best = n;
                bestScore = score;
            }
        }
        double bestOos = metric.score(osSum[best], osSq[best], osCount);
        double below = 0;
        double ties = 0;
        for (int n = 0; n < trials; n++) {
            if (n == best) {
                continue;
            }
            double oos = metric.score(osSum[n], osSq[n], osCount);
            if (oos < bestOos) {
                below++;
            } else if (oos == bestOos) {
                ties++;
            }
        }
        double rank = 1 + below + ties / 2;
        double omega = rank / (trials + 1);
        return new double[] {bestScore, bestOos, Math.log(omega / (1 - omega))};
    }

    private static CscvResult summarise(int blocks, double[] logits, double[] isBest, double[] oosBest) {
        int overfit = 0;
        int losses = 0;
        for (int c = 0; c < logits.length; c++) {
            if (logits[c] <= 0) {
                overfit++;
            }
            if (oosBest[c] < 0) {
                losses++;
            }
        }
        double[] line = LeastSquares.fit(isBest, oosBest);
        return new CscvResult(blocks, logits.length, overfit / (double) logits.length, logits, isBest, oosBest, line[1], line[0],
                losses / (double) logits.length);
    }

    private static int validate(double[][] m, int blocks) {
        if (m == null || m.length == 0 || m[0] == null) {
            throw new IllegalArgumentException("CSCV needs a non-empty T×N returns matrix");
        }
        if (blocks < 2 || blocks % 2 != 0 || blocks > 24) {
            throw new IllegalArgumentException("CSCV block count must be even and within 2..24, got " + blocks);
        }
        if (m.length < 2 * blocks) {
            throw new IllegalArgumentException("CSCV with " + blocks + " blocks needs at least " + 2 * blocks + " periods, got " + m.length);
        }
        int trials = m[0].length;
        if (trials < 2) {
            throw new IllegalArgumentException("CSCV needs at least 2 trials (columns), got " + trials);
        }
        for (int t = 0; t < m.length; t++) {
            if (m[t] == null || m[t].length != trials) {
                throw new IllegalArgumentException("CSCV matrix row " + t + " has " + (m[t] == null ? 0 : m[t].length) + " trials, expected " + trials);
            }
            for (int n = 0; n < trials; n++) {
                if (!Double.isFinite(m[t][n])) {
                    throw new IllegalArgumentException("CSCV matrix has a non-finite return at row " + t + ", trial " + n);
                }
            }
        }
        return trials;
    }

    /** Per-period Sharpe ratio of each column (trial), e.g. for the variance used by the deflated Sharpe ratio. */
    public static double[] trialSharpes(double[][] returnsByPeriod) {
        int trials = returnsByPeriod[0].length;
        double[] out = new double[trials];
        for (int n = 0; n < trials; n++) {
            double s = 0;
            double q = 0;
            for (double[] row : returnsByPeriod) {
                s += row[n];
                q += row[n] * row[n];
            }
            out[n] = BlockMetric.SHARPE.score(s, q, returnsByPeriod.length);
        }
        return out;
    }
}
