package org.exhaustionlab.pine.runtime.lib;

/**
 * Arithmetic and linear algebra of {@code matrix<float>} / {@code matrix<int>}: sum, diff, mult, pow, kron, det, inv,
 * pinv, rank, trace. Eigen-decomposition is {@link MatrixEigen}. na elements propagate through arithmetic as NaN.
 */
public final class MatrixAlgebra {
    /** Pivots smaller than this (relative to the matrix's largest element) count as zero. */
    static final double EPS = 1e-12;

    private MatrixAlgebra() {
    }

    private static void sameShape(String function, FloatMatrix a, FloatMatrix b) {
        if (a.rows != b.rows || a.cols != b.cols) {
            throw new PineRuntimeError(function + ": the matrices are " + a.rows + "x" + a.cols + " and " + b.rows + "x"
                    + b.cols + "; they must have the same size");
        }
    }

    static void square(String function, FloatMatrix m) {
        if (m.rows != m.cols) {
            throw new PineRuntimeError(function + ": the matrix is " + m.rows + "x" + m.cols + "; it must be square");
        }
    }

    public static FloatMatrix sum(FloatMatrix a, FloatMatrix b) {
        sameShape("matrix.sum", a, b);
        double[] d = new double[a.data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.data[i] + b.data[i];
        }
        return new FloatMatrix(a.holdsInts() && b.holdsInts(), a.rows, a.cols, d);
    }

    public static FloatMatrix sum(FloatMatrix a, double scalar) {
        double[] d = new double[a.data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.data[i] + scalar;
        }
        return new FloatMatrix(a.holdsInts(), a.rows, a.cols, d);
    }

    public static FloatMatrix diff(FloatMatrix a, FloatMatrix b) {
        sameShape("matrix.diff", a, b);
        double[] d = new double[a.data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.data[i] - b.data[i];
        }
        return new FloatMatrix(a.holdsInts() && b.holdsInts(), a.rows, a.cols, d);
    }

    public static FloatMatrix diff(FloatMatrix a, double scalar) {
        return sum(a, -scalar);
    }

    public static FloatMatrix mult(FloatMatrix a, double scalar) {
        double[] d = new double[a.data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.data[i] * scalar;
        }
        return new FloatMatrix(a.holdsInts(), a.rows, a.cols, d);
    }

    /** Matrix product; a's columns must equal b's rows. */
    public static FloatMatrix mult(FloatMatrix a, FloatMatrix b) {
        if (a.cols != b.rows) {
            throw new PineRuntimeError("matrix.mult: a " + a.rows + "x" + a.cols + " matrix cannot multiply a " + b.rows
                    + "x" + b.cols + " matrix; the first one's columns must equal the second one's rows");
        }
        FloatMatrix.checkSize("matrix.mult", (long) a.rows * b.cols);
        double[] d = new double[a.rows * b.cols];
        for (int i = 0; i < a.rows; i++) {
            for (int k = 0; k < a.cols; k++) {
                double x = a.data[i * a.cols + k];
                for (int j = 0; j < b.cols; j++) {
                    d[i * b.cols + j] += x * b.data[k * b.cols + j];
                }
            }
        }
        return new FloatMatrix(a.holdsInts() && b.holdsInts(), a.rows, b.cols, d);
    }

    /** Matrix times a column vector: the array's size must equal the matrix's columns. */
    public static FloatArray mult(FloatMatrix a, FloatArray vector) {
        if (vector.size() != a.cols) {
            throw new PineRuntimeError("matrix.mult: the array has " + vector.size() + " elements, the matrix has "
                    + a.cols + " columns");
        }
        double[] out = new double[a.rows];
        for (int i = 0; i < a.rows; i++) {
            double s = 0;
            for (int k = 0; k < a.cols; k++) {
                s += a.data[i * a.cols + k] * vector.at(k);
            }
            out[i] = s;
        }
        return FloatArray.from(out);
    }

    /** Square matrix to a non-negative whole power (power 0 = identity), by repeated squaring. */
    public static FloatMatrix pow(FloatMatrix a, long power) {
        square("matrix.pow", a);
        if (power == Na.INT || power < 0) {
            throw new PineRuntimeError("matrix.pow: the power must be 0 or more");
        }
        FloatMatrix result = identity(a.rows, a.holdsInts());
        FloatMatrix base = a.copy();
        long p = power;
        while (p > 0) {
            if ((p & 1) == 1) {
                result = mult(result, base);
            }
            p >>= 1;
            if (p > 0) {
                base = mult(base, base);
            }
        }
        return result;
    }

    static FloatMatrix identity(int n, boolean ints) {
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++) {
            d[i * n + i] = 1;
        }
        return new FloatMatrix(ints, n, n, d);
    }

    public static FloatMatrix kron(FloatMatrix a, FloatMatrix b) {
        int r = a.rows * b.rows;
        int c = a.cols * b.cols;
        FloatMatrix.checkSize("matrix.kron", (long) r * c);
        double[] d = new double[r * c];
        for (int i = 0; i < a.rows; i++) {
            for (int j = 0; j < a.cols; j++) {
                double x = a.data[i * a.cols + j];
                for (int k = 0; k < b.rows; k++) {
                    for (int l = 0; l < b.cols; l++) {
                        d[(i * b.rows + k) * c + j * b.cols + l] = x * b.data[k * b.cols + l];
                    }
                }
            }
        }
        return new FloatMatrix(a.holdsInts() && b.holdsInts(), r, c, d);
    }

    public static double trace(FloatMatrix a) {
        square("matrix.trace", a);
        double s = 0;
        for (int i = 0; i < a.rows; i++) {
            s += a.data[i * a.cols + i];
        }
        return s;
    }

    /** Determinant by LU decomposition with partial pivoting; na if an element is na. */
    public static double det(FloatMatrix a) {
        square("matrix.det", a);
        int n = a.rows;
        double[] m = a.data.clone();
        if (hasNa(m)) {
            return Double.NaN;
        }
        double det = 1;
        for (int k = 0; k < n; k++) {
            int p = pivot(m, n, n, k, k);
            if (m[p * n + k] == 0) {
                return 0.0;
            }
            if (p != k) {
                swapRows(m, n, p, k);
                det = -det;
            }
            double pv = m[k * n + k];
            det *= pv;
            for (int i = k + 1; i < n; i++) {
                double f = m[i * n + k] / pv;
                for (int j = k; j < n; j++) {
                    m[i * n + j] -= f * m[k * n + j];
                }
            }
        }
        return det;
    }

    /** Inverse by Gauss-Jordan elimination; a singular matrix (or one holding na) gives a matrix of na. */
    public static FloatMatrix inv(FloatMatrix a) {
        square("matrix.inv", a);
        int n = a.rows;
        double[] m = a.data.clone();
        double[] inv = identity(n, false).data;
        double scale = hasNa(m) ? Double.NaN : maxAbs(m);
        for (int k = 0; k < n; k++) {
            int p = pivot(m, n, n, k, k);
            if (!(Math.abs(m[p * n + k]) > EPS * scale)) {
                double[] nas = new double[n * n];
                java.util.Arrays.fill(nas, Double.NaN);
                return new FloatMatrix(false, n, n, nas);
            }
            swapRows(m, n, p, k);
            swapRows(inv, n, p, k);
            double pv = m[k * n + k];
            for (int j = 0; j < n; j++) {
                m[k * n + j] /= pv;
                inv[k * n + j] /= pv;
            }
            for (int i = 0; i < n; i++) {
                if (i != k) {
                    double f = m[i * n + k];
                    if (f != 0) {
                        for (int j = 0; j < n; j++) {
                            m[i * n + j] -= f * m[k * n + j];
                            inv[i * n + j] -= f * inv[k * n + j];
                        }
                    }
                }
            }
        }
        return new FloatMatrix(false, n, n, inv);
    }

    /** Rank by Gaussian elimination with a relative tolerance. */
    public static long rank(FloatMatrix a) {
        int r = a.rows;
        int c = a.cols;
        double[] m = a.data.clone();
        if (hasNa(m)) {
            return Na.INT;
        }
        double tol = EPS * Math.max(1, maxAbs(m)) * Math.max(r, c);
        int rank = 0;
        for (int col = 0; col < c && rank < r; col++) {
            int p = pivot(m, r, c, rank, col);
            if (Math.abs(m[p * c + col]) <= tol) {
                continue;
            }
            swapRows(m, c, p, rank);
            for (int i = rank + 1; i < r; i++) {
                double f = m[i * c + col] / m[rank * c + col];
                for (int j = col; j < c; j++) {
                    m[i * c + j] -= f * m[rank * c + j];
                }
            }
            rank++;
        }
        return rank;
    }

    /**
     * Moore-Penrose pseudo-inverse: with A^T A = V diag(l) V^T (symmetric eigen-decomposition),
     * A+ = V diag(1 / l, for l above the tolerance) V^T A^T. Works for any shape and rank.
     */
    public static FloatMatrix pinv(FloatMatrix a) {
        FloatMatrix at = a.transpose();
        FloatMatrix ata = mult(at, a);
        int n = ata.rows;
        double[][] vectors = new double[n][n];
        double[] values = MatrixEigen.jacobi(ata.data.clone(), n, vectors);
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        double tol = max * n * 1e-13;
        double[] core = new double[n * n];
        for (int k = 0; k < n; k++) {
            if (values[k] > tol) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        core[i * n + j] += vectors[k][i] * vectors[k][j] / values[k];
                    }
                }
            }
        }
        return mult(new FloatMatrix(false, n, n, core), at);
    }

    private static int pivot(double[] m, int rows, int cols, int fromRow, int col) {
        int p = fromRow;
        for (int i = fromRow + 1; i < rows; i++) {
            if (Math.abs(m[i * cols + col]) > Math.abs(m[p * cols + col])) {
                p = i;
            }
        }
        return p;
    }

    private static void swapRows(double[] m, int cols, int a, int b) {
        if (a == b) {
            return;
        }
        for (int j = 0; j < cols; j++) {
            double t = m[a * cols + j];
            m[a * cols + j] = m[b * cols + j];
            m[b * cols + j] = t;
        }
    }

    static double maxAbs(double[] m) {
        double max = 0;
        for (double v : m) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    static boolean hasNa(double[] m) {
        for (double v : m) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }
}
