package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.NA;
import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.junit.jupiter.api.Test;

/** request.security on higher timeframes of the same symbol: closed-bar values only, gaps, lookahead. */
class SecurityTest {

    static final String SCRIPT = """
            //@version=6
            indicator("sec")
            len = input.int(2, "Len")
            plot(request.security(syminfo.tickerid, "5", close), "off")
            plot(request.security(syminfo.tickerid, "5", close, barmerge.gaps_on), "gaps")
            plot(request.security(syminfo.tickerid, "5", close, lookahead = barmerge.lookahead_on), "ahead")
            plot(request.security(syminfo.tickerid, "5", ta.sma(close, len)), "sma")
            plot(request.security(syminfo.tickerid, "5", bar_index), "htfIndex")
            [o5, c5] = request.security(syminfo.tickerid, "5", [open, close])
            plot(o5, "o5")
            plot(c5, "c5")
            """;

    @Test
    void valuesComeFromTheLastClosedHigherTimeframeBar() {
        // 1m closes 100..111; 5m bars = chart bars 0-4 (close 104), 5-9 (109), 10-11 (forming, 111 so far)
        RunResult r = run(SCRIPT, ramp(12));
        assertArrayEquals(new double[] {NA, NA, NA, NA, 104, 104, 104, 104, 104, 109, 109, 109}, column(r, "off"));
        assertArrayEquals(new double[] {NA, NA, NA, NA, 104, NA, NA, NA, NA, 109, NA, NA}, column(r, "gaps"));
        assertArrayEquals(new double[] {104, 104, 104, 104, 104, 109, 109, 109, 109, 109, 111, 111},
                column(r, "ahead"));
        assertArrayEquals(new double[] {NA, NA, NA, NA, NA, NA, NA, NA, NA, 106.5, 106.5, 106.5}, column(r, "sma"));
        assertArrayEquals(new double[] {NA, NA, NA, NA, 0, 0, 0, 0, 0, 1, 1, 1}, column(r, "htfIndex"));
        assertArrayEquals(new double[] {NA, NA, NA, NA, 100, 100, 100, 100, 100, 104, 104, 104}, column(r, "o5"));
        assertArrayEquals(column(r, "off"), column(r, "c5"));
    }

    /**
     * Causality: the value on bar k must be the same whether or not the bars after k exist. Running every prefix
     * of the data and comparing its last value with the full run proves no future data leaks in; the same check
     * must catch lookahead_on (which does leak), so the test is not vacuous.
     */
    @Test
    void noFutureLeakWithLookaheadOff() {
        BarSeries bars = DemoMarket.generate(DemoMarket.symbols().get(0).name(), Timeframe.parse("5m"),
                1_700_000_100_000L, 300, 3);
        String script = """
                //@version=6
                indicator("leak")
                plot(request.security(syminfo.tickerid, "60", ta.ema(close, 3) + high - low), "off")
                plot(request.security(syminfo.tickerid, "60", close, lookahead = barmerge.lookahead_on), "on")
                """;
        PineProgram p = Scripts.compile(script);
        RunResult full = p.run(bars, RunOptions.defaults());
        double[] off = full.plot("off").values();
        double[] on = full.plot("on").values();
        int leaks = 0;
        int valued = 0;
        for (int k = 1; k <= bars.size(); k++) {
            RunResult prefix = p.run(bars.slice(0, k), RunOptions.defaults());
            double[] pOff = prefix.plot("off").values();
            assertEquals(off[k - 1], pOff[k - 1], 0.0, "lookahead_off value on bar " + (k - 1) + " depends on later bars");
            if (!Double.isNaN(off[k - 1])) {
                valued++;
            }
            if (Double.compare(on[k - 1], prefix.plot("on").values()[k - 1]) != 0) {
                leaks++;
            }
        }
        assertTrue(valued > 200, "the higher-timeframe values should be present on most bars");
        assertTrue(leaks > 0, "lookahead_on must be detected as leaking by the same check");
    }

    /**
     * A script variable in the requested expression is evaluated on the other timeframe through its whole
     * declaration chain (TradingView's semantics), not read from the chart's timeframe.
     */
    @Test
    void scriptVariablesAreEvaluatedOnTheRequestedTimeframe() {
        RunResult r = run("""
                //@version=6
                indicator("vars")
                src = input.source(close, "Source")
                len = input.int(2, "Len")
                ma = ta.sma(src, len)
                doubled = src * 2
                chained = doubled + ta.ema(doubled, 3)
                plot(request.security(syminfo.tickerid, "5", ma), "ma")
                plot(request.security(syminfo.tickerid, "5", ta.sma(close, 2)), "maInline")
                plot(request.security(syminfo.tickerid, "5", ma[1]), "maPrev")
                plot(request.security(syminfo.tickerid, "5", ta.sma(close, 2)[1]), "maPrevInline")
                plot(request.security(syminfo.tickerid, "5", chained), "chained")
                plot(request.security(syminfo.tickerid, "5", close * 2 + ta.ema(close * 2, 3)), "chainedInline")
                plot(ma, "chartMa")
                """, ramp(40));
        assertArrayEquals(column(r, "maInline"), column(r, "ma"));
        assertArrayEquals(column(r, "maPrevInline"), column(r, "maPrev"));
        assertArrayEquals(column(r, "chainedInline"), column(r, "chained"));
        // on the 5m bar closing at chart bar 9 (closes 105..109, the previous 5m close 104) the 5m sma(2) is 106.5:
        // not the chart's 1m sma(2) at bar 9 (108.5)
        assertEquals(106.5, column(r, "ma")[9]);
        assertEquals(108.5, column(r, "chartMa")[9]);
        PineProgram p = Scripts.compile("""
                //@version=6
                indicator("inputs")
                src = input.source(close, "Source")
                plot(request.security(syminfo.tickerid, "5", src) + request.security(syminfo.tickerid, "15", src))
                """);
        assertEquals(1, p.inputs().size(), "an input read in several contexts is still one input");
    }

    /** A function's parameters and locals inside its request.security: each call site's own arguments. */
    @Test
    void functionParametersAndLocalsAreEvaluatedOnTheRequestedTimeframe() {
        RunResult r = run("""
                //@version=6
                indicator("fn")
                src = input.source(high, "Source")
                htfMa(src, tf, fast) =>
                    len = fast ? 2 : 3
                    request.security(syminfo.tickerid, tf, ta.sma(src, len))
                nested(x, tf) => htfMa(x * 2, tf, true)
                plot(htfMa(close, "5", true), "closeFast")
                plot(request.security(syminfo.tickerid, "5", ta.sma(close, 2)), "closeFastInline")
                plot(htfMa(high, "5", false), "highSlow")
                plot(request.security(syminfo.tickerid, "5", ta.sma(high, 3)), "highSlowInline")
                plot(nested(low, "5"), "nested")
                plot(request.security(syminfo.tickerid, "5", ta.sma(low * 2, 2)), "nestedInline")
                plot(htfMa(src, "5", true), "shadow")
                plot(request.security(syminfo.tickerid, "5", ta.sma(high, 2)), "shadowInline")
                """, ramp(40));
        assertArrayEquals(column(r, "closeFastInline"), column(r, "closeFast"));
        assertArrayEquals(column(r, "highSlowInline"), column(r, "highSlow"));
        assertArrayEquals(column(r, "nestedInline"), column(r, "nested"));
        assertArrayEquals(column(r, "shadowInline"), column(r, "shadow"));
        // the parameter src (close here) shadows the script's src (high)
        assertFalse(java.util.Arrays.equals(column(r, "shadowInline"), column(r, "closeFast")));
        assertFalse(java.util.Arrays.equals(column(r, "closeFast"), column(r, "highSlow")));
    }

    @Test
    void objectsAndStringsCanBeRequested() {
        RunResult r = run("""
                //@version=6
                indicator("objects")
                type P
                    float c
                    int i
                mk() => P.new(close, bar_index)
                p = request.security(syminfo.tickerid, "5", mk())
                plot(na(p) ? na : p.c, "c")
                plot(na(p) ? na : p.i, "i")
                plot(request.security(syminfo.tickerid, "5", close), "inline")
                s = request.security(syminfo.tickerid, "5", str.tostring(close))
                plot(str.tonumber(s), "s")
                """, ramp(12));
        assertArrayEquals(column(r, "inline"), column(r, "c"));
        assertArrayEquals(column(r, "inline"), column(r, "s"));
        assertArrayEquals(new double[] {NA, NA, NA, NA, 0, 0, 0, 0, 0, 1, 1, 1}, column(r, "i"));
    }

    @Test
    void heikinAshiTickersComputeOnHeikinAshiBarsOfTheRequestedTimeframe() {
        RunResult r = run("""
                //@version=6
                indicator("ha")
                ha = ticker.heikinashi(syminfo.tickerid)
                plot(request.security(ha, "5", close), "haClose")
                plot(request.security(ha, "5", open), "haOpen")
                plot(request.security(syminfo.tickerid, "5", (open + high + low + close) / 4), "ohlc4")
                """, ramp(12));
        assertArrayEquals(column(r, "ohlc4"), column(r, "haClose"));
        // 5m bar 0 (chart bars 0-4): o 100 h 105 l 99 c 104 -> HA close 102, open (100 + 104) / 2 = 102;
        // 5m bar 1 (5-9): HA close (104 + 110 + 103 + 109) / 4 = 106.5, open (102 + 102) / 2 = 102
        assertEquals(102, column(r, "haOpen")[4]);
        assertEquals(102, column(r, "haClose")[4]);
        assertEquals(102, column(r, "haOpen")[9]);
        assertEquals(106.5, column(r, "haClose")[9]);
    }

    /** A function reading ta variables (ta.tr, ta.obv), called on the chart and inside request.security. */
    @Test
    void aFunctionWithTaVariablesWorksOnTheChartAndInsideRequests() {
        RunResult r = run("""
                //@version=6
                indicator("ta vars")
                f() => ta.tr + ta.obv * 0
                plot(f(), "chart")
                plot(request.security(syminfo.tickerid, "5", f()), "htf")
                plot(request.security(syminfo.tickerid, "5", ta.tr), "htfInline")
                plot(ta.tr, "chartInline")
                """, ramp(40));
        assertTrue(r.ok(), () -> String.valueOf(r.failure()));
        assertArrayEquals(column(r, "chartInline"), column(r, "chart"));
        assertArrayEquals(column(r, "htfInline"), column(r, "htf"));
    }

    @Test
    void unsupportedRequestsAreDiagnosed() {
        RunResult other = Scripts.compile("""
                //@version=6
                indicator("x")
                plot(request.security("BINANCE:ETHUSDT", "60", close))
                """).run(ramp(3), RunOptions.defaults());
        assertFalse(other.ok(), "a symbol without data stops the run");
        assertTrue(other.failure().message().contains("\"BINANCE:ETHUSDT\""), other.failure().message());
        PineProgram variable = PineEngine.compile("""
                //@version=6
                indicator("x")
                v = close * 2
                v := v + 1
                plot(request.security(syminfo.tickerid, "60", v))
                """, "x.pine");
        assertTrue(variable.hasErrors());
        assertTrue(variable.diagnostics().toString().contains("'v'"), variable.diagnostics().toString());
        assertTrue(variable.diagnostics().toString().contains("reassigned"), variable.diagnostics().toString());
        RunResult lower = Scripts.compile("""
                //@version=6
                indicator("x")
                plot(request.security(syminfo.tickerid, "1", close))
                """).run(DemoMarket.generate(DemoMarket.symbols().get(0).name(), Timeframe.parse("5m"),
                1_700_000_100_000L, 10, 1), RunOptions.defaults());
        assertNotNull(lower.failure());
        assertTrue(lower.failure().message().contains("lower timeframes"), lower.failure().message());
        assertFalse(lower.ok());
    }
}
