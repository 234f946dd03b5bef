package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.NA;
import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exhaustionlab.market.BarSeries;
import org.junit.jupiter.api.Test;

/**
 * timeframe.change / in_seconds / from_seconds, the function forms of ta.vwap (anchor, stdev bands) and
 * ta.pivot_point_levels, on one-minute ramp bars (close 100+i, open = previous close, high/low 1 beyond, volume 10+i;
 * the first bar opens a 5-minute bar).
 */
class TimeframeVwapPivotTest {

    @Test
    void timeframeChangeMarksTheFirstBarOfEachHigherTimeframeBar() {
        RunResult r = run("""
                //@version=6
                indicator("tf")
                plot(timeframe.change("5") ? 1 : 0, "c5")
                plot(timeframe.change("3") ? 1 : 0, "c3")
                plot(timeframe.change("") ? 1 : 0, "chart")
                plot(timeframe.in_seconds("60"), "h")
                plot(timeframe.in_seconds(), "chartSeconds")
                plot(timeframe.in_seconds("1D"), "d")
                plot(timeframe.from_seconds(3600) == "60" and timeframe.from_seconds(86400) == "1D" ? 1 : 0, "from")
                """, ramp(12));
        assertArrayEquals(new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0}, column(r, "c5"));
        // 3-minute bars are aligned to midnight: the ramp starts 1 minute into one (…100_000 ms = 20 min boundary + 0)
        double[] c3 = column(r, "c3");
        assertEquals(1, c3[0]);
        int count = 0;
        for (double v : c3) {
            count += (int) v;
        }
        assertEquals(4, count, "12 one-minute bars aligned on a 3-minute boundary touch 4 three-minute bars");
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, column(r, "chart"));
        assertEquals(3600, column(r, "h")[0]);
        assertEquals(60, column(r, "chartSeconds")[0]);
        assertEquals(86400, column(r, "d")[0]);
        assertEquals(1, column(r, "from")[0]);
    }

    @Test
    void vwapWithAnchorAndStdevBands() {
        BarSeries bars = ramp(12);
        RunResult r = run("""
                //@version=6
                indicator("vwap")
                [v, up, lo] = ta.vwap(close, timeframe.change("5"), 2)
                plot(v, "v")
                plot(up, "up")
                plot(lo, "lo")
                plot(ta.vwap(close, timeframe.change("5")), "plain")
                plot(ta.vwap(hlc3), "session")
                plot(ta.vwap, "variable")
                """, bars);
        double[] v = column(r, "v");
        // bar 1: (100*10 + 101*11) / 21
        assertEquals(2111.0 / 21, v[1], 1e-9);
        // bar 5 restarts the sums: close 105 alone
        assertEquals(105, v[5], 1e-9);
        double[] up = column(r, "up");
        double[] lo = column(r, "lo");
        for (int i = 0; i < 12; i++) {
            int start = i - i % 5;
            double sv = 0;
            double spv = 0;
            double sp2v = 0;
            for (int k = start; k <= i; k++) {
                double c = 100 + k;
                double vol = 10 + k;
                sv += vol;
                spv += c * vol;
                sp2v += c * c * vol;
            }
            double mean = spv / sv;
            double sd = Math.sqrt(Math.max(0, sp2v / sv - mean * mean));
            assertEquals(mean, v[i], 1e-9, "vwap on bar " + i);
            assertEquals(mean + 2 * sd, up[i], 1e-9, "upper band on bar " + i);
            assertEquals(mean - 2 * sd, lo[i], 1e-9, "lower band on bar " + i);
        }
        assertEquals(0, up[5] - lo[5], 1e-9, "one bar has no deviation");
        assertArrayEquals(v, column(r, "plain"), 1e-12);
        // without an anchor the sums run over the trading day (all 12 bars are in one day)
        assertArrayEquals(column(r, "variable"), column(r, "session"), 1e-12);
    }

    static final String PIVOTS = """
            //@version=6
            indicator("pivots")
            anchor = timeframe.change("5")
            t = ta.pivot_point_levels("Traditional", anchor)
            plot(t.get(0), "P")
            plot(t.get(1), "R1")
            plot(t.get(2), "S1")
            plot(t.get(5), "R3")
            plot(t.get(10), "S5")
            plot(t.size(), "size")
            d = ta.pivot_point_levels("Traditional", anchor, true)
            plot(d.get(0), "devP")
            f = ta.pivot_point_levels("Fibonacci", anchor)
            plot(f.get(3), "fibR2")
            plot(f.get(7), "fibR4")
            w = ta.pivot_point_levels("Woodie", anchor)
            plot(w.get(0), "woodP")
            c = ta.pivot_point_levels("Classic", anchor)
            plot(c.get(7), "classicR4")
            m = ta.pivot_point_levels("DM", anchor)
            plot(m.get(0), "dmP")
            plot(m.get(3), "dmR2")
            k = ta.pivot_point_levels("Camarilla", anchor)
            plot(k.get(1), "camR1")
            plot(k.get(9), "camR5")
            """;

    @Test
    void pivotPointLevelsOfEachType() {
        RunResult r = run(PIVOTS, ramp(12));
        // period bars 0-4: high 105 (close 104 + 1), low 99 (open 100 - 1), close 104, open 100; next open 104
        double h = 105;
        double l = 99;
        double c = 104;
        double p = (h + l + c) / 3;
        assertArrayEquals(new double[] {NA, NA, NA, NA, NA, p, p, p, p, p, 107.0 + 1 / 3.0, 107.0 + 1 / 3.0},
                column(r, "P"), 1e-9);
        assertEquals(2 * p - l, column(r, "R1")[5], 1e-9);
        assertEquals(2 * p - h, column(r, "S1")[5], 1e-9);
        assertEquals(p * 2 + (h - 2 * l), column(r, "R3")[7], 1e-9);
        assertEquals(p * 4 - (4 * h - l), column(r, "S5")[9], 1e-9);
        assertEquals(11, column(r, "size")[0]);
        // developing: bar 2 sees high 103, low 99, close 102 of the current period
        assertEquals((103 + 99 + 102) / 3.0, column(r, "devP")[2], 1e-9);
        assertEquals(p, column(r, "devP")[4], 1e-9);
        assertEquals(p + 0.618 * (h - l), column(r, "fibR2")[5], 1e-9);
        assertTrue(Double.isNaN(column(r, "fibR4")[5]), "Fibonacci has no R4");
        assertEquals((h + l + 2 * 104) / 4, column(r, "woodP")[5], 1e-9);
        assertEquals(p + 3 * (h - l), column(r, "classicR4")[5], 1e-9);
        assertEquals((2 * h + l + c) / 4, column(r, "dmP")[5], 1e-9, "close > open: X = 2H + L + C");
        assertTrue(Double.isNaN(column(r, "dmR2")[5]), "DM has only P, R1 and S1");
        assertEquals(c + 1.1 * (h - l) / 12, column(r, "camR1")[5], 1e-9);
        assertEquals(h / l * c, column(r, "camR5")[5], 1e-9);
    }

    @Test
    void unknownPivotTypeIsARuntimeErrorNamingIt() {
        RunResult r = Scripts.compile("""
                //@version=6
                indicator("x")
                plot(ta.pivot_point_levels("Floor", timeframe.change("5")).get(0))
                """).run(ramp(3), RunOptions.defaults());
        assertFalse(r.ok());
        assertTrue(r.failure().message().contains("\"Floor\""), r.failure().message());
    }

    @Test
    void pivotsWithoutSourceUseHighAndLow() {
        // flat bars (open = close, high/low 1 beyond) so that neighbouring highs do not tie
        double[] c = {10, 12, 18, 11, 9, 8, 12, 17, 9, 7, 5, 10, 12};
        int n = c.length;
        long[] t = new long[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_700_000_100_000L + i * 60_000L;
            h[i] = c[i] + 1;
            l[i] = c[i] - 1;
            v[i] = 1;
        }
        BarSeries bars = BarSeries.of(org.exhaustionlab.market.Symbol.of("TEST", 0.01, 0.001),
                org.exhaustionlab.market.Timeframe.parse("1m"), t, c.clone(), h, l, c, v);
        RunResult r = run("""
                //@version=6
                indicator("pivots")
                plot(ta.pivothigh(2, 2), "ph")
                plot(ta.pivothigh(high, 2, 2), "phHigh")
                plot(ta.pivotlow(2, 2), "pl")
                plot(ta.pivotlow(low, 2, 2), "plLow")
                """, bars);
        double[] ph = column(r, "ph");
        double[] pl = column(r, "pl");
        assertArrayEquals(column(r, "phHigh"), ph);
        assertArrayEquals(column(r, "plLow"), pl);
        // the high of bar 2 (19) and of bar 7 (18) are confirmed two bars later; the low of bar 5 (7) likewise
        assertEquals(19, ph[4]);
        assertEquals(18, ph[9]);
        assertEquals(7, pl[7]);
        assertEquals(NA, ph[5]);
    }
}
