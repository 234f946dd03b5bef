package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local Pine libraries: {@code import user/Lib/1 as L} found on the library path is checked and linked; its exported
 * functions run with per-call-site state.
 */
class LocalLibraryTest {

    @TempDir
    Path dir;

    /** pine/libraries of the checkout (the build sets exhaustionlab.pine), or null. */
    static Path shippedLibraries() {
        String configured = System.getProperty("exhaustionlab.pine");
        for (String c : new String[] {configured == null ? "pine" : configured, "../pine", "../../pine",
                "../../../pine"}) {
            Path p = Path.of(c, "libraries");
            if (Files.isRegularFile(p.resolve("exhaustionlab/Bands/1.pine"))) {
                return p;
            }
        }
        return null;
    }

    static BarSeries demo(int n) {
        return DemoMarket.generate(DemoMarket.symbols().get(0).name(), Timeframe.parse("5m"), 1_700_000_100_000L, n,
                9);
    }

    @Test
    void shippedExampleLibraryRunsLikeTheSameCodeWrittenInline() {
        Path libraries = shippedLibraries();
        Assumptions.assumeTrue(libraries != null, "pine/libraries not found from " + Path.of("").toAbsolutePath());
        PineProgram p = PineEngine.compile("""
                //@version=6
                indicator("uses Bands")
                import exhaustionlab/Bands/1 as bands
                [basis, upper, lower] = bands.bands(close, 10)
                plot(basis, "basis")
                plot(upper, "upper")
                plot(lower, "lower")
                plot(ta.sma(close, 10), "sma")
                plot(ta.sma(close, 10) + 2.0 * ta.stdev(close, 10), "inlineUpper")
                [b3, u3, l3] = bands.bands(high, 3, mult = 1.0)
                plot(u3, "upper3")
                plot(ta.sma(high, 3) + ta.stdev(high, 3), "inlineUpper3")
                plot(bands.percentFrom(close, open), "pct")
                plot((close - open) / open * 100, "inlinePct")
                plot(bands.risingStreak(close), "streakClose")
                plot(bands.risingStreak(high), "streakHigh")
                var int sc = 0
                sc := close > close[1] ? sc + 1 : 0
                var int sh = 0
                sh := high > high[1] ? sh + 1 : 0
                plot(sc, "inlineClose")
                plot(sh, "inlineHigh")
                """, "uses.pine", LibrarySet.EMPTY, List.of(libraries));
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        assertTrue(p.diagnostics().stream().noneMatch(d -> d.code().equals("import.offline")), "found, not offline");
        RunResult r = p.run(demo(300), RunOptions.defaults());
        assertTrue(r.ok(), String.valueOf(r.failure()));
        assertArrayEquals(column(r, "sma"), column(r, "basis"), 1e-9);
        assertArrayEquals(column(r, "inlineUpper"), column(r, "upper"), 1e-6);
        assertArrayEquals(column(r, "inlineUpper3"), column(r, "upper3"), 1e-6);
        assertArrayEquals(column(r, "inlinePct"), column(r, "pct"), 1e-12);
        // two call sites of the same stateful export keep separate state (var streak and src[1])
        assertArrayEquals(column(r, "inlineClose"), column(r, "streakClose"));
        assertArrayEquals(column(r, "inlineHigh"), column(r, "streakHigh"));
        assertFalse(java.util.Arrays.equals(column(r, "streakClose"), column(r, "streakHigh")));
        assertTrue(java.util.Arrays.stream(column(r, "streakClose")).max().getAsDouble() >= 2);
    }

    private void library(String user, String name, int version, String source) throws IOException {
        Path f = dir.resolve(user).resolve(name).resolve(version + ".pine");
        Files.createDirectories(f.getParent());
        Files.writeString(f, source);
    }

    private PineProgram compile(String source) {
        return PineEngine.compile(source, "main.pine", LibrarySet.EMPTY, List.of(dir));
    }

    @Test
    void libraryHelpersDoNotCollideWithTheScriptsOwnFunctions() throws IOException {
        library("me", "Util", 2, """
                //@version=6
                library("Util")
                helper(float x) =>
                    x * 10
                export scaled(float x) =>
                    helper(x) + 1
                """);
        PineProgram p = compile("""
                //@version=6
                indicator("x")
                import me/Util/2 as u
                helper(float x) =>
                    x * 1000
                plot(u.scaled(close), "lib")
                plot(helper(close), "own")
                """);
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        RunResult r = p.run(Scripts.ramp(3), RunOptions.defaults());
        assertTrue(r.ok(), String.valueOf(r.failure()));
        assertEquals(100 * 10 + 1, column(r, "lib")[0]);
        assertEquals(100 * 1000, column(r, "own")[0]);
    }

    @Test
    void checkerUsesTheExportedSignatures() throws IOException {
        library("me", "Util", 1, """
                //@version=6
                library("Util")
                export twice(float x) =>
                    x * 2
                """);
        PineProgram unknown = compile("""
                //@version=6
                indicator("x")
                import me/Util/1 as u
                plot(u.thrice(close))
                """);
        assertTrue(unknown.hasErrors());
        assertTrue(unknown.diagnostics().toString().contains("exports no function 'thrice'"),
                unknown.diagnostics().toString());
        PineProgram wrongType = compile("""
                //@version=6
                indicator("x")
                import me/Util/1 as u
                plot(u.twice("text"))
                """);
        assertTrue(wrongType.hasErrors(), "a string is not a float: " + wrongType.diagnostics());
        PineProgram resultType = compile("""
                //@version=6
                indicator("x")
                import me/Util/1 as u
                string s = u.twice(close)
                plot(close)
                """);
        assertTrue(resultType.hasErrors(), "the export returns a float: " + resultType.diagnostics());
    }

    @Test
    void missingOrBrokenLibrariesAreReportedAtTheImport() throws IOException {
        PineProgram missing = compile("""
                //@version=6
                indicator("x")
                import someone/Nowhere/3 as n
                plot(close)
                """);
        assertTrue(missing.diagnostics().stream().anyMatch(d -> d.code().equals("import.offline")));
        assertTrue(missing.hasErrors());
        assertTrue(missing.diagnostics().toString().contains("not found on the library path"),
                missing.diagnostics().toString());
        library("me", "Broken", 1, """
                //@version=6
                library("Broken")
                export f(float x) =>
                    x + undefinedName
                """);
        PineProgram broken = compile("""
                //@version=6
                indicator("x")
                import me/Broken/1 as b
                plot(b.f(close))
                """);
        assertTrue(broken.hasErrors());
        String text = broken.diagnostics().toString();
        assertTrue(text.contains("me/Broken/1") && text.contains("has errors"), text);
    }

    @Test
    void exportedTypesAreUsableThroughTheAlias() throws IOException {
        library("me", "Geo", 1, """
                //@version=6
                library("Geo")
                export type Point
                    float x
                    float y = 0
                export norm(Point p) =>
                    math.sqrt(p.x * p.x + p.y * p.y)
                export make(float x, float y) =>
                    Point.new(x, y)
                export shifted(Point p, float dx) =>
                    Point q = p.copy()
                    q.x += dx
                    q
                """);
        PineProgram p = compile("""
                //@version=6
                indicator("geo")
                import me/Geo/1 as geo
                geo.Point p = geo.Point.new(3, 4)
                plot(geo.norm(p), "norm")
                plot(geo.norm(geo.make(6, 8)), "made")
                q = geo.shifted(p, 1)
                plot(q.x, "shifted")
                plot(p.x, "original")
                plot(geo.Point.new(close).y, "defaultY")
                """);
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        RunResult r = p.run(Scripts.ramp(2), RunOptions.defaults());
        assertTrue(r.ok(), String.valueOf(r.failure()));
        assertEquals(5, column(r, "norm")[1]);
        assertEquals(10, column(r, "made")[1]);
        assertEquals(4, column(r, "shifted")[1]);
        assertEquals(3, column(r, "original")[1], "shifted works on a copy");
        assertEquals(0, column(r, "defaultY")[1], "field defaults of the library's type apply");
    }

    @Test
    void exportedMethodsWorkOnTheLibrarysTypesAndOnBuiltInTypes() throws IOException {
        library("me", "Vec", 1, """
                //@version=6
                library("Vec")
                export type Pt
                    float x
                    float y
                export method dist(Pt a, Pt b) =>
                    math.sqrt(math.pow(a.x - b.x, 2) + math.pow(a.y - b.y, 2))
                export method scaled(Pt a, float k) =>
                    Pt.new(a.x * k, a.y * k)
                export method pctFrom(float v, float base) =>
                    (v - base) / base * 100
                export method upStreak(float v) =>
                    var int n = 0
                    n := v > v[1] ? n + 1 : 0
                    n
                """);
        PineProgram p = compile("""
                //@version=6
                indicator("vec")
                import me/Vec/1 as vec
                a = vec.Pt.new(close, open)
                b = vec.Pt.new(high, low)
                plot(a.dist(b), "dist")
                plot(vec.dist(a, b), "distAsFunction")
                plot(math.sqrt(math.pow(close - high, 2) + math.pow(open - low, 2)), "distInline")
                plot(a.scaled(2).dist(b.scaled(2)), "scaledDist")
                plot(close.pctFrom(open), "pct")
                plot((close - open) / open * 100, "pctInline")
                plot(close.upStreak(), "streakClose")
                plot(high.upStreak(), "streakHigh")
                var int sc = 0
                sc := close > close[1] ? sc + 1 : 0
                plot(sc, "streakInline")
                """);
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        assertTrue(p.diagnostics().stream().noneMatch(d -> d.code().startsWith("import.")), p.diagnostics()
                .toString());
        RunResult r = p.run(demo(200), RunOptions.defaults());
        assertTrue(r.ok(), String.valueOf(r.failure()));
        assertArrayEquals(column(r, "distInline"), column(r, "dist"), 1e-9);
        assertArrayEquals(column(r, "distInline"), column(r, "distAsFunction"), 1e-9);
        double[] twice = column(r, "distInline").clone();
        for (int i = 0; i < twice.length; i++) {
            twice[i] *= 2;
        }
        assertArrayEquals(twice, column(r, "scaledDist"), 1e-6);
        assertArrayEquals(column(r, "pctInline"), column(r, "pct"), 1e-9);
        assertArrayEquals(column(r, "streakInline"), column(r, "streakClose"), "one state per call site");
        assertFalse(java.util.Arrays.equals(column(r, "streakClose"), column(r, "streakHigh")));
    }

    @Test
    void methodCallsOnBuiltInTypesAreCheckedAgainstTheExports() throws IOException {
        library("me", "Pct", 1, """
                //@version=6
                library("Pct")
                export method pctFrom(float v, float base) =>
                    (v - base) / base * 100
                """);
        PineProgram wrongArgument = compile("""
                //@version=6
                indicator("x")
                import me/Pct/1 as p
                plot(close.pctFrom("open"))
                """);
        assertTrue(wrongArgument.diagnostics().stream().anyMatch(d -> d.severity() == org.exhaustionlab.pine.Severity
                .ERROR && d.range().startLine() == 4), wrongArgument.diagnostics().toString());
        PineProgram unknown = compile("""
                //@version=6
                indicator("x")
                import me/Pct/1 as p
                plot(close.pctOf(open))
                """);
        assertTrue(unknown.diagnostics().stream().anyMatch(d -> d.code().equals("call.unknown-method")),
                unknown.diagnostics().toString());
    }
}
