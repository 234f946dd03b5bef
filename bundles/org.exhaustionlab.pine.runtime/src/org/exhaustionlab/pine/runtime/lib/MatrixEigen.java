package org.exhaustionlab.pine.runtime.lib;

import java.util.Arrays;

/**
 * matrix.eigenvalues / matrix.eigenvectors. Symmetric matrices use the cyclic Jacobi method (exact to rounding);
 * other matrices use the shifted QR algorithm, where a complex-conjugate pair is reported by its real part (Pine has no
 * complex numbers), and inverse iteration for the vectors. Eigenvalues come in DESCENDING order and the vectors are the
 * columns in the same order, unit length, each with its largest-magnitude component positive (TradingView documents
 * neither order nor sign).
 */
public final class MatrixEigen {
    private MatrixEigen() {
    }

    public static FloatArray eigenvalues(FloatMatrix m) {
        MatrixAlgebra.square("matrix.eigenvalues", m);
        int n = m.rows;
        if (MatrixAlgebra.hasNa(m.data)) {
            return FloatArray.newFloat(n, Double.NaN);
        }
        double[] values = isSymmetric(m) ? jacobi(m.data.clone(), n, new double[n][n]) : qr(m.data.clone(), n);
        Arrays.sort(values);
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return FloatArray.from(values);
    }

    public static FloatMatrix eigenvectors(FloatMatrix m) {
        MatrixAlgebra.square("matrix.eigenvectors", m);
        int n = m.rows;
        double[] out = new double[n * n];
        if (MatrixAlgebra.hasNa(m.data)) {
            Arrays.fill(out, Double.NaN);
            return new FloatMatrix(false, n, n, out);
        }
        double[][] vectors = new double[n][n];
        double[] values;
        if (isSymmetric(m)) {
            values = jacobi(m.data.clone(), n, vectors);
        } else {
            values = qr(m.data.clone(), n);
            for (int k = 0; k < n; k++) {
                vectors[k] = inverseIteration(m.data, n, values[k]);
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        for (int c = 0; c < n; c++) {
            double[] v = normalized(vectors[order[c]]);
            for (int r = 0; r < n; r++) {
                out[r * n + c] = v[r];
            }
        }
        return new FloatMatrix(false, n, n, out);
    }

    static boolean isSymmetric(FloatMatrix m) {
        int n = m.rows;
        double tol = 1e-12 * Math.max(1, MatrixAlgebra.maxAbs(m.data));
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(m.data[i * n + j] - m.data[j * n + i]) > tol) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] normalized(double[] v) {
        double norm = 0;
        int big = 0;
        for (int i = 0; i < v.length; i++) {
            norm += v[i] * v[i];
            if (Math.abs(v[i]) > Math.abs(v[big]) + 1e-12) {
                big = i;
            }
        }
        norm = Math.sqrt(norm);
        double s = norm == 0 ? 0 : (v[big] < 0 ? -1 : 1) / norm;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * s + 0.0;
        }
        return out;
    }

    /**
     * Cyclic Jacobi eigen-decomposition of a symmetric n x n matrix (row-major, destroyed). Returns the eigenvalues;
     * vectors[k] receives the eigenvector of value k.
     */
    static double[] jacobi(double[] a, int n, double[][] vectors) {
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p * n + q] * a[p * n + q];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p * n + q];
                    if (apq == 0) {
                        continue;
                    }
                    double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) { // A = J^T A J, columns then rows
                        double akp = a[k * n + p];
                        double akq = a[k * n + q];
                        a[k * n + p] = c * akp - s * akq;
                        a[k * n + q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p * n + k];
                        double aqk = a[q * n + k];
                        a[p * n + k] = c * apk - s * aqk;
                        a[q * n + k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = a[k * n + k];
            for (int i = 0; i < n; i++) {
                vectors[k][i] = v[i][k];
            }
        }
        return values;
    }

    /** Eigenvalues (real parts) of a general matrix by the shifted QR algorithm with deflation. */
    static double[] qr(double[] a, int n) {
        double[] values = new double[n];
        int hi = n - 1;
        int iterations = 0;
        double scale = Math.max(1e-300, MatrixAlgebra.maxAbs(a));
        while (hi >= 0) {
            if (hi == 0) {
                values[0] = a[0];
                break;
            }
            if (Math.abs(a[hi * n + hi - 1]) <= 1e-14 * scale) {
                values[hi] = a[hi * n + hi];
                hi--;
                iterations = 0;
                continue;
            }
            double p = a[(hi - 1) * n + hi - 1];
            double q = a[(hi - 1) * n + hi];
            double r = a[hi * n + hi - 1];
            double s = a[hi * n + hi];
            double tr = p + s;
            double disc = (p - s) * (p - s) / 4 + q * r;
            boolean isolated = hi == 1 || Math.abs(a[(hi - 1) * n + hi - 2]) <= 1e-14 * scale;
            if (isolated && (disc < 0 || iterations > 200)) {
                double root = disc < 0 ? 0 : Math.sqrt(disc);
                values[hi - 1] = tr / 2 + root;
                values[hi] = tr / 2 - root;
                hi -= 2;
                iterations = 0;
                continue;
            }
            double shift = disc >= 0
                    ? (Math.abs(tr / 2 + Math.sqrt(disc) - s) < Math.abs(tr / 2 - Math.sqrt(disc) - s)
                            ? tr / 2 + Math.sqrt(disc) : tr / 2 - Math.sqrt(disc))
                    : s;
            if (iterations > 0 && iterations % 11 == 0) {
                shift += Math.abs(r) * 0.75; // exceptional shift against cycling
            }
            qrStep(a, n, hi + 1, shift);
            if (++iterations > 5000) {
                for (int i = 0; i <= hi; i++) {
                    values[i] = a[i * n + i];
                }
                break;
            }
        }
        return values;
    }

    /** One shifted QR step on the leading m x m block: A - sI = QR (Householder), A = RQ + sI. */
    private static void qrStep(double[] a, int n, int m, double shift) {
        for (int i = 0; i < m; i++) {
            a[i * n + i] -= shift;
        }
        double[][] householders = new double[m][];
        for (int k = 0; k < m - 1; k++) {
            double norm = 0;
            for (int i = k; i < m; i++) {
                norm += a[i * n + k] * a[i * n + k];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                continue;
            }
            double[] v = new double[m];
            double alpha = a[k * n + k] > 0 ? -norm : norm;
            for (int i = k; i < m; i++) {
                v[i] = a[i * n + k];
            }
            v[k] -= alpha;
            double vv = 0;
            for (int i = k; i < m; i++) {
                vv += v[i] * v[i];
            }
            if (vv == 0) {
                continue;
            }
            for (int j = 0; j < m; j++) { // A = H A (rows k..m)
                double dot = 0;
                for (int i = k; i < m; i++) {
                    dot += v[i] * a[i * n + j];
                }
                double f = 2 * dot / vv;
                for (int i = k; i < m; i++) {
                    a[i * n + j] -= f * v[i];
                }
            }
            householders[k] = v;
        }
        for (int k = 0; k < m - 1; k++) { // A = R Q = R H0 H1 ... (columns k..m)
            double[] v = householders[k];
            if (v == null) {
                continue;
            }
            double vv = 0;
            for (int i = k; i < m; i++) {
                vv += v[i] * v[i];
            }
            for (int i = 0; i < m; i++) {
                double dot = 0;
                for (int j = k; j < m; j++) {
                    dot += a[i * n + j] * v[j];
                }
                double f = 2 * dot / vv;
                for (int j = k; j < m; j++) {
                    a[i * n + j] -= f * v[j];
                }
            }
        }
        for (int i = 0; i < m; i++) {
            a[i * n + i] += shift;
        }
    }

    /** An eigenvector of a (row-major n x n) for the eigenvalue lambda, by inverse iteration. */
    private static double[] inverseIteration(double[] a, int n, double lambda) {
        double scale = Math.max(1, MatrixAlgebra.maxAbs(a));
        double mu = lambda + 1e-10 * scale;
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / Math.sqrt(n));
        for (int it = 0; it < 30; it++) {
            double[] m = a.clone();
            for (int i = 0; i < n; i++) {
                m[i * n + i] -= mu;
            }
            double[] y = solve(m, n, x.clone());
            double norm = 0;
            for (double v : y) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            if (!(norm > 0) || Double.isInfinite(norm)) {
                break;
            }
            for (int i = 0; i < n; i++) {
                x[i] = y[i] / norm;
            }
        }
        return x;
    }

    /** Solves m x = b by Gaussian elimination with partial pivoting (m and b are destroyed). */
    private static double[] solve(double[] m, int n, double[] b) {
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(m[i * n + k]) > Math.abs(m[p * n + k])) {
                    p = i;
                }
            }
            if (p != k) {
                for (int j = 0; j < n; j++) {
                    double t = m[k * n + j];
                    m[k * n + j] = m[p * n + j];
                    m[p * n + j] = t;
                }
                double t = b[k];
                b[k] = b[p];
                b[p] = t;
            }
            double pv = m[k * n + k];
            if (pv == 0) {
                pv = 1e-300;
                m[k * n + k] = pv;
            }
            for (int i = k + 1; i < n; i++) {
                double f = m[i * n + k] / pv;
                for (int j = k; j < n; j++) {
                    m[i * n + j] -= f * m[k * n + j];
                }
                b[i] -= f * b[k];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < n; j++) {
                s -= m[i * n + j] * x[j];
            }
            x[i] = s / m[i * n + i];
        }
        return x;
    }
}
