package org.exhaustionlab.validation.overfit;

/** Ordinary least squares y = a + b·x, skipping pairs with a non-finite value. */
final class LeastSquares {
    private LeastSquares() {
    }

    /** Returns {a, b}; b is NaN when x has no spread. */
    static double[] fit(double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                sxy += (x[i] - mx) * (y[i] - my);
                sxx += (x[i] - mx) * (x[i] - mx);
            }
        }
        double b = sxx == 0 ? Double.NaN : sxy / sxx;
        return new double[] {my - (Double.isNaN(b) ? 0 : b) * mx, b};
    }
}
