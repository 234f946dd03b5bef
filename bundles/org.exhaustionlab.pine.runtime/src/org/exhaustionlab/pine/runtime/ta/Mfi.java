package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.mfi(series, length)} (volume passed explicitly) = 100 - 100 / (1 + upper / lower), upper/lower = sum of
 * volume * series over bars whose change is up/down (reference formula; mfi+rsi+stoch.csv). A change within 1e-10 is
 * neither, lower == 0 gives 100 (PyneCore TradingView measurements, ta.py mfi).
 */
public final class Mfi {
    private final Change change = new Change();
    private final RollingSum upper = new RollingSum();
    private final RollingSum lower = new RollingSum();

    public double next(double series, int length, double volume) {
        if (Double.isNaN(series)) {
            return Double.NaN;
        }
        double delta = change.next(series, 1);
        boolean known = !Double.isNaN(delta);
        double up = upper.next(volume * (known && delta <= TaMath.EPSILON ? 0.0 : series), length);
        double down = lower.next(volume * (known && delta >= -TaMath.EPSILON ? 0.0 : series), length);
        if (Double.isNaN(up) || Double.isNaN(down)) {
            return Double.NaN;
        }
        if (Math.abs(up) <= TaMath.EPSILON) {
            up = 0.0;
        }
        if (Math.abs(down) <= TaMath.EPSILON) {
            return 100.0;
        }
        return 100.0 - 100.0 / (1.0 + up / down);
    }
}
