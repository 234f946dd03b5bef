package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.rsi(source, length)} = 100 - 100 / (1 + rma(up) / rma(down)), up/down = positive/negative change
 * (reference formula; mfi+rsi+stoch.csv: first value on bar {@code length}). An na source returns na without
 * advancing; a flat window (0/0) is na (reference formula has no special case).
 */
public final class Rsi {
    private final Rma up = new Rma();
    private final Rma down = new Rma();
    private double previous = Double.NaN;

    public double next(double source, int length) {
        RollingSum.checkLength(length);
        if (Double.isNaN(source)) {
            return Double.NaN;
        }
        if (Double.isNaN(previous)) {
            previous = source;
            return Double.NaN;
        }
        double gain = up.next(Math.max(source - previous, 0.0), length);
        double loss = down.next(Math.max(previous - source, 0.0), length);
        previous = source;
        return 100 - 100 / (1 + gain / loss);
    }
}
