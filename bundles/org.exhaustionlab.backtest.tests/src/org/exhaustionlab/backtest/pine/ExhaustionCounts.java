package org.exhaustionlab.backtest.pine;

/**
 * An independent Java computation of the exhaustion counts (SEED-FACTS.md rules, with the reset after L3) and of
 * LazyBear's squeeze momentum histogram, to check the Pine scripts against.
 *
 * @param bullish bullish count per bar
 * @param bearish bearish count per bar
 */
record ExhaustionCounts(int[] bullish, int[] bearish) {

    /** Levels and look-backs: L1 / L2 / L3 and the look-back before L1, from L1 to L2, from L2 to L3. */
    record Rules(int level1, int level2, int level3, int lookback1, int lookback2, int lookback3) {
        static final Rules DEFAULT = new Rules(9, 12, 14, 4, 3, 2);
    }

    static ExhaustionCounts of(double[] close, Rules r) {
        int n = close.length;
        int[] bull = new int[n];
        int[] bear = new int[n];
        int up = 0;
        int down = 0;
        for (int i = 0; i < n; i++) {
            boolean restart = false;
            if (down >= r.level1()) {
                int back = down < r.level2() ? r.lookback2() : r.lookback3();
                if (down < r.level3() && close[i] < closeBack(close, i, back)) {
                    down++;
                } else {
                    restart = true;
                }
            } else if (up >= r.level1()) {
                int back = up < r.level2() ? r.lookback2() : r.lookback3();
                if (up < r.level3() && close[i] > closeBack(close, i, back)) {
                    up++;
                } else {
                    restart = true;
                }
            } else if (close[i] < closeBack(close, i, r.lookback1())) {
                down++;
                up = 0;
            } else if (close[i] > closeBack(close, i, r.lookback1())) {
                up++;
                down = 0;
            } else {
                restart = true;
            }
            if (restart) {
                double earlier = closeBack(close, i, r.lookback1());
                down = close[i] < earlier ? 1 : 0;
                up = close[i] > earlier ? 1 : 0;
            }
            bull[i] = down;
            bear[i] = up;
        }
        return new ExhaustionCounts(bull, bear);
    }

    /** NaN before the first bar: every comparison with it is false, as with Pine's na. */
    private static double closeBack(double[] close, int i, int back) {
        return i - back >= 0 ? close[i - back] : Double.NaN;
    }

    /**
     * LazyBear's histogram: linreg over {@code length} bars of close minus the mean of (Donchian mid, SMA of close).
     * NaN until enough bars exist.
     */
    static double[] squeezeMomentum(double[] high, double[] low, double[] close, int length) {
        int n = close.length;
        double[] detrended = new double[n];
        double[] val = new double[n];
        for (int i = 0; i < n; i++) {
            detrended[i] = Double.NaN;
            val[i] = Double.NaN;
            if (i < length - 1) {
                continue;
            }
            double hh = Double.NEGATIVE_INFINITY;
            double ll = Double.POSITIVE_INFINITY;
            double sum = 0;
            for (int k = i - length + 1; k <= i; k++) {
                hh = Math.max(hh, high[k]);
                ll = Math.min(ll, low[k]);
                sum += close[k];
            }
            detrended[i] = close[i] - ((hh + ll) / 2 + sum / length) / 2;
            if (i >= 2 * length - 2) {
                val[i] = lineEnd(detrended, i, length);
            }
        }
        return val;
    }

    /** The least-squares line through the last {@code length} values, evaluated at the newest one. */
    private static double lineEnd(double[] y, int end, int length) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int x = 0; x < length; x++) {
            double v = y[end - length + 1 + x];
            sx += x;
            sy += v;
            sxx += (double) x * x;
            sxy += x * v;
        }
        double slope = (length * sxy - sx * sy) / (length * sxx - sx * sx);
        double intercept = (sy - slope * sx) / length;
        return intercept + slope * (length - 1);
    }
}
