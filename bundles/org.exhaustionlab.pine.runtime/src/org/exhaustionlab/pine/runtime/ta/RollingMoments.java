package org.exhaustionlab.pine.runtime.ta;

/**
 * Sum p and sum of squares q of the last {@code length} non-na values from ONE ring of the values (the basis of
 * {@code ta.variance} / {@code ta.stdev}): the same window, na handling, compensation and exact recomputation as
 * {@link RollingSum}, at the price of one push per bar instead of two. The oldest square is recomputed from the
 * stored value, which gives the very same double as storing the square.
 */
final class RollingMoments {
    private final DoubleRing values = new DoubleRing();
    private double sum;
    private double sumCompensation;
    private double squares;
    private double squaresCompensation;
    private int length = -1;
    private int window;
    private int sinceExact;
    private int exactEvery = 1024;

    /** Feeds this bar's value; false while fewer than {@code length} non-na values were seen (then p, q are stale). */
    boolean next(double source, int length) {
        if (length != this.length) {
            RollingSum.checkLength(length);
        }
        if (source != source) {
            if (length != this.length) {
                recompute(length);
            }
            return window >= length;
        }
        values.push(source);
        if (length != this.length || ++sinceExact >= exactEvery) {
            values.require(length);
            recompute(length);
        } else if (window == length) {
            double oldest = values.recent(length); // stored: the window is full and the ring keeps length + 1
            slide(source, oldest);
            slideSquares(source * source, oldest * oldest);
        } else {
            add(source);
            window++;
        }
        return window >= length;
    }

    /** Sum of the window's values. */
    double sum() {
        return sum + sumCompensation;
    }

    /** Sum of the squares of the window's values. */
    double squares() {
        return squares + squaresCompensation;
    }

    // TwoSum error-free additions as in RollingSum (p and q need their own copies: Java returns one value)
    private void slide(double x, double oldest) {
        double d = x - oldest;
        double oldestVirtual = d - x;
        double dError = (x - (d - oldestVirtual)) - (oldest + oldestVirtual);
        double t = sum + d;
        double dv = t - sum;
        sumCompensation += ((sum - (t - dv)) + (d - dv)) + dError;
        sum = t;
    }

    private void slideSquares(double x, double oldest) {
        double d = x - oldest;
        double oldestVirtual = d - x;
        double dError = (x - (d - oldestVirtual)) - (oldest + oldestVirtual);
        double t = squares + d;
        double dv = t - squares;
        squaresCompensation += ((squares - (t - dv)) + (d - dv)) + dError;
        squares = t;
    }

    private void add(double x) {
        double t = sum + x;
        double xv = t - sum;
        sumCompensation += (sum - (t - xv)) + (x - xv);
        sum = t;
        double x2 = x * x;
        double t2 = squares + x2;
        double x2v = t2 - squares;
        squaresCompensation += (squares - (t2 - x2v)) + (x2 - x2v);
        squares = t2;
    }

    private void recompute(int length) {
        this.length = length;
        exactEvery = Math.max(1024, length);
        window = Math.min(length, values.size());
        sum = 0;
        sumCompensation = 0;
        squares = 0;
        squaresCompensation = 0;
        for (int i = window - 1; i >= 0; i--) {
            add(values.get(i));
        }
        sinceExact = 0;
    }
}
