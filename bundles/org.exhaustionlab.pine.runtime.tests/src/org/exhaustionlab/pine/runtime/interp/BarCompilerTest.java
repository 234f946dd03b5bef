package org.exhaustionlab.pine.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.exhaustionlab.pine.runtime.RunResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Compiled bar code must compute exactly what the tree computes — every plot value, colour, event and runtime
 * failure — on scripts built to hit what the compiler handles itself (na arithmetic, comparisons, short-circuit
 * and/or whose right side holds state, ternaries) and what must stop it from keeping values in locals (variables
 * also written inside blocks, loops, var declarations).
 */
class BarCompilerTest {
    private static final String ARITHMETIC = String.join("\n",
            "//@version=6",
            "indicator(\"arith\")",
            "int n = bar_index % 7",
            "int m = n - 3",
            "int q = m / (n - 2)",
            "int r = na(q) ? na : q % 2",
            "int nai = bar_index % 5 == 0 ? na : n",
            "float x = close - open",
            "float y = x / (n - 3)",
            "float z = y % 0.7",
            "float w = -x * 2 + nz(y) - (nai + 0.5)",
            "bool b1 = x > 0",
            "bool b2 = x < y",
            "bool b3 = (x >= 0) == (y <= 0)",
            "bool b4 = (x != y) != b1",
            "bool b5 = not b1 and nai == 2 or m != 1",
            "bool b6 = nai >= 1 and nai <= 3 or nai > 3 and nai < 5",
            "bool b7 = x == x[1] or na(x[1])",
            "float t = b1 ? (b2 ? x : y) : (b5 ? z : na)",
            "color c = b3 ? color.red : b6 ? color.green : color.blue",
            "int k = b7 ? 1 : -nai",
            "// and/or must short-circuit exactly: the right side's crossover keeps state only when it runs",
            "bool cross = b1 and ta.crossover(close, ta.sma(close, 5))",
            "bool cross2 = b2 or ta.crossunder(close, ta.ema(close, 4))",
            "x := x * 0.5",
            "plot(n, \"n\")",
            "plot(q, \"q\")",
            "plot(r, \"r\")",
            "plot(y, \"y\")",
            "plot(z, \"z\")",
            "plot(w, \"w\")",
            "plot(t, \"t\", color = c)",
            "plot(k, \"k\")",
            "plot(x, \"x halved\")",
            "plot(b1 ? 1 : 0, \"b1\")",
            "plot(b4 ? 1 : 0, \"b4\")",
            "plot(b5 ? 1 : 0, \"b5\")",
            "plot(cross ? 1 : 0, \"cross\")",
            "plot(cross2 ? 1 : 0, \"cross2\")",
            "");

    /** Variables also written inside blocks, loops and var declarations: reads must see those writes. */
    private static final String WRITERS = String.join("\n",
            "//@version=6",
            "indicator(\"writers\")",
            "var float acc = 0.0",
            "acc := acc + close",
            "float a = close",
            "if bar_index % 3 == 0",
            "    a := a * 2",
            "float b = a + 1",
            "int i = 0",
            "for j = 0 to 3",
            "    i := i + j",
            "int k = i * 2",
            "float s = 0.0",
            "arr = array.from(1.0, 2.0, 3.0)",
            "for v in arr",
            "    s := s + v",
            "float u = s + b",
            "[p, q, h] = ta.macd(close, 12, 26, 9)",
            "float pq = p - q",
            "plot(acc, \"acc\")",
            "plot(b, \"b\")",
            "plot(k, \"k\")",
            "plot(u, \"u\")",
            "plot(pq, \"pq\")",
            "");

    /** if/else statements compiled inline: values cached before a branch must not survive a store inside it. */
    private static final String BRANCHES = String.join("\n",
            "//@version=6",
            "indicator(\"branches\")",
            "float a = close",
            "float b = open",
            "int n = 0",
            "color c = color.gray",
            "if close > open",
            "    a := a * 2",
            "    n := 1",
            "else if close < open",
            "    b := b / 2",
            "    if bar_index % 2 == 0",
            "        n := 2",
            "        c := color.red",
            "    else",
            "        n := 3",
            "else",
            "    a := na",
            "float d = a + b + n",
            "bool up = false",
            "if ta.crossover(close, ta.sma(close, 10))",
            "    up := true",
            "    float local = high - low",
            "    a := local",
            "float e = up ? a : b",
            "v = if n == 1",
            "    1.5",
            "else",
            "    n * 2.0",
            "plot(d, \"d\", color = c)",
            "plot(e, \"e\")",
            "plot(v, \"v\")",
            "plot(a, \"a\")",
            "");

    private final int savedMin = Executable.specializeMinBars;
    private final boolean savedCompile = Executable.compileBars;
    private final int savedChunk = BarCompiler.chunkBytes;

    @AfterEach
    void restore() {
        Executable.specializeMinBars = savedMin;
        Executable.compileBars = savedCompile;
        BarCompiler.chunkBytes = savedChunk;
    }

    @Test
    void arithmeticComparisonsAndShortCircuitComputeTheSame() {
        same("arith", ARITHMETIC);
        assertTrue(BarCompiler.lastInline >= 15, "only " + BarCompiler.lastInline + " statements compiled inline");
    }

    @Test
    void writesInsideBlocksLoopsAndVarAreSeen() {
        same("writers", WRITERS);
    }

    @Test
    void ifStatementsComputeTheSame() {
        same("branches", BRANCHES);
    }

    @Test
    void manySmallMethodsComputeTheSame() {
        BarCompiler.chunkBytes = 40;
        same("arith in small chunks", ARITHMETIC);
        same("writers in small chunks", WRITERS);
        same("branches in small chunks", BRANCHES);
    }

    @Test
    void shippedScriptsComputeTheSame() throws IOException {
        Differential.eachShippedScript((name, source) -> same(name, source));
    }

    @Test
    void aFailingTopLevelStatementIsNamedAsTheTreeNamesIt() {
        String script = "//@version=6\nindicator(\"e\")\narr = array.from(1.0, 2.0, 3.0)\nx = close * 2\n"
                + "y = array.get(arr, bar_index) + x\nplot(y)\n";
        RunResult tree = run(script, Integer.MAX_VALUE, false);
        RunResult compiled = run(script, 0, true);
        assertFalse(compiled.ok());
        assertEquals(tree.failure(), compiled.failure());
        assertEquals(5, compiled.failure().line());
        assertEquals(3, compiled.failure().bar());
    }

    @Test
    void aFailingStatementInsideAnIfBlockIsNamedAsTheTreeNamesIt() {
        String inner = "//@version=6\nindicator(\"e\")\narr = array.from(1.0, 2.0, 3.0)\nfloat y = 0.0\n"
                + "if close > 0\n    y := array.get(arr, bar_index)\n    y := y * 2\nplot(y)\n";
        String last = "//@version=6\nindicator(\"e\")\narr = array.from(1.0, 2.0, 3.0)\nfloat y = 0.0\n"
                + "if close > 0\n    y := y * 2\n    y := array.get(arr, bar_index)\nplot(y)\n";
        for (String script : new String[] {inner, last}) {
            RunResult tree = run(script, Integer.MAX_VALUE, false);
            RunResult compiled = run(script, 0, true);
            assertFalse(compiled.ok());
            assertEquals(tree.failure(), compiled.failure());
        }
        assertEquals(6, run(inner, 0, true).failure().line());
        assertEquals(5, run(last, 0, true).failure().line()); // the last statement's error is the if's, as in the tree
    }

    private static RunResult run(String script, int minBars, boolean compile) {
        return Differential.run(script, Differential.bars(11L), minBars, compile);
    }

    private static void same(String name, String script) {
        RunResult tree = run(script, Integer.MAX_VALUE, false);
        BarCompiler.lastInline = -1;
        RunResult compiled = run(script, 0, true);
        assertTrue(BarCompiler.lastInline >= 0, name + ": no bar code was made");
        Differential.assertSameResults(name, tree, compiled);
    }
}
