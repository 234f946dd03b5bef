package org.exhaustionlab.validation.overfit;

/**
 * A performance metric that can be computed from a strategy's sum, sum of squares and count of returns.
 *
 * <p>CSCV evaluates every trial on thousands of block combinations; metrics of this shape let it add up
 * pre-computed block totals instead of re-reading the returns, which turns hours into milliseconds. Path-dependent
 * metrics (drawdown) are deliberately not offered: the concatenated blocks are not a real path.
 */
@FunctionalInterface
public interface BlockMetric {

    double score(double sum, double sumOfSquares, int count);

    /**
     * Per-period Sharpe ratio (sample stdev). A constant series scores +∞, −∞ or 0 by the sign of its mean so
     * that ranking stays total.
     */
    BlockMetric SHARPE = (sum, sumSq, n) -> {
        double mean = sum / n;
        double var = n > 1 ? Math.max(0, (sumSq - sum * mean) / (n - 1)) : 0;
        if (var <= 1e-300) {
            return mean > 0 ? Double.POSITIVE_INFINITY : mean < 0 ? Double.NEGATIVE_INFINITY : 0;
        }
        return mean / Math.sqrt(var);
    };

    /** Mean return per period. */
    BlockMetric MEAN_RETURN = (sum, sumSq, n) -> sum / n;
}
