package org.exhaustionlab.pine.runtime.ta;

/**
 * Highest (or lowest) value over the last {@code length} calls and its offset, via a monotonic deque: O(1) amortised
 * per bar, rebuilt from history in O(length) when the length changes. na values are ignored inside the window. Among
 * equal extremes the OLDEST one wins (PyneCore TradingView measurement for ta.highestbars, ta.py highest; checked
 * against highest+lowest.csv). Used where the offset matters (ta.highestbars / ta.lowestbars); the value-only
 * functions use the cheaper {@link BlockExtremum}.
 */
final class ExtremumWindow {
    private final boolean highest;
    private final DoubleRing history = new DoubleRing();
    private double[] dequeValues = new double[16];
    private long[] dequeBars = new long[16];
    private int mask = 15; // deque capacity - 1 (a power of two: indices wrap with a mask, not a division)
    private int head;
    private int size;
    private long bar = -1;
    private int length = -1;
    private double value = Double.NaN;
    private int offset;

    ExtremumWindow(boolean highest) {
        this.highest = highest;
    }

    /** Feeds this bar's value; afterwards {@link #value()} and {@link #offset()} describe the window. */
    void next(double source, int length) {
        RollingSum.checkLength(length);
        bar++;
        history.push(source);
        if (length != this.length) {
            history.require(length);
            this.length = length;
            size = 0;
            head = 0;
            int available = (int) Math.min(length - 1, bar);
            for (int back = available; back >= 1; back--) {
                offer(history.get(back), bar - back);
            }
        }
        offer(source, bar);
        while (size > 0 && dequeBars[head] <= bar - length) {
            head = (head + 1) & mask;
            size--;
        }
        if (bar < length - 1 || size == 0) {
            value = Double.NaN;
            offset = Integer.MIN_VALUE;
        } else {
            value = dequeValues[head];
            offset = (int) (dequeBars[head] - bar);
        }
    }

    /** The extreme of the window, NaN during warm-up (fewer than {@code length} calls) or when all values are na. */
    double value() {
        return value;
    }

    /** Offset of the extreme (0 = this bar, negative = bars back); NaN when {@link #value()} is NaN. */
    double offset() {
        return Double.isNaN(value) ? Double.NaN : offset;
    }

    private void offer(double x, long atBar) {
        if (Double.isNaN(x)) {
            return;
        }
        while (size > 0) {
            int tail = (head + size - 1) & mask;
            double last = dequeValues[tail];
            if (highest ? last < x : last > x) {
                size--;
            } else {
                break;
            }
        }
        if (size == dequeValues.length) {
            grow();
        }
        int tail = (head + size) & mask;
        dequeValues[tail] = x;
        dequeBars[tail] = atBar;
        size++;
    }

    private void grow() {
        double[] values = new double[dequeValues.length * 2];
        long[] bars = new long[values.length];
        for (int i = 0; i < size; i++) {
            int from = (head + i) & mask;
            values[i] = dequeValues[from];
            bars[i] = dequeBars[from];
        }
        dequeValues = values;
        dequeBars = bars;
        mask = values.length - 1;
        head = 0;
    }
}
