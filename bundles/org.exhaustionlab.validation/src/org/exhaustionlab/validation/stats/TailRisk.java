package org.exhaustionlab.validation.stats;

import java.util.Arrays;

/**
 * Historical Value at Risk and Conditional VaR (expected shortfall), reported as positive loss fractions.
 *
 * <p>With n returns and confidence c, the tail is the k = ⌈(1 − c)·n⌉ worst returns. VaR is the loss of the
 * k-th worst return (the smallest loss inside the tail); CVaR is the average loss over the whole tail, so
 * CVaR ≥ VaR always. A negative value means even the tail made money.
 */
public final class TailRisk {
    private TailRisk() {
    }

    public static double valueAtRisk(double[] returns, double confidence) {
        double[] sorted = sortedTail(returns, confidence);
        return -sorted[tailSize(returns.length, confidence) - 1];
    }

    public static double conditionalValueAtRisk(double[] returns, double confidence) {
        double[] sorted = sortedTail(returns, confidence);
        int k = tailSize(returns.length, confidence);
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += sorted[i];
        }
        return -s / k;
    }

    public static double valueAtRisk95(double[] returns) {
        return valueAtRisk(returns, 0.95);
    }

    public static double conditionalValueAtRisk95(double[] returns) {
        return conditionalValueAtRisk(returns, 0.95);
    }

    static int tailSize(int n, double confidence) {
        // The small epsilon keeps 0.05 × 100 = 5.000000000000001 from becoming 6.
        return Math.max(1, (int) Math.ceil((1 - confidence) * n - 1e-9));
    }

    private static double[] sortedTail(double[] returns, double confidence) {
        Moments.requireAtLeast(returns, 1, "VaR");
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("VaR confidence must be strictly between 0 and 1, got " + confidence);
        }
        double[] sorted = returns.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
