package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.NA;
import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** User functions: defaults, named arguments, generic parameters, tuples, per-call-site state, global reads. */
class UserFunctionTest {

    @Test
    void globalHistoryWithAnOffsetComputedInsideTheFunction() {
        RunResult r = run("""
                //@version=6
                indicator("gh")
                x = close * 2
                f(n) => x[n]
                plot(f(bar_index % 3), "viaFunction")
                plot(x[bar_index % 3], "direct")
                """, ramp(8));
        assertArrayEquals(column(r, "direct"), column(r, "viaFunction"));
        assertEquals(2 * 103, column(r, "viaFunction")[5], "bar 5 reads x[2], the doubled close of bar 3 (103)");
    }

    @Test
    void defaultsNamedArgumentsAndGenericParameters() {
        RunResult r = run("""
                //@version=6
                indicator("f")
                scale(x, factor = 2) => x * factor
                plot(scale(3), "int")
                plot(scale(1.5), "float")
                plot(scale(factor = 10, x = 4), "named")
                """, ramp(1));
        assertArrayEquals(new double[] {6}, column(r, "int"));
        assertArrayEquals(new double[] {3}, column(r, "float"));
        assertArrayEquals(new double[] {40}, column(r, "named"));
    }

    @Test
    void eachCallSiteHasItsOwnState() {
        RunResult r = run("""
                //@version=6
                indicator("f")
                counter() =>
                    var int n = 0
                    n += 1
                    n
                smooth(src) => ta.sma(src, 2)
                a = counter()
                b = bar_index % 2 == 0 ? counter() : -1
                plot(a, "a")
                plot(b, "b")
                plot(smooth(close), "sc")
                plot(smooth(open), "so")
                """, ramp(4));
        assertArrayEquals(new double[] {1, 2, 3, 4}, column(r, "a"));
        assertArrayEquals(new double[] {1, -1, 2, -1}, column(r, "b"));
        assertArrayEquals(new double[] {NA, 100.5, 101.5, 102.5}, column(r, "sc"));
        assertArrayEquals(new double[] {NA, 100, 100.5, 101.5}, column(r, "so"));
    }

    @Test
    void tuplesFromFunctionsAndHistoryInsideFunctions() {
        RunResult r = run("""
                //@version=6
                indicator("t")
                minmax(a, b) => [math.min(a, b), math.max(a, b)]
                delta(x) => x - x[1]
                [lo, hi] = minmax(close, open + 0.5)
                plot(lo, "lo")
                plot(hi, "hi")
                plot(delta(close * 2), "d")
                """, ramp(3));
        assertArrayEquals(new double[] {100, 100.5, 101.5}, column(r, "lo"));
        assertArrayEquals(new double[] {100.5, 101, 102}, column(r, "hi"));
        assertArrayEquals(new double[] {NA, 2, 2}, column(r, "d"));
    }

    @Test
    void functionsReadGlobalsAndNestCalls() {
        RunResult r = run("""
                //@version=6
                indicator("g")
                base = input.int(100, "Base")
                above(x) => x - base
                twice(x) => above(x) + above(x)
                plot(twice(close), "t")
                """, ramp(2));
        assertArrayEquals(new double[] {0, 2}, column(r, "t"));
    }

    @Test
    void recursionIsRejectedWithADiagnostic() {
        PineProgram p = PineEngine.compile("""
                //@version=6
                indicator("r")
                f(x) => x <= 0 ? 0 : f(x - 1)
                plot(f(3))
                """, "r.pine");
        assertTrue(p.hasErrors());
        assertTrue(p.diagnostics().toString().contains("recursion"), p.diagnostics().toString());
    }
}
