package org.exhaustionlab.pine.runtime.ta;

/**
 * Growable ring of the most recent doubles, newest at offset 0. Keeps up to {@code HISTORY_LIMIT} values beyond the
 * longest lookback ever requested, so a series length that grows later still finds its older values.
 */
final class DoubleRing {
    /** Extra bars retained beyond the longest requested lookback (TradingView's default history buffer). */
    static final int HISTORY_LIMIT = 5000;

    // capacity is a power of two so an index wraps with a mask (a division costs more than the rest of a push)
    private double[] data = new double[16];
    private int mask = 15;
    private int newest = -1;
    private int size;
    /** Values kept at most (size never exceeds it, whatever the capacity). */
    private int limit = HISTORY_LIMIT + 1;

    /** Makes sure {@code lookback} bars back (offset {@code lookback}) stay addressable from now on. */
    void require(int lookback) {
        int wanted = lookback + 1 + HISTORY_LIMIT;
        if (wanted > limit) {
            limit = wanted;
        }
    }

    void push(double value) {
        // once the limit is reached (the steady state) a push is a masked store behind one well-predicted branch
        if (size < limit) {
            if (size == data.length) {
                grow();
            }
            size++;
        }
        newest = (newest + 1) & mask;
        data[newest] = value;
    }

    /** Value {@code back} pushes ago (0 = newest); NaN when that far back is not (or no longer) stored. */
    double get(int back) {
        if (back < 0 || back >= size) {
            return Double.NaN;
        }
        return data[(newest - back) & mask];
    }

    /** Value {@code back} pushes ago without the range check: the caller knows {@code 0 <= back < size()}. */
    double recent(int back) {
        return data[(newest - back) & mask];
    }

    int size() {
        return size;
    }

    private void grow() {
        double[] bigger = new double[data.length * 2];
        for (int back = 0; back < size; back++) {
            bigger[size - 1 - back] = get(back);
        }
        data = bigger;
        mask = bigger.length - 1;
        newest = size - 1;
    }
}
