package org.exhaustionlab.market;

import java.time.Instant;

/**
 * The consistency rules every bar in a {@link BarSeries} obeys, shared by the series builder and by importers so
 * that all of them refuse the same data with the same words.
 */
public final class BarValidation {

    private BarValidation() {
    }

    /**
     * What is wrong with one bar's values, or {@code null} if nothing is. Prices must be finite, {@code low <= high},
     * open and close within {@code [low, high]}; volume must be {@code >= 0} or {@code NaN} (no volume data).
     */
    public static String problem(double open, double high, double low, double close, double volume) {
        if (!Double.isFinite(open)) {
            return "open " + open + " is not a finite number";
        }
        if (!Double.isFinite(high)) {
            return "high " + high + " is not a finite number";
        }
        if (!Double.isFinite(low)) {
            return "low " + low + " is not a finite number";
        }
        if (!Double.isFinite(close)) {
            return "close " + close + " is not a finite number";
        }
        if (high < low) {
            return "high " + high + " is below low " + low;
        }
        if (open < low || open > high) {
            return "open " + open + " is outside the bar's range [low " + low + ", high " + high + "]";
        }
        if (close < low || close > high) {
            return "close " + close + " is outside the bar's range [low " + low + ", high " + high + "]";
        }
        if (Double.isInfinite(volume)) {
            return "volume " + volume + " is not a finite number";
        }
        if (volume < 0) {
            return "volume " + volume + " is negative";
        }
        return null;
    }

    /**
     * What is wrong with a bar opening at {@code time} right after a bar that opened at {@code previousTime}, or
     * {@code null} if the order is fine. Times must strictly increase.
     */
    public static String orderProblem(long previousTime, long time) {
        if (time == previousTime) {
            return "duplicate bar: time " + Instant.ofEpochMilli(time) + " appears twice";
        }
        if (time < previousTime) {
            return "time " + Instant.ofEpochMilli(time) + " goes backwards (previous bar at "
                    + Instant.ofEpochMilli(previousTime) + ")";
        }
        return null;
    }
}
