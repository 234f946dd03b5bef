package org.exhaustionlab.pine.runtime.ta;

/**
 * Plain sum S and linearly weighted sum W of the last n pushed values, weights 1 (oldest) .. n (newest), updated in
 * O(1) (W' = W - S + n * x once full) and recomputed exactly every {@code max(512, n)} pushes or when n changes, so
 * rounding drift stays far below 1e-10 relative. The caller decides what is pushed (na skipped or forward-filled).
 */
final class WeightedWindow {
    private final DoubleRing values = new DoubleRing();
    private int length = -1;
    private int count;
    private double sum;
    private double weighted;
    private int sinceExact;

    void push(double x, int length) {
        values.push(x);
        if (length != this.length || ++sinceExact >= Math.max(512, length)) {
            values.require(length);
            recompute(length);
        } else if (count == length) {
            double oldest = values.get(length);
            weighted = weighted - sum + length * x;
            sum = sum - oldest + x;
        } else {
            count++;
            weighted += count * x;
            sum += x;
        }
    }

    /** Values currently in the window (at most n). */
    int count() {
        return count;
    }

    double sum() {
        return sum;
    }

    double weighted() {
        return weighted;
    }

    private void recompute(int length) {
        this.length = length;
        count = Math.min(length, values.size());
        sum = 0;
        weighted = 0;
        for (int i = count - 1; i >= 0; i--) {
            double x = values.get(i);
            sum += x;
            weighted += (count - i) * x;
        }
        sinceExact = 0;
    }
}
