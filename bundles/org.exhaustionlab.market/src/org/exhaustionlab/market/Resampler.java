package org.exhaustionlab.market;

/**
 * Aggregates a series to a higher timeframe: each output bar covers the input bars whose open time falls into its
 * interval (see {@link Timeframe#openTimeOf(long)}); open = first open, high = max high, low = min low, close = last
 * close, volume = sum (NaN if any input volume is NaN). Output bars are stamped with the higher timeframe's open
 * time, even when the first input bar of the interval is missing (gaps are skipped, never filled).
 * <p>
 * The last output bar may be incomplete (built from fewer input bars than the interval holds), as on a live chart.
 */
public final class Resampler {

    private Resampler() {
    }

    /**
     * @throws IllegalArgumentException if bars of {@code source}'s timeframe do not nest into {@code target} (e.g. 1w
     *                                  from 3d, or 1h from 4h)
     */
    public static BarSeries resample(BarSeries source, Timeframe target) {
        Timeframe from = source.timeframe();
        if (!target.isMultipleOf(from)) {
            throw new IllegalArgumentException("cannot resample " + from + " bars to " + target + ": " + target
                    + " bars are not made of whole " + from + " bars");
        }
        if (target == from) {
            return source;
        }
        long[] t = source.times();
        double[] o = source.opens();
        double[] h = source.highs();
        double[] l = source.lows();
        double[] c = source.closes();
        double[] v = source.volumes();
        int n = t.length;
        int expected = (int) Math.min(n, (long) n * from.durationMs() / target.durationMs() + 2);
        BarSeries.Builder out = BarSeries.builder(source.symbol(), target, expected);
        int i = 0;
        while (i < n) {
            long bucketOpen = target.openTimeOf(t[i]);
            long bucketEnd = target.nextOpen(bucketOpen);
            double open = o[i];
            double high = h[i];
            double low = l[i];
            double close = c[i];
            double volume = v[i];
            i++;
            while (i < n && t[i] < bucketEnd) {
                high = Math.max(high, h[i]);
                low = Math.min(low, l[i]);
                close = c[i];
                volume += v[i];
                i++;
            }
            out.add(bucketOpen, open, high, low, close, volume);
        }
        return out.build();
    }
}
