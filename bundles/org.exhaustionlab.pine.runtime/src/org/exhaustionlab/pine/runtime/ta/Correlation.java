package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.correlation(source1, source2, length)}: Pearson correlation over the last {@code length} bars where both
 * sources are defined, in moment form cov / sqrt(vx * vy) (PyneCore TradingView measurement, ta.py correlation: a
 * |covariance| within 1e-10 gives 0, a zero variance gives na). Known simplification: a bar where only ONE source is
 * na is skipped for both (TradingView compacts each sum separately).
 */
public final class Correlation {
    private final RollingSum sx = new RollingSum();
    private final RollingSum sy = new RollingSum();
    private final RollingSum sxy = new RollingSum();
    private final RollingSum sx2 = new RollingSum();
    private final RollingSum sy2 = new RollingSum();

    public double next(double source1, double source2, int length) {
        if (Double.isNaN(source1) || Double.isNaN(source2)) {
            source1 = Double.NaN;
            source2 = Double.NaN;
        }
        double mx = sx.next(source1, length) / length;
        double my = sy.next(source2, length) / length;
        double xy = sxy.next(source1 * source2, length);
        double x2 = sx2.next(source1 * source1, length);
        double y2 = sy2.next(source2 * source2, length);
        if (Double.isNaN(mx) || Double.isNaN(my)) {
            return Double.NaN;
        }
        double cov = xy / length - mx * my;
        if (Math.abs(cov) <= TaMath.EPSILON) {
            return 0.0;
        }
        double product = Math.max(0.0, x2 / length - mx * mx) * Math.max(0.0, y2 / length - my * my);
        return product == 0.0 ? Double.NaN : cov / Math.sqrt(product);
    }
}
