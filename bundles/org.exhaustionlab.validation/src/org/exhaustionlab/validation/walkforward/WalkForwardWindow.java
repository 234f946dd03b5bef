package org.exhaustionlab.validation.walkforward;

/**
 * One walk-forward step as half-open bar index ranges: optimise on [inSampleStart, inSampleEnd), then trade
 * [outOfSampleStart, outOfSampleEnd) with the chosen parameters. The out-of-sample range always starts where the
 * in-sample range ends.
 */
public record WalkForwardWindow(int index, int inSampleStart, int inSampleEnd, int outOfSampleStart, int outOfSampleEnd) {

    public WalkForwardWindow {
        if (inSampleStart < 0 || inSampleEnd <= inSampleStart || outOfSampleStart != inSampleEnd || outOfSampleEnd <= outOfSampleStart) {
            throw new IllegalArgumentException("invalid walk-forward window " + index + ": IS [" + inSampleStart + ", " + inSampleEnd
                    + "), OOS [" + outOfSampleStart + ", " + outOfSampleEnd + ")");
        }
    }

    public int inSampleBars() {
        return inSampleEnd - inSampleStart;
    }

    public int outOfSampleBars() {
        return outOfSampleEnd - outOfSampleStart;
    }
}
