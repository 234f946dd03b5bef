package org.exhaustionlab.pine.runtime.ta;

/**
 * The last {@code length} pushed values plus their non-na part kept sorted ascending: O(length) per push by binary
 * search and array shifts (no sorting, no allocation once grown); rebuilt from history when the length changes.
 * Known simplification: ties are exact, TradingView orders values within 1e-10 of each other as ties (PyneCore
 * notes); that only matters for windows holding values that close together but not equal.
 */
final class SortedWindow {
    private final DoubleRing history = new DoubleRing();
    private double[] sorted = new double[16];
    private int sortedSize;
    private int length = -1;
    private int window;

    void push(double x, int length) {
        RollingSum.checkLength(length);
        history.push(x);
        if (length != this.length) {
            history.require(length);
            this.length = length;
            window = Math.min(length, history.size());
            sortedSize = 0;
            for (int back = window - 1; back >= 0; back--) {
                insert(history.get(back));
            }
            return;
        }
        if (window == length) {
            remove(history.get(length));
        } else {
            window++;
        }
        insert(x);
    }

    /** Values (na included) currently in the window. */
    int window() {
        return window;
    }

    /** Number of non-na values in the window. */
    int size() {
        return sortedSize;
    }

    /** The i-th smallest non-na value. */
    double get(int i) {
        return sorted[i];
    }

    private void insert(double x) {
        if (Double.isNaN(x)) {
            return;
        }
        if (sortedSize == sorted.length) {
            double[] bigger = new double[sorted.length * 2];
            System.arraycopy(sorted, 0, bigger, 0, sortedSize);
            sorted = bigger;
        }
        int at = lowerBound(x);
        System.arraycopy(sorted, at, sorted, at + 1, sortedSize - at);
        sorted[at] = x;
        sortedSize++;
    }

    private void remove(double x) {
        if (Double.isNaN(x)) {
            return;
        }
        int at = lowerBound(x);
        if (at < sortedSize && sorted[at] == x) {
            System.arraycopy(sorted, at + 1, sorted, at, sortedSize - at - 1);
            sortedSize--;
        }
    }

    /** First index whose value is >= x. */
    int lowerBound(double x) {
        int low = 0;
        int high = sortedSize;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
