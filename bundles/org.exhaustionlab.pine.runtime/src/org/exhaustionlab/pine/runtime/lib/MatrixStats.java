package org.exhaustionlab.pine.runtime.lib;

/**
 * Statistics (na elements ignored, as for arrays) and the is_* predicates of numeric matrices. Predicates compare
 * exactly, except is_stochastic whose row sums may differ from 1 by 1e-10; non-square matrices are never
 * identity/diagonal/antidiagonal/symmetric/antisymmetric/triangular; an empty matrix is none of them either.
 */
public final class MatrixStats {
    private MatrixStats() {
    }

    public static double avg(FloatMatrix m) {
        return ArrayStats.avg(m.data);
    }

    public static double min(FloatMatrix m) {
        return ArrayStats.min(m.data, 0);
    }

    public static double max(FloatMatrix m) {
        return ArrayStats.max(m.data, 0);
    }

    public static double median(FloatMatrix m) {
        return ArrayStats.median(m.data);
    }

    public static double mode(FloatMatrix m) {
        return ArrayStats.mode(m.data);
    }

    public static boolean isSquare(FloatMatrix m) {
        return m.rows == m.cols;
    }

    public static boolean isZero(FloatMatrix m) {
        for (double v : m.data) {
            if (v != 0) {
                return false;
            }
        }
        return m.data.length > 0;
    }

    public static boolean isBinary(FloatMatrix m) {
        for (double v : m.data) {
            if (v != 0 && v != 1) {
                return false;
            }
        }
        return m.data.length > 0;
    }

    private static boolean squareNonEmpty(FloatMatrix m) {
        return m.rows == m.cols && m.rows > 0;
    }

    public static boolean isIdentity(FloatMatrix m) {
        if (!squareNonEmpty(m)) {
            return false;
        }
        for (int i = 0; i < m.rows; i++) {
            for (int j = 0; j < m.cols; j++) {
                if (m.at(i, j) != (i == j ? 1 : 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    public static boolean isDiagonal(FloatMatrix m) {
        if (!squareNonEmpty(m)) {
            return false;
        }
        for (int i = 0; i < m.rows; i++) {
            for (int j = 0; j < m.cols; j++) {
                if (i != j && m.at(i, j) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    public static boolean isAntidiagonal(FloatMatrix m) {
        if (!squareNonEmpty(m)) {
            return false;
        }
        int n = m.rows;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i + j != n - 1 && m.at(i, j) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    public static boolean isSymmetric(FloatMatrix m) {
        if (!squareNonEmpty(m)) {
            return false;
        }
        for (int i = 0; i < m.rows; i++) {
            for (int j = i + 1; j < m.cols; j++) {
                if (m.at(i, j) != m.at(j, i)) {
                    return false;
                }
            }
        }
        return true;
    }

    public static boolean isAntisymmetric(FloatMatrix m) {
        if (!squareNonEmpty(m)) {
            return false;
        }
        for (int i = 0; i < m.rows; i++) {
            for (int j = i; j < m.cols; j++) {
                if (m.at(i, j) != -m.at(j, i)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Upper or lower triangular. */
    public static boolean isTriangular(FloatMatrix m) {
        if (!squareNonEmpty(m)) {
            return false;
        }
        boolean upper = true;
        boolean lower = true;
        for (int i = 0; i < m.rows; i++) {
            for (int j = 0; j < m.cols; j++) {
                if (i > j && m.at(i, j) != 0) {
                    upper = false;
                }
                if (i < j && m.at(i, j) != 0) {
                    lower = false;
                }
            }
        }
        return upper || lower;
    }

    /** Every element non-negative and every row summing to 1. */
    public static boolean isStochastic(FloatMatrix m) {
        if (m.data.length == 0) {
            return false;
        }
        for (int i = 0; i < m.rows; i++) {
            double sum = 0;
            for (int j = 0; j < m.cols; j++) {
                double v = m.at(i, j);
                if (!(v >= 0)) {
                    return false;
                }
                sum += v;
            }
            if (Math.abs(sum - 1) > 1e-10) {
                return false;
            }
        }
        return true;
    }
}
