package org.exhaustionlab.validation.walkforward;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a bar range into walk-forward windows.
 *
 * <p>Schedules are aligned to the <em>end</em> of the data, so the most recent bars are always traded out of
 * sample; bars left over at the start (fewer than one OOS step) are unused by rolling windows and added to the
 * first in-sample window of anchored ones.
 */
public final class WindowSplitter {

    /** Rolling: every in-sample window has the same length and slides forward by one OOS step. Anchored: all
     *  in-sample windows start at bar 0 and grow. */
    public enum Mode {
        ROLLING, ANCHORED
    }

    private WindowSplitter() {
    }

    public static List<WalkForwardWindow> split(int totalBars, int inSampleBars, int outOfSampleBars, Mode mode) {
        if (inSampleBars < 1 || outOfSampleBars < 1) {
            throw new IllegalArgumentException("walk-forward windows need at least 1 bar in and out of sample, got IS " + inSampleBars
                    + " and OOS " + outOfSampleBars);
        }
        if (totalBars < inSampleBars + outOfSampleBars) {
            throw new IllegalArgumentException("walk-forward needs at least IS + OOS = " + (inSampleBars + outOfSampleBars)
                    + " bars, got " + totalBars);
        }
        int steps = (totalBars - inSampleBars) / outOfSampleBars;
        int firstOos = totalBars - steps * outOfSampleBars;
        List<WalkForwardWindow> windows = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            int oosStart = firstOos + i * outOfSampleBars;
            int isStart = mode == Mode.ANCHORED ? 0 : oosStart - inSampleBars;
            windows.add(new WalkForwardWindow(i, isStart, oosStart, oosStart, oosStart + outOfSampleBars));
        }
        return windows;
    }

    /**
     * Windows for a walk-forward matrix cell: {@code runs} OOS steps where each OOS window is
     * {@code outOfSampleFraction} of its (first) IS + OOS window. E.g. 1,000 bars, 5 runs, 20 %: OOS 111 bars,
     * IS 444 bars.
     */
    public static List<WalkForwardWindow> byRuns(int totalBars, int runs, double outOfSampleFraction, Mode mode) {
        if (runs < 1) {
            throw new IllegalArgumentException("walk-forward needs at least 1 run, got " + runs);
        }
        if (!(outOfSampleFraction > 0 && outOfSampleFraction < 1)) {
            throw new IllegalArgumentException("out-of-sample fraction must be strictly between 0 and 1, got " + outOfSampleFraction);
        }
        double isPerOos = (1 - outOfSampleFraction) / outOfSampleFraction;
        int oos = (int) Math.floor(totalBars / (runs + isPerOos));
        int is = (int) Math.floor(oos * isPerOos + 1e-9);
        if (oos < 1 || is < 1) {
            throw new IllegalArgumentException(totalBars + " bars are too few for " + runs + " walk-forward runs at " + outOfSampleFraction * 100
                    + " % out of sample");
        }
        return split(totalBars, is, oos, mode);
    }
}
