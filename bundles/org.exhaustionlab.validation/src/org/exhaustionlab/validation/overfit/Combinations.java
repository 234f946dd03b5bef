package org.exhaustionlab.validation.overfit;

/** Enumerates k-of-n subsets as bit masks in increasing numeric order (Gosper's hack). */
final class Combinations {
    private Combinations() {
    }

    static long count(int n, int k) {
        long c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    static int[] masks(int n, int k) {
        if (n < 1 || n > 30 || k < 1 || k > n) {
            throw new IllegalArgumentException("cannot enumerate " + k + "-of-" + n + " subsets (need 1 ≤ k ≤ n ≤ 30)");
        }
        int[] out = new int[(int) count(n, k)];
        int mask = (1 << k) - 1;
        for (int i = 0; i < out.length; i++) {
            out[i] = mask;
            int lowest = mask & -mask;
            int ripple = mask + lowest;
            mask = (((ripple ^ mask) >>> 2) / lowest) | ripple;
        }
        return out;
    }
}
