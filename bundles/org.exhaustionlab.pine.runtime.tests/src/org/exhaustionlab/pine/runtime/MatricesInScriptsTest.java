package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** matrix.* end to end through the interpreter: declarations, functions, methods, named arguments, var matrices. */
class MatricesInScriptsTest {

    @Test
    void aParameterNamedLikeTheNamespaceDoesNotHideItsFunctions() {
        RunResult r = run("""
                //@version=6
                indicator("shadow")
                var m = matrix.new<float>(2, 2, 0.0)
                fill(matrix, rows, cols) =>
                    for i = 0 to rows - 1
                        for j = 0 to cols - 1
                            matrix.set(matrix, i, j, i * 10 + j)
                if barstate.isfirst
                    fill(m, 2, 2)
                plot(matrix.get(m, 1, 0), "m10")
                plot(m.get(0, 1), "m01")
                """, ramp(2));
        assertArrayEquals(new double[] {10, 10}, column(r, "m10"));
        assertArrayEquals(new double[] {1, 1}, column(r, "m01"));
    }

    @Test
    void floatMatrixAlgebra() {
        RunResult r = run("""
                //@version=6
                indicator("m")
                matrix<float> m = matrix.new<float>(2, 2, 0.0)
                m.set(0, 0, 4.0)
                m.set(0, 1, 7.0)
                matrix.set(m, 1, 0, 2.0)
                m.set(row = 1, column = 1, value = 6.0)
                plot(m.det(), "det")
                inv = matrix.inv(m)
                plot(inv.get(0, 0), "inv00")
                plot(inv.get(0, 1), "inv01")
                p = m.mult(inv)
                plot(p.get(0, 0), "p00")
                plot(p.get(0, 1), "p01")
                t = m.transpose()
                plot(t.get(0, 1), "t01")
                ev = m.eigenvalues()
                plot(ev.get(0) * ev.get(1), "evProduct")
                plot(ev.get(0) + ev.get(1), "evSum")
                v = m.mult(array.from(1.0, 1.0))
                plot(v.get(0), "mv0")
                plot(v.get(1), "mv1")
                plot(m.trace(), "trace")
                plot(matrix.sum(m, 1).get(1, 1), "plusScalar")
                plot(m.is_square() ? 1 : 0, "square")
                plot(matrix.rank(m), "rank")
                """, ramp(3));
        assertEquals(10, column(r, "det")[2], 1e-12, "4*6 - 7*2");
        assertEquals(0.6, column(r, "inv00")[2], 1e-12);
        assertEquals(-0.7, column(r, "inv01")[2], 1e-12);
        assertEquals(1, column(r, "p00")[2], 1e-12);
        assertEquals(0, column(r, "p01")[2], 1e-12);
        assertEquals(2, column(r, "t01")[2], "the transpose swaps m[1][0] = 2 into [0][1]");
        assertEquals(10, column(r, "evProduct")[2], 1e-9, "eigenvalues multiply to the determinant");
        assertEquals(10, column(r, "evSum")[2], 1e-9, "and add up to the trace");
        assertEquals(11, column(r, "mv0")[2]);
        assertEquals(8, column(r, "mv1")[2]);
        assertEquals(10, column(r, "trace")[2]);
        assertEquals(7, column(r, "plusScalar")[2]);
        assertEquals(1, column(r, "square")[2]);
        assertEquals(2, column(r, "rank")[2]);
    }

    @Test
    void intAndStringMatricesAndAVarMatrixThatGrows() {
        RunResult r = run("""
                //@version=6
                indicator("m")
                mi = matrix.new<int>(2, 3, 1)
                mi.set(1, 2, 5)
                plot(mi.max(), "imax")
                plot(mi.rows() * 10 + mi.columns(), "shape")
                plot(mi.row(1).sum(), "rowSum")
                plot(mi.col(2).get(1), "colValue")
                var matrix<float> hist = matrix.new<float>(0, 2)
                hist.add_row(hist.rows(), array.from(close, open))
                plot(hist.rows(), "rows")
                plot(hist.get(hist.rows() - 1, 0), "lastClose")
                plot(hist.avg(), "avg")
                ms = matrix.new<string>(1, 2, "a")
                ms.set(0, 1, "bc")
                plot(str.length(ms.get(0, 0) + ms.get(0, 1)), "strlen")
                sub = hist.submatrix(0, 1, 0, 1)
                plot(sub.elements_count(), "subCount")
                """, ramp(4));
        assertEquals(5, column(r, "imax")[0]);
        assertEquals(23, column(r, "shape")[0]);
        assertEquals(7, column(r, "rowSum")[0]);
        assertEquals(5, column(r, "colValue")[0]);
        double[] rows = column(r, "rows");
        assertEquals(1, rows[0]);
        assertEquals(4, rows[3], "var matrix keeps its rows from bar to bar");
        assertEquals(103, column(r, "lastClose")[3]);
        // closes 100..103 and opens 100, 100, 101, 102: mean of all 8 elements
        assertEquals((100 + 101 + 102 + 103 + 100 + 100 + 101 + 102) / 8.0, column(r, "avg")[3], 1e-12);
        assertEquals(3, column(r, "strlen")[0]);
        assertEquals(1, column(r, "subCount")[3]);
    }

    @Test
    void matrixRuntimeErrorsStopTheRunWithAClearMessage() {
        RunResult r = Scripts.compile("""
                //@version=6
                indicator("m")
                m = matrix.new<float>(2, 2, 1.0)
                plot(m.get(5, 0))
                """).run(ramp(2), RunOptions.defaults());
        assertFalse(r.ok());
        assertTrue(r.failure().message().contains("row"), r.failure().message());
    }
}
