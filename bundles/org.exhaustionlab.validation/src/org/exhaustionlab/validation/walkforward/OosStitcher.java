package org.exhaustionlab.validation.walkforward;

import java.util.List;

import org.exhaustionlab.validation.EquityCurve;

/**
 * Joins the out-of-sample equity segments of a walk-forward into one curve. Each segment is used for its growth
 * only: it is rescaled to start at the equity where the previous one ended, so the stitched curve compounds the
 * OOS returns as if one account had traded them all in turn.
 */
public final class OosStitcher {
    private OosStitcher() {
    }

    /**
     * @param segments       OOS equity curves in time order; a segment may start at the same time the previous
     *                       one ended (that shared point is taken once), but must not overlap it otherwise
     * @param initialCapital the stitched curve's first equity
     */
    public static EquityCurve stitch(List<EquityCurve> segments, double initialCapital) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("nothing to stitch: no out-of-sample segments");
        }
        int capacity = segments.stream().mapToInt(EquityCurve::size).sum();
        long[] time = new long[capacity];
        double[] equity = new double[capacity];
        int n = 0;
        double current = initialCapital;
        for (int s = 0; s < segments.size(); s++) {
            EquityCurve seg = segments.get(s);
            double scale = current / seg.equityAt(0);
            for (int j = 0; j < seg.size(); j++) {
                long t = seg.timeAt(j);
                if (n > 0 && t <= time[n - 1]) {
                    if (j == 0 && t == time[n - 1]) {
                        continue;
                    }
                    throw new IllegalArgumentException("out-of-sample segment " + s + " overlaps the previous one at time " + t);
                }
                time[n] = t;
                equity[n] = seg.equityAt(j) * scale;
                n++;
            }
            current = seg.equityAt(seg.size() - 1) * scale;
        }
        return new EquityCurve(java.util.Arrays.copyOf(time, n), java.util.Arrays.copyOf(equity, n));
    }
}
