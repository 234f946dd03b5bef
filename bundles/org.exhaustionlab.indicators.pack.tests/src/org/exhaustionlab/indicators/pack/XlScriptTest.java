package org.exhaustionlab.indicators.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.Severity;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.catalog.CatalogExtensions;
import org.exhaustionlab.pine.check.CheckResult;
import org.exhaustionlab.pine.check.PineChecker;
import org.exhaustionlab.pine.runtime.LibrarySet;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineLibraries;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.exhaustionlab.pine.runtime.spi.StatefulFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The xl library installed without OSGi: the checker knows it, the engine runs it, the default path is intact. */
class XlScriptTest {
    private static final String SCRIPT = """
            //@version=6
            indicator("xl pack")
            plot(xl.zscore(close, 3), "z")
            plot(xl.efficiency_ratio(close, 2), "er")
            plot(xl.kama(close, 2), "kama")
            plot(xl.donchian_mid(high, low, 2), "mid")
            plot(xl.exhaustion_count(close), "count")
            plot(xl.clamp(close, 101, 103), "clamp")
            c = xl.exhaustion_count(close, 1)
            plot(c >= 2 ? 1 : 0, "up2")
            """;
    private static final double[] CLOSES = {100, 101, 103, 102, 104, 108, 107, 107, 110, 111};

    /** Inside the OSGi test runtime the pack's DS component has installed the library already: start clean. */
    @BeforeEach
    void startWithoutLibraries() {
        PineLibraries.uninstallAll();
    }

    @AfterEach
    void uninstall() {
        PineLibraries.uninstallAll();
    }

    static BarSeries bars(double... closes) {
        int n = closes.length;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_700_000_100_000L + i * 60_000L;
            o[i] = i == 0 ? closes[0] : closes[i - 1];
            h[i] = Math.max(o[i], closes[i]) + 1;
            l[i] = Math.min(o[i], closes[i]) - 1;
            v[i] = 10 + i;
        }
        return BarSeries.of(Symbol.of("TEST", 0.01, 0.001), Timeframe.parse("1m"), t, o, h, l, closes, v);
    }

    private static String errors(List<Diagnostic> ds) {
        return ds.stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::message)
                .collect(Collectors.joining(" / "));
    }

    private static double[] expected(StatefulFunction.State s, double[][] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = s.next(rows[i]);
        }
        return out;
    }

    private static void assertColumn(double[] expected, RunResult r, String title) {
        double[] actual = r.plot(title).values();
        assertEquals(expected.length, actual.length, title);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertTrue(Double.isNaN(actual[i]), title + " bar " + i + ": expected na, got " + actual[i]);
            } else {
                assertEquals(expected[i], actual[i], 1e-9, title + " bar " + i);
            }
        }
    }

    @Test
    void installedLibraryIsKnownToCheckerAndRunsInEngine() {
        PineLibraries.install(new XlLibrary());
        CheckResult checked = PineChecker.check(SCRIPT, "xl.pine");
        assertFalse(checked.hasErrors(), () -> errors(checked.diagnostics()));

        PineProgram p = PineEngine.compile(SCRIPT, "xl.pine");
        assertFalse(p.hasErrors(), () -> errors(p.diagnostics()));
        BarSeries bars = bars(CLOSES);
        RunResult r = p.run(bars, RunOptions.defaults());
        assertTrue(r.ok(), () -> "runtime failure: " + r.failure());

        int n = CLOSES.length;
        double[][] z = new double[n][];
        double[][] er = new double[n][];
        double[][] kama = new double[n][];
        double[][] mid = new double[n][];
        double[][] count = new double[n][];
        double[] clamp = new double[n];
        double[] up2 = new double[n];
        double[] count1 = expected(new ExhaustionCount(), java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new double[] {CLOSES[i], 1}).toArray(double[][]::new));
        for (int i = 0; i < n; i++) {
            z[i] = new double[] {CLOSES[i], 3};
            er[i] = new double[] {CLOSES[i], 2};
            kama[i] = new double[] {CLOSES[i], 2, 2, 30}; // defaults fast = 2, slow = 30 filled in
            mid[i] = new double[] {bars.high(i), bars.low(i), 2};
            count[i] = new double[] {CLOSES[i], 4}; // default lookback = 4
            clamp[i] = Math.max(101, Math.min(103, CLOSES[i]));
            up2[i] = count1[i] >= 2 ? 1 : 0;
        }
        assertColumn(expected(new ZScore(), z), r, "z");
        assertColumn(expected(new EfficiencyRatio(), er), r, "er");
        assertColumn(expected(new Kama(), kama), r, "kama");
        assertColumn(expected(new DonchianMid(), mid), r, "mid");
        assertColumn(expected(new ExhaustionCount(), count), r, "count");
        assertColumn(clamp, r, "clamp");
        assertColumn(up2, r, "up2");
        // hand-checked anchors: window 100,101,103 -> mean 101.333.., sd sqrt(((-4/3)^2+(-1/3)^2+(5/3)^2)/3)
        double sd = Math.sqrt((16.0 / 9 + 1.0 / 9 + 25.0 / 9) / 3);
        assertEquals((103 - 304.0 / 3) / sd, r.plot("z").values()[2], 1e-9);
        // bar 4: 104 above 100 four bars earlier -> first count +1
        assertEquals(1, r.plot("count").values()[4]);
        assertEquals(2, r.plot("count").values()[5]); // 108 > 101
    }

    @Test
    void withoutTheLibraryXlIsUnknownAndDefaultCatalogIsUsed() {
        assertSame(BuiltinCatalog.standard(), CatalogExtensions.active());
        assertTrue(PineChecker.check(SCRIPT, "xl.pine").hasErrors());
        assertTrue(PineEngine.compile(SCRIPT, "xl.pine").hasErrors());

        PineLibraries.install(new XlLibrary());
        assertTrue(CatalogExtensions.isExtended());
        PineLibraries.uninstallAll();
        assertSame(BuiltinCatalog.standard(), CatalogExtensions.active());
        assertTrue(PineChecker.check(SCRIPT, "xl.pine").hasErrors());
    }

    @Test
    void explicitLibrarySetWorksWithoutTouchingTheGlobalOne() {
        LibrarySet set = LibrarySet.EMPTY.with(new XlLibrary());
        PineProgram p = PineEngine.compile(SCRIPT, "xl.pine", set);
        assertFalse(p.hasErrors(), () -> errors(p.diagnostics()));
        assertTrue(PineLibraries.current().isEmpty());
        assertEquals(java.util.Set.of("xl"), set.namespaces());
        assertNotNull(set.catalog().functions("xl.kama").get(0));
        assertTrue(set.without(set.libraries().get(0)).isEmpty());
    }

    @Test
    void unknownXlFunctionIsACheckerError() {
        PineLibraries.install(new XlLibrary());
        CheckResult r = PineChecker.check("//@version=6\nindicator(\"t\")\nplot(xl.zscor(close, 3))\n", "t.pine");
        assertTrue(r.hasErrors());
        assertTrue(errors(r.diagnostics()).contains("xl.zscor"), errors(r.diagnostics()));
    }

    @Test
    void wrongArgumentsAreCheckerErrors() {
        PineLibraries.install(new XlLibrary());
        String[] bad = {
            "plot(xl.zscore(close, \"3\"))", // string where an int is expected
            "plot(xl.zscore(close))", // missing required length
            "plot(xl.clamp(close, 1, 2, 3))", // one argument too many
            "plot(xl.kama(close, speed = 3))", // no such parameter
        };
        for (String line : bad) {
            CheckResult r = PineChecker.check("//@version=6\nindicator(\"t\")\n" + line + "\n", "t.pine");
            assertTrue(r.hasErrors(), line);
            PineProgram p = PineEngine.compile("//@version=6\nindicator(\"t\")\n" + line + "\n", "t.pine");
            assertTrue(p.hasErrors(), line);
        }
    }

    @Test
    void intResultIsUsableAsInt() {
        PineLibraries.install(new XlLibrary());
        String src = "//@version=6\nindicator(\"t\")\nint n = xl.exhaustion_count(close, 1)\nplot(n * 2, \"n2\")\n";
        PineProgram p = PineEngine.compile(src, "t.pine");
        assertFalse(p.hasErrors(), () -> errors(p.diagnostics()));
        RunResult r = p.run(bars(1, 2, 3, 2), RunOptions.defaults());
        assertTrue(r.ok(), () -> "runtime failure: " + r.failure());
        double[] v = r.plot("n2").values();
        assertTrue(Double.isNaN(v[0]));
        assertEquals(2, v[1]);
        assertEquals(4, v[2]);
        assertEquals(-2, v[3]);
    }
}
