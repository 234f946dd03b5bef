package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.NA;
import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** if / switch / for / while as statements and expressions, break / continue, per-call-site state in branches. */
class ControlFlowTest {

    @Test
    void statefulCallsInNestedLoopsKeepOneSeriesPerIterationPosition() {
        RunResult r = run("""
                //@version=6
                indicator("nested")
                float acc = 0.0
                for i = 0 to 2
                    for j = 0 to 1
                        acc += ta.sma(close + i * 10 + j, 3)
                plot(acc, "acc")
                plot(6 * ta.sma(close, 3) + 63, "expected")
                """, ramp(6));
        assertTrue(r.ok(), () -> String.valueOf(r.failure()));
        assertArrayEquals(column(r, "expected"), column(r, "acc"), 1e-9);
    }

    @Test
    void ifAndSwitchAreExpressions() {
        RunResult r = run("""
                //@version=6
                indicator("c")
                a = if bar_index == 0
                    10
                else if bar_index == 1
                    20
                else
                    30.5
                b = switch bar_index % 3
                    0 => "zero"
                    1 => "one"
                    => "other"
                c = switch
                    bar_index > 2 => 1
                    bar_index > 0 => 2
                noElse = if bar_index == 1
                    5
                plot(a, "a")
                plot(b == "one" ? 1 : b == "zero" ? 0 : 2, "b")
                plot(c, "c")
                plot(noElse, "n")
                """, ramp(4));
        assertArrayEquals(new double[] {10, 20, 30.5, 30.5}, column(r, "a"));
        assertArrayEquals(new double[] {0, 1, 2, 0}, column(r, "b"));
        assertArrayEquals(new double[] {NA, 2, 2, 1}, column(r, "c"));
        assertArrayEquals(new double[] {NA, 5, NA, NA}, column(r, "n"));
    }

    @Test
    void forLoopsWithStepsBreakContinueAndValue() {
        RunResult r = run("""
                //@version=6
                indicator("f")
                s = 0
                for i = 1 to 10 by 3
                    s += i
                down = 0
                for i = 3 to 1
                    down := down * 10 + i
                odd = 0
                for i = 0 to 100
                    if i > 7
                        break
                    if i % 2 == 0
                        continue
                    odd += i
                last = for i = 1 to 4
                    i * 2
                plot(s, "s")
                plot(down, "down")
                plot(odd, "odd")
                plot(last, "last")
                """, ramp(1));
        assertArrayEquals(new double[] {1 + 4 + 7 + 10}, column(r, "s"));
        assertArrayEquals(new double[] {321}, column(r, "down"));
        assertArrayEquals(new double[] {1 + 3 + 5 + 7}, column(r, "odd"));
        assertArrayEquals(new double[] {8}, column(r, "last"));
    }

    @Test
    void v6ReevaluatesTheEndBoundEveryIteration() {
        RunResult r = run("""
                //@version=6
                indicator("f")
                limit = 5
                count = 0
                for i = 0 to limit
                    count += 1
                    limit := 2
                plot(count, "count")
                """, ramp(1));
        assertArrayEquals(new double[] {3}, column(r, "count"));
    }

    @Test
    void whileLoops() {
        RunResult r = run("""
                //@version=6
                indicator("w")
                n = bar_index + 1
                steps = 0
                while n != 1
                    n := n % 2 == 0 ? n / 2 : 3 * n + 1
                    steps += 1
                plot(steps, "steps")
                """, ramp(7));
        // Collatz steps of 1..7
        assertArrayEquals(new double[] {0, 1, 7, 2, 5, 8, 16}, column(r, "steps"));
    }

    @Test
    void statefulCallsInsideIfKeepTheirOwnHistory() {
        RunResult r = run("""
                //@version=6
                indicator("s")
                float a = na
                if bar_index % 2 == 1
                    a := ta.sma(close, 2)
                b = ta.sma(close, 2)
                plot(a, "a")
                plot(b, "b")
                """, ramp(6));
        // the sma in the if sees only closes of odd bars: 101, 103, 105
        assertArrayEquals(new double[] {NA, NA, NA, 102, NA, 104}, column(r, "a"));
        assertArrayEquals(new double[] {NA, 100.5, 101.5, 102.5, 103.5, 104.5}, column(r, "b"));
    }

    @Test
    void statefulCallsInLoopsHaveStatePerIterationPosition() {
        RunResult r = run("""
                //@version=6
                indicator("l")
                total = 0.0
                for i = 1 to 2
                    total += ta.cum(i)
                plot(total, "t")
                """, ramp(3));
        // iteration 1 accumulates 1 per bar, iteration 2 accumulates 2 per bar
        assertArrayEquals(new double[] {3, 6, 9}, column(r, "t"));
    }
}
