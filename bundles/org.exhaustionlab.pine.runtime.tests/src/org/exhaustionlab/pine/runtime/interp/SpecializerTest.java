package org.exhaustionlab.pine.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.exhaustionlab.pine.runtime.RunResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Specialised trees (each node in a hidden class of its own) must compute exactly what the shared tree computes:
 * every plot value, colour and event, for the shipped scripts and a script exercising the interpreter's corners.
 */
class SpecializerTest {
    private static final String CORNERS = String.join("\n",
            "//@version=6",
            "indicator(\"corners\")",
            "type Box",
            "    float lo",
            "    float hi",
            "method width(Box b) => b.hi - b.lo",
            "f(x) =>",
            "    var float acc = 0.0",
            "    acc := nz(acc) + x",
            "    ta.sma(acc, 5)",
            "var Box b = Box.new(low, high)",
            "b.lo := math.min(b.lo, low)",
            "b.hi := math.max(b.hi, high)",
            "arr = array.new_float(0)",
            "for i = 0 to 4",
            "    array.push(arr, close[i])",
            "s = 0.0",
            "int k = 0",
            "while k < 3",
            "    s += array.get(arr, k)",
            "    k += 1",
            "r = switch",
            "    close > open => 1",
            "    close < open => -1",
            "    => 0",
            "[m, sig, h] = ta.macd(close, 12, 26, 9)",
            "g = bar_index % 2 == 0 ? f(close) : f(open)",
            "plot(b.width(), \"width\")",
            "plot(s, \"sum\")",
            "plot(r, \"dir\", color = r > 0 ? color.green : color.red)",
            "plot(h, \"hist\")",
            "plot(g, \"alternating\")",
            "plot(ta.highest(high, 7) - ta.lowest(low, 7), \"range\")",
            "alertcondition(ta.crossover(m, sig), \"cross\", \"macd crossed\")",
            "if ta.crossunder(m, sig)",
            "    alert(\"under \" + str.tostring(close, \"#.##\"))",
            "");

    private static final String NEWER = String.join("\n",
            "//@version=6",
            "indicator(\"newer\")",
            "m = matrix.new<float>(2, 2, 0.0)",
            "matrix.set(m, 0, 0, close)",
            "matrix.set(m, 1, 1, open)",
            "matrix.set(m, 0, 1, high - low)",
            "d = matrix.det(m)",
            "[v, up, lo] = ta.vwap(close, timeframe.change(\"1D\"), 2)",
            "htf = request.security(syminfo.tickerid, \"240\", ta.sma(close, 5))",
            "plot(d, \"det\")",
            "plot(up - lo, \"band\")",
            "plot(htf, \"htf\")",
            "plot(timeframe.change(\"240\") ? 1 : 0, \"tfchange\")",
            "");

    private final int saved = Executable.specializeMinBars;
    private final boolean savedCompile = Executable.compileBars;

    @AfterEach
    void restore() {
        Executable.specializeMinBars = saved;
        Executable.compileBars = savedCompile;
    }

    @Test
    void copiesEveryNodeOfThisPackage() {
        assertTrue(Specializer.available(), "sun.misc.Unsafe must be reachable (Import-Package sun.misc)");
        RunResult r = run(CORNERS, 0);
        assertTrue(r.ok(), () -> String.valueOf(r.failure()));
        assertTrue(Specializer.lastCopied > 50, "copied only " + Specializer.lastCopied + " nodes");
        assertTrue(Specializer.lastKept.stream().noneMatch(k -> k.contains(":")),
                () -> "nodes that failed to copy: " + Specializer.lastKept);
    }

    @Test
    void cornersComputeTheSame() {
        same("corners", CORNERS);
    }

    @Test
    void matricesVwapBandsAndSecurityComputeTheSame() {
        same("newer", NEWER);
    }

    @Test
    void shippedScriptsComputeTheSame() throws IOException {
        Differential.eachShippedScript((name, source) -> same(name, source));
    }

    @Test
    void runtimeErrorsKeepTheirLine() {
        String script = "//@version=6\nindicator(\"e\")\nx = close\nif bar_index == 300\n    runtime.error(\"boom\")\nplot(x)\n";
        RunResult plain = run(script, Integer.MAX_VALUE);
        RunResult special = run(script, 0);
        assertFalse(special.ok());
        assertEquals(plain.failure(), special.failure());
        assertEquals(5, special.failure().line());
    }

    @Test
    void malformedClassFilesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClassFiles.clearFinalInstanceFields(new byte[] {1, 2, 3, 4,
                0, 0, 0, 0, 0, 0}));
    }

    private static RunResult run(String script, int minBars) {
        return Differential.run(script, Differential.bars(7L), minBars, false); // the tree, not bar code
    }

    private static void same(String name, String script) {
        Differential.assertSameResults(name, run(script, Integer.MAX_VALUE), run(script, 0));
    }
}
