package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.tr(handle_na)} and the variable {@code ta.tr} (= handle_na false): max(high - low, |high - close[1]|,
 * |low - close[1]|); without a previous close it is high - low when handle_na, else na (tr.csv bar 0).
 */
public final class Tr {
    private double previousClose = Double.NaN;

    public double next(boolean handleNa, double high, double low, double close) {
        double range;
        if (Double.isNaN(previousClose)) {
            range = handleNa ? high - low : Double.NaN;
        } else {
            range = Math.max(high - low, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
        }
        previousClose = close;
        return range;
    }
}
