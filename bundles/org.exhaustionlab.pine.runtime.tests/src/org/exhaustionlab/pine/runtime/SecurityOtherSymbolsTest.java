package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.NA;
import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.junit.jupiter.api.Test;

/** request.security on other symbols (bars supplied in the run options) and with non-literal timeframes. */
class SecurityOtherSymbolsTest {

    /** One-minute bars at the given minute offsets from the ramp's start (closes 1000 + minute). */
    static BarSeries other(String name, int... minutes) {
        int n = minutes.length;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_700_000_100_000L + minutes[i] * 60_000L;
            c[i] = 1000 + minutes[i];
            o[i] = c[i] - 0.5;
            h[i] = c[i] + 1;
            l[i] = c[i] - 1;
            v[i] = 5;
        }
        return BarSeries.of(Symbol.of(name, 0.01, 0.001), Timeframe.parse("1m"), t, o, h, l, c, v);
    }

    static RunOptions with(Map<String, BarSeries> securities) {
        return RunOptions.defaults().withSecurities(securities);
    }

    @Test
    void sameTimeframeValuesAlignOnTimeWithGaps() {
        // ETH has no bars at minutes 0, 3 and 4 (it starts later and misses two bars)
        BarSeries eth = other("ETHUSDT", 1, 2, 5, 6, 7);
        RunResult r = Scripts.run("""
                //@version=6
                indicator("eth")
                plot(request.security("BINANCE:ETHUSDT", timeframe.period, close), "off")
                plot(request.security("BINANCE:ETHUSDT", "", close, barmerge.gaps_on), "gaps")
                plot(request.security("BINANCE:ETHUSDT", "1", bar_index), "ethIndex")
                """, ramp(8), with(Map.of("BINANCE:ETHUSDT", eth)));
        assertArrayEquals(new double[] {NA, 1001, 1002, 1002, 1002, 1005, 1006, 1007}, column(r, "off"));
        assertArrayEquals(new double[] {NA, 1001, 1002, NA, NA, 1005, 1006, 1007}, column(r, "gaps"));
        assertArrayEquals(new double[] {NA, 0, 1, 1, 1, 2, 3, 4}, column(r, "ethIndex"));
    }

    @Test
    void higherTimeframeOfAnotherSymbolBehavesLikeTheChartsOwn() {
        BarSeries chart = ramp(23);
        String script = """
                //@version=6
                indicator("htf")
                sym = input.symbol("ETHUSDT", "Symbol")
                plot(request.security(syminfo.tickerid, "5", ta.sma(close, 2) + high), "own")
                plot(request.security(sym, "5", ta.sma(close, 2) + high), "other")
                plot(request.security(sym, "5", close, barmerge.gaps_on), "otherGaps")
                plot(request.security(syminfo.tickerid, "5", close, barmerge.gaps_on), "ownGaps")
                """;
        // the same bars under another name: every value must equal the chart's own request
        BarSeries copy = BarSeries.of(Symbol.of("ETHUSDT", 0.01, 0.001), chart.timeframe(), chart.times(),
                chart.opens(), chart.highs(), chart.lows(), chart.closes(), chart.volumes());
        RunResult r = Scripts.run(script, chart, with(Map.of("BINANCE:ETHUSDT", copy)));
        assertArrayEquals(column(r, "own"), column(r, "other"));
        assertArrayEquals(column(r, "ownGaps"), column(r, "otherGaps"));
        assertEquals(104, column(r, "otherGaps")[4]);
    }

    @Test
    void otherSymbolHasNoLookAhead() {
        BarSeries chart = DemoMarket.generate(DemoMarket.symbols().get(0).name(), Timeframe.parse("5m"),
                1_700_000_100_000L, 150, 3);
        BarSeries eth = DemoMarket.generate(DemoMarket.symbols().get(1).name(), Timeframe.parse("5m"),
                1_700_000_100_000L, 150, 4);
        String name = DemoMarket.symbols().get(1).name();
        PineProgram p = Scripts.compile("""
                //@version=6
                indicator("leak")
                plot(request.security("%s", "60", ta.ema(close, 3) + high - low), "off")
                """.formatted(name));
        RunOptions options = with(Map.of(name, eth));
        double[] full = p.run(chart, options).plot("off").values();
        int valued = 0;
        for (int k = 1; k <= chart.size(); k++) {
            RunResult prefix = p.run(chart.slice(0, k), options);
            assertTrue(prefix.ok(), String.valueOf(prefix.failure()));
            assertEquals(full[k - 1], prefix.plot("off").values()[k - 1], 0.0, "bar " + (k - 1));
            valued += Double.isNaN(full[k - 1]) ? 0 : 1;
        }
        assertTrue(valued > 100, "values from the other symbol on most bars: " + valued);
    }

    @Test
    void missingSymbolStopsTheRunNamingIt() {
        RunResult r = Scripts.compile("""
                //@version=6
                indicator("x")
                plot(request.security("BINANCE:SOLUSDT", "5", close))
                """).run(ramp(5), with(Map.of("ETHUSDT", other("ETHUSDT", 0, 1))));
        assertFalse(r.ok());
        assertTrue(r.failure().message().contains("no data for symbol \"BINANCE:SOLUSDT\""), r.failure().message());
        assertTrue(r.failure().message().contains("ETHUSDT"), "names the symbols that are available");
    }

    @Test
    void ignoreInvalidSymbolGivesNaInsteadOfAnError() {
        RunResult r = Scripts.run("""
                //@version=6
                indicator("x")
                plot(request.security("BINANCE:SOLUSDT", "5", close, ignore_invalid_symbol = true), "sol")
                plot(close, "close")
                """, ramp(6), RunOptions.defaults());
        for (double v : column(r, "sol")) {
            assertTrue(Double.isNaN(v));
        }
        assertEquals(105, column(r, "close")[5]);
    }

    @Test
    void nonLiteralTimeframesAreEvaluatedOnTheFirstBar() {
        String script = """
                //@version=6
                indicator("tf")
                tfInput = input.timeframe("5", "TF")
                string tfVar = "5"
                plot(request.security(syminfo.tickerid, tfInput, close), "input")
                plot(request.security(syminfo.tickerid, tfVar, close), "variable")
                plot(request.security(syminfo.tickerid, "5", close), "literal")
                """;
        RunResult r = Scripts.run(script, ramp(12));
        assertArrayEquals(column(r, "literal"), column(r, "input"));
        assertArrayEquals(column(r, "literal"), column(r, "variable"));
        assertArrayEquals(new double[] {NA, NA, NA, NA, 104, 104, 104, 104, 104, 109, 109, 109},
                column(r, "input"));
        RunResult three = Scripts.run(script, ramp(12), RunOptions.defaults().withInputs(Map.of("TF", "3")));
        // 3-minute bars: the ramp starts at minute 20 of an hour boundary … 1_700_000_100_000 is a 5-min boundary
        double[] v = column(three, "input");
        assertFalse(java.util.Arrays.equals(v, column(three, "literal")), "the input changes the timeframe");
        RunResult bad = Scripts.compile(script).run(ramp(3),
                RunOptions.defaults().withInputs(Map.of("TF", "7")));
        assertFalse(bad.ok());
        assertTrue(bad.failure().message().contains("\"7\""), bad.failure().message());
    }
}
