package org.exhaustionlab.pine.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.Severity;
import org.junit.jupiter.api.Test;

/** The wording that makes diagnostics actionable for people and for the LLM repair loop. */
class CheckMessagesTest {

    private static Diagnostic onlyError(String body) {
        CheckResult r = PineChecker.check("//@version=6\nindicator(\"t\")\n" + body, "t.pine");
        List<Diagnostic> errors = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @Test
    void unknownFunctionSuggestsTheRightNamespace() {
        Diagnostic d = onlyError("x = math.sma(close, 14)\n");
        assertEquals("call.unknown-function", d.code());
        assertTrue(d.message().contains("did you mean ta.sma"), d.message());
        assertEquals(10, d.column(), "points at the member name");
    }

    @Test
    void unknownArgumentSuggestsTheClosestParameter() {
        Diagnostic d = onlyError("x = ta.rsi(close, lenght = 14)\n");
        assertEquals("call.unknown-argument", d.code());
        assertTrue(d.message().endsWith("did you mean length?"), d.message());
    }

    @Test
    void seriesWhereSimpleIsRequiredNamesBothQualifiers() {
        Diagnostic d = onlyError("n = bar_index % 10\nx = ta.ema(close, n)\n");
        assertEquals("qualifier.mismatch", d.code());
        assertTrue(d.message().contains("must be simple int but this is series int"), d.message());
        assertEquals(4, d.line());
        assertEquals(19, d.column(), "points at the argument");
    }

    @Test
    void naComparisonTellsToUseNa() {
        Diagnostic d = onlyError("b = close != na\n");
        assertEquals("na.comparison", d.code());
        assertTrue(d.message().contains("not na(x)"), d.message());
    }

    @Test
    void v4SpellingsNameTheirReplacement() {
        assertTrue(onlyError("x = ema(close, 9)\n").message().contains("use ta.ema()"));
        assertTrue(onlyError("plot(close, color = lime)\n").message().contains("use color.lime"));
    }

    @Test
    void wrongArgumentTypeNamesExpectedAndActual() {
        Diagnostic d = onlyError("plot(\"close\")\n");
        assertEquals("type.mismatch", d.code());
        assertTrue(d.message().contains("must be series float, not const string"), d.message());
    }

    @Test
    void libraryAliasesWarnOnceAndSilenceTheRest() {
        CheckResult r = PineChecker.check("//@version=6\nindicator(\"t\")\nimport a/B/2 as b\nx = b.f(close) + b.g\n"
                + "plot(x)\n", "t.pine");
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), r.diagnostics().toString());
        assertEquals(1, r.diagnostics().stream().filter(d -> d.code().equals("import.offline")).count());
        assertTrue(r.diagnostics().get(0).message().contains("a/B/2"));
    }
}
