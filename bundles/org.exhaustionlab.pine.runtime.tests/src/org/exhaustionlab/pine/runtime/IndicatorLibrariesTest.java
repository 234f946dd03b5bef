package org.exhaustionlab.pine.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.catalog.CatalogExtensions;
import org.exhaustionlab.pine.check.PineChecker;
import org.exhaustionlab.pine.runtime.spi.IndicatorLibrary;
import org.exhaustionlab.pine.runtime.spi.LibraryRejectedException;
import org.exhaustionlab.pine.runtime.spi.NativeFunction;
import org.exhaustionlab.pine.runtime.spi.StatefulFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Indicator libraries through the SPI: dispatch, per-call-site state, value conversions, install and uninstall. */
class IndicatorLibrariesTest {
    private static final double NA = Double.NaN;

    /** A running sum per call site; counts how many states were made. */
    private static final class Library implements IndicatorLibrary {
        int statesMade;

        @Override
        public String namespace() {
            return "tl";
        }

        @Override
        public String definitions() {
            return """
                    # test library
                    fn tl.cum(x: series float) -> series float | running sum, na counted as 0
                    fn tl.pick(flag: series bool, a: series float, b: series float = 7) -> series float | a or b
                    fn tl.sign(x: series float) -> series int | -1, 0, 1
                    fn tl.positive(x: series float) -> series bool | x > 0
                    fn tl.sum(a: series float, b: series float) -> series float | overload of two
                    fn tl.sum(a: series float, b: series float, c: series float) -> series float | overload of three
                    """;
        }

        @Override
        public Map<String, NativeFunction> nativeFunctions() {
            return Map.of(
                    "tl.pick", a -> a[0] != 0 ? a[1] : a[2],
                    "tl.sign", a -> Double.isNaN(a[0]) ? NA : Math.signum(a[0]),
                    "tl.positive", a -> a[0] > 0 ? 1 : 0,
                    "tl.sum", a -> {
                        double s = 0;
                        for (double v : a) {
                            s += v;
                        }
                        return s;
                    });
        }

        @Override
        public Map<String, StatefulFunction> statefulFunctions() {
            return Map.of("tl.cum", () -> {
                statesMade++;
                double[] sum = {0};
                return a -> sum[0] += Double.isNaN(a[0]) ? 0 : a[0];
            });
        }
    }

    @AfterEach
    void uninstall() {
        PineLibraries.uninstallAll();
    }

    @Test
    void callSitesHaveTheirOwnStateAndEachRunStartsFresh() {
        Library lib = new Library();
        PineLibraries.install(lib);
        String src = """
                //@version=6
                indicator("t")
                f(x) => tl.cum(x)
                plot(tl.cum(close), "a")
                plot(tl.cum(1), "b")
                plot(f(10), "c")
                plot(f(100), "d")
                """;
        PineProgram p = Scripts.compile(src);
        RunResult r = p.run(Scripts.bars(1, 2, 3), RunOptions.defaults());
        assertTrue(r.ok(), () -> "runtime failure: " + r.failure());
        assertArrayEquals(new double[] {1, 3, 6}, Scripts.column(r, "a"));
        assertArrayEquals(new double[] {1, 2, 3}, Scripts.column(r, "b"));
        assertArrayEquals(new double[] {10, 20, 30}, Scripts.column(r, "c"));
        assertArrayEquals(new double[] {100, 200, 300}, Scripts.column(r, "d"));
        int perRun = lib.statesMade;
        RunResult again = p.run(Scripts.bars(1, 2, 3), RunOptions.defaults());
        assertArrayEquals(new double[] {1, 3, 6}, Scripts.column(again, "a"));
        assertEquals(2 * perRun, lib.statesMade);
    }

    @Test
    void boolIntDefaultsAndOverloadsCrossAsDoubles() {
        PineLibraries.install(new Library());
        String src = """
                //@version=6
                indicator("t")
                plot(tl.pick(close > 1, close), "pick")
                int s = tl.sign(close - 2)
                plot(s, "sign")
                bool up = tl.positive(close - 2)
                plot(up ? 1 : 0, "up")
                plot(tl.sum(1, 2), "s2")
                plot(tl.sum(1, 2, 3), "s3")
                plot(tl.sign(na), "na")
                """;
        RunResult r = Scripts.run(src, Scripts.bars(1, 2, 3));
        assertArrayEquals(new double[] {7, 2, 3}, Scripts.column(r, "pick"));
        assertArrayEquals(new double[] {-1, 0, 1}, Scripts.column(r, "sign"));
        assertArrayEquals(new double[] {0, 0, 1}, Scripts.column(r, "up"));
        assertArrayEquals(new double[] {3, 3, 3}, Scripts.column(r, "s2"));
        assertArrayEquals(new double[] {6, 6, 6}, Scripts.column(r, "s3"));
        assertArrayEquals(new double[] {NA, NA, NA}, Scripts.column(r, "na"));
    }

    @Test
    void v5ScriptsSeeLibraryFunctionsToo() {
        PineLibraries.install(new Library());
        RunResult r = Scripts.run("//@version=5\nindicator(\"t\")\nplot(tl.cum(1), \"a\")\n", Scripts.bars(5, 6));
        assertArrayEquals(new double[] {1, 2}, Scripts.column(r, "a"));
    }

    @Test
    void uninstallRemovesFunctionsButCompiledProgramsKeepWorking() {
        Library lib = new Library();
        PineLibraries.install(lib);
        String src = "//@version=6\nindicator(\"t\")\nplot(tl.cum(close), \"a\")\n";
        PineProgram compiled = Scripts.compile(src);
        assertTrue(CatalogExtensions.isExtended());
        assertFalse(CatalogExtensions.active().functions("tl.cum").isEmpty());

        assertTrue(PineLibraries.uninstall(lib));
        assertFalse(PineLibraries.uninstall(lib));
        assertSame(BuiltinCatalog.standard(), CatalogExtensions.active());
        assertTrue(PineEngine.compile(src, "t.pine").hasErrors());
        assertTrue(PineChecker.check(src, "t.pine").hasErrors());
        RunResult r = compiled.run(Scripts.bars(1, 2), RunOptions.defaults());
        assertArrayEquals(new double[] {1, 3}, Scripts.column(r, "a"));
    }

    @Test
    void sameInstanceTwiceIsRefusedAndLeavesTheSetAsItWas() {
        Library lib = new Library();
        LibrarySet once = PineLibraries.install(lib);
        LibraryRejectedException e = assertThrows(LibraryRejectedException.class, () -> PineLibraries.install(lib));
        assertTrue(e.getMessage().contains("already installed"), e.getMessage());
        assertSame(once, PineLibraries.current());
    }

    @Test
    void aLibraryThatThrowsWhileCheckedIsRefused() {
        IndicatorLibrary broken = new IndicatorLibrary() {
            @Override
            public String namespace() {
                return "tl";
            }

            @Override
            public String definitions() {
                throw new IllegalStateException("no data");
            }
        };
        LibraryRejectedException e = assertThrows(LibraryRejectedException.class,
                () -> PineLibraries.install(broken));
        assertTrue(e.getMessage().startsWith("indicator library 'tl' ("), e.getMessage());
        assertTrue(e.getMessage().contains("failed while being checked: java.lang.IllegalStateException: no data"),
                e.getMessage());
    }
}
