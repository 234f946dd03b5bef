package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Limits stop runaway scripts with a clear error naming the line; the engine never crashes. */
class SandboxTest {

    @Test
    void infiniteWhileLoopIsStoppedByTheIterationLimit() {
        PineProgram p = Scripts.compile("""
                //@version=6
                indicator("inf")
                x = 0
                while true
                    x += 1
                plot(x)
                """);
        RunResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> p.run(ramp(3), RunOptions.defaults().withLimits(100_000, 0, 0)));
        assertNotNull(r.failure());
        assertEquals(4, r.failure().line());
        assertEquals(0, r.failure().bar());
        assertTrue(r.failure().message().contains("100000 iterations"), r.failure().message());
        assertEquals(0, r.bars());
    }

    @Test
    void infiniteLoopIsStoppedByThePerBarTimeLimit() {
        PineProgram p = Scripts.compile("""
                //@version=6
                indicator("inf")
                x = 0.0
                while true
                    x += 1
                plot(x)
                """);
        RunResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> p.run(ramp(3), RunOptions.defaults().withLimits(Long.MAX_VALUE, 50_000_000L, 0)));
        assertNotNull(r.failure());
        assertEquals(4, r.failure().line());
        assertTrue(r.failure().message().contains("longer than 50 ms"), r.failure().message());
    }

    @Test
    void runtimeErrorsCarryLineBarAndMessage() {
        RunResult r = Scripts.compile("""
                //@version=6
                indicator("err")
                if bar_index == 2
                    runtime.error("boom at " + str.tostring(bar_index))
                plot(close)
                """).run(ramp(5), RunOptions.defaults());
        assertNotNull(r.failure());
        assertEquals(4, r.failure().line());
        assertEquals(2, r.failure().bar());
        assertEquals("boom at 2", r.failure().message());
        assertEquals(2, r.bars());
    }

    @Test
    void libraryErrorsAreReportedAtTheStatement() {
        RunResult r = Scripts.compile("""
                //@version=6
                indicator("err")
                len = bar_index == 1 ? 0 : 2
                s = ta.sma(close, len)
                plot(s)
                """).run(ramp(3), RunOptions.defaults());
        assertNotNull(r.failure());
        assertEquals(4, r.failure().line());
        assertEquals(1, r.failure().bar());
    }

    @Test
    void libraryErrorsInsideBlocksNameTheInnerStatement() {
        RunResult r = Scripts.compile("""
                //@version=6
                indicator("err")
                f(len) =>
                    x = close * 2
                    y = ta.sma(x, len)
                    y + 1
                plot(f(bar_index == 2 ? 0 : 3))
                """).run(ramp(4), RunOptions.defaults());
        assertNotNull(r.failure());
        assertEquals(5, r.failure().line());
        assertEquals(2, r.failure().bar());
    }

    @Test
    void negativeHistoryOffsetIsARuntimeError() {
        RunResult r = Scripts.compile("""
                //@version=6
                indicator("neg")
                x = close + 1
                plot(x[bar_index - 1])
                """).run(ramp(2), RunOptions.defaults());
        assertNotNull(r.failure());
        assertEquals(4, r.failure().line());
    }

    @Test
    void brokenAndUnsupportedScriptsGiveDiagnosticsNotExceptions() {
        PineProgram syntax = PineEngine.compile("indicator(\"x\"\nplot(close", "bad.pine");
        assertTrue(syntax.hasErrors());
        assertFalse(syntax.diagnostics().isEmpty());
        PineProgram unknown = PineEngine.compile("//@version=6\nindicator(\"x\")\nplot(nosuch)\n", "u.pine");
        assertTrue(unknown.hasErrors());
        assertTrue(unknown.diagnostics().toString().contains("nosuch"), unknown.diagnostics().toString());
        assertEquals(3, unknown.diagnostics().get(0).line());
    }
}
