package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.falling(source, length)}: true when the source fell by more than 1e-10 on each of the last {@code length}
 * consecutive steps. falling+rising.csv decides between readings: this consecutive-step rule matches all 200 bars,
 * "greater/less than every value of the last length bars" misses 18. na bars are skipped (reference remark: "na
 * values in the source series are ignored") and return false.
 */
public final class Falling {
    private double last = Double.NaN;
    private long steps;

    public boolean next(double source, int length) {
        RollingSum.checkLength(length);
        if (Double.isNaN(source)) {
            return false;
        }
        if (Double.isNaN(last)) {
            last = source;
            return false;
        }
        steps = last - source > TaMath.EPSILON ? steps + 1 : 0;
        last = source;
        return steps >= length;
    }
}
