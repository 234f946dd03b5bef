package org.exhaustionlab.pine.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.pine.runtime.bench.SqueezeBenchmark;
import org.exhaustionlab.pine.runtime.bench.SqueezeJava;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The Pine scripts shipped in pine/indicators compile, run on demo data and match Java re-implementations. */
class ShippedScriptsTest {

    static Path indicators() {
        String configured = System.getProperty("exhaustionlab.pine"); // set by the build: <checkout>/pine
        for (String c : new String[] {configured == null ? "pine" : configured, "../pine", "../../pine",
                "../../../pine"}) {
            c = c + "/indicators";
            Path p = Path.of(c);
            if (Files.isRegularFile(p.resolve("squeeze_momentum.pine"))) {
                return p;
            }
        }
        return null;
    }

    static String script(String name) throws IOException {
        Path dir = indicators();
        Assumptions.assumeTrue(dir != null, "pine/indicators not found from " + Path.of("").toAbsolutePath());
        return Files.readString(dir.resolve(name));
    }

    static BarSeries demo(int n, long seed) {
        return DemoMarket.generate(DemoMarket.symbols().get(0).name(), Timeframe.parse("5m"), 1_700_000_100_000L, n,
                seed);
    }

    @Test
    void bundledBenchmarkCopyIsTheShippedScript() throws IOException {
        assertEquals(script("squeeze_momentum.pine"), SqueezeBenchmark.bundledScript());
    }

    @Test
    void squeezeMomentumMatchesTheJavaImplementationBitForBit() throws IOException {
        PineProgram p = Scripts.compile(script("squeeze_momentum.pine"));
        assertEquals(5, p.inputs().size());
        BarSeries bars = demo(3000, 7);
        RunResult r = p.run(bars, RunOptions.defaults());
        assertTrue(r.ok(), () -> String.valueOf(r.failure()));
        SqueezeJava.Output java = SqueezeJava.run(bars, 20, 20, 1.5, true);
        assertArrayEquals(java.val(), r.plot("Momentum").values());
        assertArrayEquals(java.sqzOn(), r.plot("Squeeze On").values());
        assertArrayEquals(java.barColor(), r.plot("Momentum").colors());
        assertArrayEquals(java.squeezeColor(), r.plot("Squeeze").colors());
        // the GA-tuned parameters of the original app, and the quirk: BB mult has no effect
        RunResult tuned = p.run(bars, RunOptions.defaults().withInputs(Map.of("BB Length", 141, "BB MultFactor",
                1.526, "KC Length", 150, "KC MultFactor", 3.727, "Use TrueRange (KC)", true)));
        SqueezeJava.Output javaTuned = SqueezeJava.run(bars, 141, 150, 3.727, true);
        assertArrayEquals(javaTuned.val(), tuned.plot("Momentum").values());
        assertArrayEquals(javaTuned.sqzOn(), tuned.plot("Squeeze On").values());
        RunResult otherBbMult = p.run(bars, RunOptions.defaults().withInputs(Map.of("BB MultFactor", 3.0)));
        assertArrayEquals(r.plot("Squeeze On").values(), otherBbMult.plot("Squeeze On").values());
        RunResult highLow = p.run(bars, RunOptions.defaults().withInputs(Map.of("Use TrueRange (KC)", false)));
        assertArrayEquals(SqueezeJava.run(bars, 20, 20, 1.5, false).sqzOn(), highLow.plot("Squeeze On").values());
    }

    /** Straightforward Java version of the exhaustion signal as documented in SEED-FACTS.md (with the L3 reset). */
    static int[][] exhaustionCounts(double[] close, int l1, int l2, int l3, int lb1, int lb2, int lb3) {
        int n = close.length;
        int[] bull = new int[n];
        int[] bear = new int[n];
        int bullish = 0;
        int bearish = 0;
        for (int i = 0; i < n; i++) {
            boolean restart = false;
            if (bullish >= l1) {
                int lb = bullish < l2 ? lb2 : lb3;
                if (bullish < l3 && i - lb >= 0 && close[i] < close[i - lb]) {
                    bullish++;
                } else {
                    restart = true;
                }
            } else if (bearish >= l1) {
                int lb = bearish < l2 ? lb2 : lb3;
                if (bearish < l3 && i - lb >= 0 && close[i] > close[i - lb]) {
                    bearish++;
                } else {
                    restart = true;
                }
            } else if (i - lb1 >= 0 && close[i] < close[i - lb1]) {
                bullish++;
                bearish = 0;
            } else if (i - lb1 >= 0 && close[i] > close[i - lb1]) {
                bearish++;
                bullish = 0;
            } else {
                restart = true;
            }
            if (restart) {
                boolean has = i - lb1 >= 0;
                bullish = has && close[i] < close[i - lb1] ? 1 : 0;
                bearish = has && close[i] > close[i - lb1] ? 1 : 0;
            }
            bull[i] = bullish;
            bear[i] = bearish;
        }
        return new int[][] {bull, bear};
    }

    static double[] toDoubles(int[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    @Test
    void exhaustionSignalCountsMatchAJavaReimplementation() throws IOException {
        PineProgram p = Scripts.compile(script("exhaustion_signal.pine"));
        assertEquals(15, p.inputs().size());
        for (long seed : new long[] {1, 2, 3}) {
            BarSeries bars = demo(5000, seed);
            RunResult r = p.run(bars, RunOptions.defaults());
            assertTrue(r.ok(), () -> String.valueOf(r.failure()));
            int[][] expected = exhaustionCounts(bars.closes(), 9, 12, 14, 4, 3, 2);
            assertArrayEquals(toDoubles(expected[0]), r.plot("Bullish Count").values());
            assertArrayEquals(toDoubles(expected[1]), r.plot("Bearish Count").values());
            long l3 = java.util.Arrays.stream(expected[0]).filter(c -> c == 14).count();
            assertTrue(l3 > 0, "demo data should reach a bullish L3 at least once");
            long l3Alerts = r.events().stream().filter(e -> e.type().equals("alertcondition:Bullish L3")).count();
            assertEquals(l3, l3Alerts);
            double[] markers = r.plot("Bullish L3").values();
            for (int i = 0; i < markers.length; i++) {
                assertEquals(expected[0][i] == 14, markers[i] == 1.0, "marker at bar " + i);
                // the L3 reset: a count of 14 never persists to the next bar
                assertFalse(i > 0 && expected[0][i] == 14 && expected[0][i - 1] == 14);
            }
        }
    }

    @Test
    void exhaustionSignalLevelsAndLookbacksAreTunable() throws IOException {
        PineProgram p = Scripts.compile(script("exhaustion_signal.pine"));
        BarSeries bars = demo(4000, 11);
        RunResult r = p.run(bars, RunOptions.defaults().withInputs(Map.of("Level 1 (L1)", 5, "Level 2 (L2)", 7,
                "Level 3 (L3)", 8, "Look-back before L1", 3, "Look-back from L1 to L2", 2,
                "Look-back from L2 to L3", 1)));
        int[][] expected = exhaustionCounts(bars.closes(), 5, 7, 8, 3, 2, 1);
        assertArrayEquals(toDoubles(expected[0]), r.plot("Bullish Count").values());
        assertArrayEquals(toDoubles(expected[1]), r.plot("Bearish Count").values());
    }
}
