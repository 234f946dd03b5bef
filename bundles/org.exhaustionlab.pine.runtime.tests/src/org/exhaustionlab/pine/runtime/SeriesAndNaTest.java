package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.NA;
import static org.exhaustionlab.pine.runtime.Scripts.bars;
import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Series history, na propagation, var/varip, int/float arithmetic. */
class SeriesAndNaTest {

    @Test
    void historyOfVariablesExpressionsAndBarData() {
        RunResult r = run("""
                //@version=6
                indicator("h")
                x = close * 2
                plot(x[1], "x1")
                plot(x[2], "x2")
                plot(close[3], "c3")
                plot((close + 1)[1], "e1")
                plot(bar_index[1], "b1")
                """, bars(1, 2, 3, 4, 5));
        assertArrayEquals(new double[] {NA, 2, 4, 6, 8}, column(r, "x1"));
        assertArrayEquals(new double[] {NA, NA, 2, 4, 6}, column(r, "x2"));
        assertArrayEquals(new double[] {NA, NA, NA, 1, 2}, column(r, "c3"));
        assertArrayEquals(new double[] {NA, 2, 3, 4, 5}, column(r, "e1"));
        assertArrayEquals(new double[] {NA, 0, 1, 2, 3}, column(r, "b1"));
    }

    @Test
    void dynamicOffsetAndOffsetBeyondHistoryAreNa() {
        RunResult r = run("""
                //@version=6
                indicator("h")
                y = close + 0
                plot(y[bar_index], "first")
                plot(y[10], "far")
                """, bars(7, 8, 9));
        assertArrayEquals(new double[] {7, 7, 7}, column(r, "first"));
        assertArrayEquals(new double[] {NA, NA, NA}, column(r, "far"));
    }

    @Test
    void naPropagatesThroughArithmeticAndNzFixnanReplaceIt() {
        RunResult r = run("""
                //@version=6
                indicator("na")
                val = bar_index % 2 == 0 ? bar_index : na
                plot(val + 1, "plus")
                plot(val * 2.5, "times")
                plot(na(val) ? 1 : 0, "isna")
                plot(nz(val), "nz")
                plot(nz(val, -1), "nz1")
                plot(fixnan(val), "fix")
                plot(na(close[5]) ? 1 : 0, "oldna")
                plot(val > 1 ? 1 : 0, "cmp")
                """, ramp(4));
        assertArrayEquals(new double[] {1, NA, 3, NA}, column(r, "plus"));
        assertArrayEquals(new double[] {0, NA, 5, NA}, column(r, "times"));
        assertArrayEquals(new double[] {0, 1, 0, 1}, column(r, "isna"));
        assertArrayEquals(new double[] {0, 0, 2, 0}, column(r, "nz"));
        assertArrayEquals(new double[] {0, -1, 2, -1}, column(r, "nz1"));
        assertArrayEquals(new double[] {0, 0, 2, 2}, column(r, "fix"));
        assertArrayEquals(new double[] {1, 1, 1, 1}, column(r, "oldna"));
        assertArrayEquals(new double[] {0, 0, 1, 0}, column(r, "cmp"), "comparisons with na are false");
    }

    @Test
    void varInitialisesOnceAndPlainDeclarationsEveryBar() {
        RunResult r = run("""
                //@version=6
                indicator("var")
                var int count = 0
                varip float total = 0.0
                plain = 0
                count += 1
                total += close
                plain += 1
                plot(count, "count")
                plot(total, "total")
                plot(plain, "plain")
                """, bars(1, 2, 3));
        assertArrayEquals(new double[] {1, 2, 3}, column(r, "count"));
        assertArrayEquals(new double[] {1, 3, 6}, column(r, "total"));
        assertArrayEquals(new double[] {1, 1, 1}, column(r, "plain"));
    }

    @Test
    void intDivisionGivesFractionsInV6ForConstsAndTruncatesOtherwise() {
        RunResult v6 = run("""
                //@version=6
                indicator("d")
                k = 7
                plot(7 / 2, "d")
                plot(7 % 3, "m")
                plot(-7 / 2, "n")
                plot(k / 2, "constVar")
                plot(bar_index / 2, "series")
                """, ramp(4));
        assertArrayEquals(new double[] {3.5, 3.5, 3.5, 3.5}, column(v6, "d"));
        assertArrayEquals(new double[] {1, 1, 1, 1}, column(v6, "m"));
        assertArrayEquals(new double[] {-3.5, -3.5, -3.5, -3.5}, column(v6, "n"));
        assertArrayEquals(new double[] {3.5, 3.5, 3.5, 3.5}, column(v6, "constVar"));
        assertArrayEquals(new double[] {0, 0, 1, 1}, column(v6, "series"), "series int / int stays int");
        RunResult v5 = run("""
                //@version=5
                indicator("d")
                plot(7 / 2, "d")
                """, ramp(1));
        assertArrayEquals(new double[] {3}, column(v5, "d"));
    }

    @Test
    void ternaryIsLazySoSkippedStatefulCallsDoNotAdvance() {
        RunResult r = run("""
                //@version=6
                indicator("lazy")
                c = bar_index % 2 == 0 ? ta.cum(1) : na
                plot(c, "c")
                ok = bar_index >= 0 or ta.cum(1) > 0
                plot(ok ? 1 : 0, "ok")
                """, ramp(5));
        assertArrayEquals(new double[] {1, NA, 2, NA, 3}, column(r, "c"));
        assertArrayEquals(new double[] {1, 1, 1, 1, 1}, column(r, "ok"));
    }

    @Test
    void stringsConcatenateAndCompare() {
        RunResult r = run("""
                //@version=6
                indicator("s")
                s = "a" + "b"
                t = str.tostring(bar_index)
                plot(s == "ab" ? 1 : 0, "eq")
                plot(str.length(s + t), "len")
                plot(t < "1" ? 1 : 0, "lt")
                """, ramp(2));
        assertArrayEquals(new double[] {1, 1}, column(r, "eq"));
        assertArrayEquals(new double[] {3, 3}, column(r, "len"));
        assertArrayEquals(new double[] {1, 0}, column(r, "lt"));
    }

    @Test
    void builtinBarVariables() {
        RunResult r = run("""
                //@version=6
                indicator("b")
                plot(hl2, "hl2")
                plot(barstate.isfirst ? 1 : 0, "first")
                plot(barstate.islast ? 1 : 0, "last")
                plot(last_bar_index, "lbi")
                plot(syminfo.mintick, "tick")
                plot(timeframe.multiplier, "mult")
                plot(timeframe.isintraday ? 1 : 0, "intraday")
                """, bars(10, 20, 30));
        assertArrayEquals(new double[] {10, 15, 25}, column(r, "hl2"));
        assertArrayEquals(new double[] {1, 0, 0}, column(r, "first"));
        assertArrayEquals(new double[] {0, 0, 1}, column(r, "last"));
        assertArrayEquals(new double[] {2, 2, 2}, column(r, "lbi"));
        assertArrayEquals(new double[] {0.01, 0.01, 0.01}, column(r, "tick"));
        assertArrayEquals(new double[] {1, 1, 1}, column(r, "mult"));
        assertArrayEquals(new double[] {1, 1, 1}, column(r, "intraday"));
    }
}
