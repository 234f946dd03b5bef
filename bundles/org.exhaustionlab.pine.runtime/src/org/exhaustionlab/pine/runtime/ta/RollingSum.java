package org.exhaustionlab.pine.runtime.ta;

/**
 * Sum of the last {@code length} non-na values ({@code math.sum} semantics; the basis of {@code ta.sma}).
 *
 * <p>na handling (PyneCore's TradingView measurements, ta.py/math.sum): na values are not stored, so the window is
 * the last {@code length} NON-na values; an na bar reports the standing sum once the window is full, na before.
 * The running sum is compensated (the exact rounding error of every addition, by branch-free TwoSum, is collected
 * separately) and recomputed exactly every {@code max(1024, length)} updates and whenever
 * the length changes, so its error stays far below 1e-10 relative.
 */
public final class RollingSum {
    private final DoubleRing values = new DoubleRing();
    private double sum;
    private double compensation;
    private int length = -1;
    private int window;
    private int sinceExact;
    private int exactEvery = 1024;

    /** Feeds this bar's value and returns the sum of the last {@code length} non-na values, or NaN while fewer. */
    public double next(double source, int length) {
        if (length != this.length) {
            checkLength(length);
        }
        if (source != source) {
            if (length != this.length) {
                recompute(length);
            }
            return window >= length ? sum + compensation : Double.NaN;
        }
        values.push(source);
        if (length != this.length || ++sinceExact >= exactEvery) {
            values.require(length);
            recompute(length);
        } else if (window == length) {
            slide(source, values.recent(length)); // stored: the window is full and the ring keeps length + 1
        } else {
            add(source);
            window++;
        }
        return window >= length ? sum + compensation : Double.NaN;
    }

    /** The i-th most recent stored (non-na) value, i = 0 newest. */
    double stored(int i) {
        return values.get(i);
    }

    static void checkLength(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("ta: length must be at least 1, got " + length);
        }
    }

    /**
     * sum += x - oldest with the rounding errors of both operations kept exactly (Knuth's branch-free TwoSum) in the
     * compensation: only one addition sits on the bar-to-bar dependency chain of {@code sum}.
     */
    private void slide(double x, double oldest) {
        double d = x - oldest;
        double oldestVirtual = d - x; // ~ -oldest
        double dError = (x - (d - oldestVirtual)) - (oldest + oldestVirtual);
        double t = sum + d;
        double dv = t - sum;
        compensation += ((sum - (t - dv)) + (d - dv)) + dError;
        sum = t;
    }

    private void add(double x) {
        double t = sum + x;
        double xv = t - sum;
        compensation += (sum - (t - xv)) + (x - xv);
        sum = t;
    }

    private void recompute(int length) {
        this.length = length;
        exactEvery = Math.max(1024, length);
        window = Math.min(length, values.size());
        sum = 0;
        compensation = 0;
        for (int i = window - 1; i >= 0; i--) {
            add(values.get(i));
        }
        sinceExact = 0;
    }
}
