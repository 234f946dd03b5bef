package org.exhaustionlab.pine.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatrixTest {
    private static final double EPS = 1e-12;
    private static final double R2 = Math.sqrt(2);

    private static void assertMatrix(double[][] expected, FloatMatrix actual, double eps) {
        assertEquals(expected.length, actual.rows(), "rows");
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r].length, actual.columns(), "columns");
            for (int c = 0; c < expected[r].length; c++) {
                assertEquals(expected[r][c], actual.get(r, c), eps, "element " + r + "," + c);
            }
        }
    }

    @Test
    void constructionAndAccess() {
        FloatMatrix m = new FloatMatrix(2, 3, 0);
        assertEquals(2, m.rows());
        assertEquals(3, m.columns());
        assertEquals(6, m.elementsCount());
        m.set(1, 2, 5);
        assertEquals(5.0, m.get(1, 2));
        assertThrows(PineRuntimeError.class, () -> m.get(2, 0));
        assertThrows(PineRuntimeError.class, () -> m.set(0, 3, 1));
        assertThrows(PineRuntimeError.class, () -> new FloatMatrix(400, 400, 0));
        assertEquals("[0, 0, 5]", m.row(1).toPineString());
        assertEquals("[0, 5]", m.col(2).toPineString());
        assertTrue(Double.isNaN(new FloatMatrix(1, 1, Double.NaN).get(0, 0)));
        assertTrue(Double.isNaN(m.get(Na.INT, 0)));
        assertThrows(PineRuntimeError.class, () -> m.get(-1, 0));
        m.set(0, Na.INT, 9);
        assertEquals("[0, 0, 0]", m.row(0).toPineString());
        assertEquals(null, m.row(Na.INT));
        assertEquals(null, m.col(Na.INT));
    }

    @Test
    void rowsAndColumns() {
        FloatMatrix m = FloatMatrix.of(new double[] {1, 2}, new double[] {3, 4});
        m.addRow(Na.INT, FloatArray.from(5, 6));
        m.addRow(0, null);
        assertEquals(4, m.rows());
        assertTrue(Double.isNaN(m.get(0, 0)));
        assertEquals("[5, 6]", m.removeRow(Na.INT).toPineString());
        assertEquals("[NaN, NaN]", m.removeRow(0).toPineString());
        m.addCol(1, FloatArray.from(9, 9));
        assertMatrix(new double[][] {{1, 9, 2}, {3, 9, 4}}, m, 0);
        assertEquals("[9, 9]", m.removeCol(1).toPineString());
        assertThrows(PineRuntimeError.class, () -> m.addRow(0, FloatArray.from(1, 2, 3)));
        m.swapRows(0, 1);
        assertMatrix(new double[][] {{3, 4}, {1, 2}}, m, 0);
        m.swapColumns(0, 1);
        assertMatrix(new double[][] {{4, 3}, {2, 1}}, m, 0);
        FloatMatrix empty = new FloatMatrix(0, 0, 0);
        empty.addRow(0, FloatArray.from(1, 2, 3));
        assertEquals(3, empty.columns());
        assertEquals(1, empty.rows());
    }

    @Test
    void shapeOperations() {
        FloatMatrix m = FloatMatrix.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertMatrix(new double[][] {{1, 4}, {2, 5}, {3, 6}}, m.transpose(), 0);
        FloatMatrix r = m.copy();
        r.reshape(3, 2);
        assertMatrix(new double[][] {{1, 2}, {3, 4}, {5, 6}}, r, 0);
        assertThrows(PineRuntimeError.class, () -> r.reshape(4, 2));
        assertMatrix(new double[][] {{5, 6}}, m.submatrix(1, 2, 1, 3), 0);
        FloatMatrix rev = m.copy();
        rev.reverse();
        assertMatrix(new double[][] {{6, 5, 4}, {3, 2, 1}}, rev, 0);
        FloatMatrix f = m.copy();
        f.fill(0, 0, 1, 1, Na.INT);
        assertMatrix(new double[][] {{1, 0, 0}, {4, 5, 6}}, f, 0);
        FloatMatrix c = m.copy().concat(FloatMatrix.of(new double[] {7, 8, 9}));
        assertEquals(3, c.rows());
        assertThrows(PineRuntimeError.class, () -> m.copy().concat(FloatMatrix.of(new double[] {1})));
        FloatMatrix s = FloatMatrix.of(new double[] {3, 0}, new double[] {1, 1}, new double[] {2, 2});
        s.sort(0, false);
        assertMatrix(new double[][] {{1, 1}, {2, 2}, {3, 0}}, s, 0);
        s.sort(1, true);
        assertMatrix(new double[][] {{2, 2}, {1, 1}, {3, 0}}, s, 0);
    }

    @Test
    void arithmetic() {
        FloatMatrix a = FloatMatrix.of(new double[] {1, 2}, new double[] {3, 4});
        FloatMatrix b = FloatMatrix.of(new double[] {5, 6}, new double[] {7, 8});
        assertMatrix(new double[][] {{6, 8}, {10, 12}}, MatrixAlgebra.sum(a, b), 0);
        assertMatrix(new double[][] {{-4, -4}, {-4, -4}}, MatrixAlgebra.diff(a, b), 0);
        assertMatrix(new double[][] {{11, 12}, {13, 14}}, MatrixAlgebra.sum(a, 10), 0);
        assertMatrix(new double[][] {{0, 1}, {2, 3}}, MatrixAlgebra.diff(a, 1), 0);
        assertMatrix(new double[][] {{19, 22}, {43, 50}}, MatrixAlgebra.mult(a, b), 0);
        assertMatrix(new double[][] {{2, 4}, {6, 8}}, MatrixAlgebra.mult(a, 2), 0);
        assertEquals("[5, 11]", MatrixAlgebra.mult(a, FloatArray.from(1, 2)).toPineString());
        assertThrows(PineRuntimeError.class, () -> MatrixAlgebra.mult(a, FloatMatrix.of(new double[] {1, 2})));
        assertThrows(PineRuntimeError.class, () -> MatrixAlgebra.sum(a, FloatMatrix.of(new double[] {1, 2})));
        FloatMatrix fib = FloatMatrix.of(new double[] {1, 1}, new double[] {1, 0});
        assertMatrix(new double[][] {{3, 2}, {2, 1}}, MatrixAlgebra.pow(fib, 3), 0);
        assertMatrix(new double[][] {{1, 0}, {0, 1}}, MatrixAlgebra.pow(fib, 0), 0);
        FloatMatrix k = MatrixAlgebra.kron(a, FloatMatrix.of(new double[] {0, 5}, new double[] {6, 7}));
        assertMatrix(new double[][] {{0, 5, 0, 10}, {6, 7, 12, 14}, {0, 15, 0, 20}, {18, 21, 24, 28}}, k, 0);
        assertEquals(5.0, MatrixAlgebra.trace(a));
    }

    @Test
    void determinantInverseRank() {
        FloatMatrix a = FloatMatrix.of(new double[] {1, 2}, new double[] {3, 4});
        assertEquals(-2.0, MatrixAlgebra.det(a), EPS);
        assertMatrix(new double[][] {{-2, 1}, {1.5, -0.5}}, MatrixAlgebra.inv(a), EPS);
        FloatMatrix c = FloatMatrix.of(new double[] {4, 7}, new double[] {2, 6});
        assertEquals(10.0, MatrixAlgebra.det(c), EPS);
        assertMatrix(new double[][] {{0.6, -0.7}, {-0.2, 0.4}}, MatrixAlgebra.inv(c), EPS);
        FloatMatrix d = FloatMatrix.of(new double[] {2, -1, 0}, new double[] {-1, 2, -1}, new double[] {0, -1, 2});
        assertEquals(4.0, MatrixAlgebra.det(d), EPS);
        assertMatrix(new double[][] {{0.75, 0.5, 0.25}, {0.5, 1, 0.5}, {0.25, 0.5, 0.75}}, MatrixAlgebra.inv(d), EPS);
        FloatMatrix singular = FloatMatrix.of(new double[] {2, 0, 1}, new double[] {1, 3, 2}, new double[] {1, 1, 1});
        assertEquals(0.0, MatrixAlgebra.det(singular), EPS);
        assertEquals(2, MatrixAlgebra.rank(singular));
        assertTrue(Double.isNaN(MatrixAlgebra.inv(singular).get(0, 0)));
        assertEquals(3, MatrixAlgebra.rank(d));
        assertEquals(1, MatrixAlgebra.rank(FloatMatrix.of(new double[] {1, 2, 3}, new double[] {2, 4, 6})));
        assertEquals(0, MatrixAlgebra.rank(new FloatMatrix(2, 2, 0)));
        assertTrue(Double.isNaN(MatrixAlgebra.det(FloatMatrix.of(new double[] {1, Double.NaN}, new double[] {1, 1}))));
        assertThrows(PineRuntimeError.class, () -> MatrixAlgebra.det(FloatMatrix.of(new double[] {1, 2})));
        FloatMatrix perm = FloatMatrix.of(new double[] {0, 1}, new double[] {1, 0});
        assertEquals(-1.0, MatrixAlgebra.det(perm), EPS);
    }

    @Test
    void pseudoInverse() {
        FloatMatrix a = FloatMatrix.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6});
        assertMatrix(new double[][] {{-32 / 24.0, -8 / 24.0, 16 / 24.0}, {26 / 24.0, 8 / 24.0, -10 / 24.0}},
                MatrixAlgebra.pinv(a), 1e-9);
        FloatMatrix rankOne = FloatMatrix.of(new double[] {1, 2}, new double[] {2, 4});
        assertMatrix(new double[][] {{1 / 25.0, 2 / 25.0}, {2 / 25.0, 4 / 25.0}}, MatrixAlgebra.pinv(rankOne), 1e-9);
        FloatMatrix c = FloatMatrix.of(new double[] {4, 7}, new double[] {2, 6});
        assertMatrix(new double[][] {{0.6, -0.7}, {-0.2, 0.4}}, MatrixAlgebra.pinv(c), 1e-9);
    }

    @Test
    void symmetricEigen() {
        FloatMatrix d = FloatMatrix.of(new double[] {2, -1, 0}, new double[] {-1, 2, -1}, new double[] {0, -1, 2});
        double[] values = MatrixEigen.eigenvalues(d).toArray();
        assertArrayEquals(new double[] {2 + R2, 2, 2 - R2}, values, EPS);
        FloatMatrix v = MatrixEigen.eigenvectors(d);
        assertMatrix(new double[][] {{-0.5, 1 / R2, 0.5}, {R2 / 2, 0, R2 / 2}, {-0.5, -1 / R2, 0.5}}, v, 1e-10);
        // A v = lambda v for every column
        for (int c = 0; c < 3; c++) {
            FloatArray av = MatrixAlgebra.mult(d, v.col(c));
            for (int r = 0; r < 3; r++) {
                assertEquals(values[c] * v.get(r, c), av.get(r), 1e-10);
            }
        }
        assertArrayEquals(new double[] {3, 1}, MatrixEigen.eigenvalues(FloatMatrix.of(new double[] {2, 1},
                new double[] {1, 2})).toArray(), EPS);
    }

    @Test
    void generalEigen() {
        assertArrayEquals(new double[] {5, 2}, MatrixEigen.eigenvalues(FloatMatrix.of(new double[] {4, 1},
                new double[] {2, 3})).toArray(), 1e-10);
        assertArrayEquals(new double[] {6, 4, 1}, MatrixEigen.eigenvalues(FloatMatrix.of(new double[] {1, 2, 3},
                new double[] {0, 4, 5}, new double[] {0, 0, 6})).toArray(), 1e-10);
        assertArrayEquals(new double[] {0, 0}, MatrixEigen.eigenvalues(FloatMatrix.of(new double[] {0, -1},
                new double[] {1, 0})).toArray(), 1e-10); // +-i: real parts
        FloatMatrix v = MatrixEigen.eigenvectors(FloatMatrix.of(new double[] {4, 1}, new double[] {2, 3}));
        assertMatrix(new double[][] {{1 / R2, -1 / Math.sqrt(5)}, {1 / R2, 2 / Math.sqrt(5)}}, v, 1e-8);
    }

    @Test
    void statisticsAndPredicates() {
        FloatMatrix m = FloatMatrix.of(new double[] {1, 2}, new double[] {2, 9});
        assertEquals(3.5, MatrixStats.avg(m));
        assertEquals(1.0, MatrixStats.min(m));
        assertEquals(9.0, MatrixStats.max(m));
        assertEquals(2.0, MatrixStats.median(m));
        assertEquals(2.0, MatrixStats.mode(m));
        assertTrue(MatrixStats.isSquare(m));
        assertTrue(MatrixStats.isSymmetric(m));
        assertFalse(MatrixStats.isAntisymmetric(m));
        assertTrue(MatrixStats.isAntisymmetric(FloatMatrix.of(new double[] {0, 2}, new double[] {-2, 0})));
        assertTrue(MatrixStats.isIdentity(MatrixAlgebra.identity(3, false)));
        assertFalse(MatrixStats.isIdentity(m));
        assertTrue(MatrixStats.isDiagonal(FloatMatrix.of(new double[] {3, 0}, new double[] {0, 4})));
        assertTrue(MatrixStats.isAntidiagonal(FloatMatrix.of(new double[] {0, 3}, new double[] {4, 0})));
        assertTrue(MatrixStats.isTriangular(FloatMatrix.of(new double[] {1, 2}, new double[] {0, 3})));
        assertTrue(MatrixStats.isTriangular(FloatMatrix.of(new double[] {1, 0}, new double[] {5, 3})));
        assertFalse(MatrixStats.isTriangular(m));
        assertTrue(MatrixStats.isZero(new FloatMatrix(2, 3, 0)));
        assertTrue(MatrixStats.isBinary(FloatMatrix.of(new double[] {0, 1}, new double[] {1, 1})));
        assertFalse(MatrixStats.isBinary(m));
        assertTrue(MatrixStats.isStochastic(FloatMatrix.of(new double[] {0.5, 0.5}, new double[] {0.1, 0.9})));
        assertFalse(MatrixStats.isStochastic(FloatMatrix.of(new double[] {0.5, 0.6}, new double[] {0.1, 0.9})));
        assertFalse(MatrixStats.isSymmetric(FloatMatrix.of(new double[] {1, 2, 3})));
    }

    @Test
    void objectMatrix() {
        ObjectMatrix<String> m = new ObjectMatrix<>("string", 2, 2, "a");
        m.set(1, 1, "z");
        assertEquals("z", m.get(1, 1));
        assertEquals("[a, z]", m.row(1).toPineString());
        assertTrue(m.row(1) instanceof StringArray);
        ObjectMatrix<String> t = m.transpose();
        t.set(0, 1, "q");
        assertEquals("a", m.get(0, 1));
        m.addRow(Na.INT, new Object[] {"c", "b"});
        m.sort(1, StringArray.ORDER, false);
        assertEquals("[a, a]", m.row(0).toPineString());
        assertEquals("[c, b]", m.row(1).toPineString());
        m.reshape(1, 6);
        assertEquals(6, m.columns());
        assertThrows(PineRuntimeError.class, () -> m.get(1, 0));
    }
}
