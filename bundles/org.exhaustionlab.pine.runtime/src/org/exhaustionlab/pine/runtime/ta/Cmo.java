package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.cmo(series, length)} = 100 * (sum(up) - sum(down)) / (sum(up) + sum(down)) over momentum change(series)
 * (reference formula; cci+cmo+cog.csv). A momentum within 1e-10 of zero counts as up, and an empty total is na
 * (PyneCore TradingView measurements, ta.py cmo).
 */
public final class Cmo {
    private final Change change = new Change();
    private final RollingSum upSum = new RollingSum();
    private final RollingSum downSum = new RollingSum();

    public double next(double series, int length) {
        double momentum = change.next(series, 1);
        if (Double.isNaN(momentum)) {
            return Double.NaN;
        }
        boolean up = momentum >= -TaMath.EPSILON;
        double sumUp = upSum.next(up ? momentum : 0.0, length);
        double sumDown = downSum.next(up ? 0.0 : -momentum, length);
        double total = sumUp + sumDown;
        return total == 0.0 ? Double.NaN : 100 * (sumUp - sumDown) / total;
    }
}
