package org.exhaustionlab.pine.runtime.ta;

/**
 * Shared logic of ta.pivothigh / ta.pivotlow: the value {@code rightbars} bars back is a pivot when it is the newest
 * extreme of the {@code leftbars + rightbars + 1} bar window: strictly beyond every newer value, at least equal to
 * every older one (tie rule from PyneCore's TradingView-checked pivot code, ta.py pivothigh). na values are ignored;
 * na until the window is full. O(leftbars + rightbars) per bar.
 */
final class PivotWindow {
    private final boolean high;
    private final DoubleRing history = new DoubleRing();
    private int requested = -1;

    PivotWindow(boolean high) {
        this.high = high;
    }

    double next(double source, int leftbars, int rightbars) {
        if (leftbars < 1 || rightbars < 1) {
            throw new IllegalArgumentException(
                    "ta.pivot: leftbars and rightbars must be at least 1, got " + leftbars + " and " + rightbars);
        }
        int span = leftbars + rightbars;
        if (span > requested) {
            requested = span;
            history.require(span);
        }
        history.push(source);
        if (history.size() <= span) {
            return Double.NaN;
        }
        double candidate = history.get(rightbars);
        if (Double.isNaN(candidate)) {
            return Double.NaN;
        }
        for (int i = 0; i <= span; i++) {
            double other = history.get(i);
            if (i == rightbars || Double.isNaN(other)) {
                continue;
            }
            boolean beaten = i < rightbars ? !beyond(candidate, other) : beyond(other, candidate);
            if (beaten) {
                return Double.NaN;
            }
        }
        return candidate;
    }

    private boolean beyond(double a, double b) {
        return high ? a > b : a < b;
    }
}
