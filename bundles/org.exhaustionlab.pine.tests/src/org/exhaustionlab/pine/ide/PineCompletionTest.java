package org.exhaustionlab.pine.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PineCompletionTest {

    /** Completion at the '|' in {@code text} (the bar is removed). */
    private static CompletionResult at(String text) {
        int offset = text.indexOf('|');
        return PineCompletion.at(text.replace("|", ""), offset);
    }

    @Test
    void namespaceMembersAfterTheDot() {
        CompletionResult r = at("//@version=6\nindicator(\"x\")\nm = ta.s|");
        List<String> labels = r.labels();
        assertTrue(labels.contains("sma"), labels.toString());
        assertTrue(labels.contains("stdev"), labels.toString());
        assertTrue(labels.stream().allMatch(l -> l.startsWith("s")), labels.toString());
        assertEquals(r.replaceEnd() - 1, r.replaceStart());
        CompletionProposal sma = r.proposals().stream().filter(p -> p.label().equals("sma")).findFirst().orElseThrow();
        assertEquals("sma()", sma.insert());
        assertEquals(4, sma.cursor());
        assertEquals(ProposalKind.BUILTIN_FUNCTION, sma.kind());
        assertTrue(sma.detail().startsWith("ta.sma("), sma.detail());
    }

    @Test
    void nestedNamespacesAndConstants() {
        assertTrue(at("x = strategy.|").labels().containsAll(List.of("entry", "long", "closedtrades")));
        assertTrue(at("x = strategy.closedtrades.prof|").labels().contains("profit"));
        assertTrue(at("c = color.r|").labels().contains("red"));
        assertTrue(at("x = nosuchns.|").labels().isEmpty());
    }

    @Test
    void namedArgumentsInsideACall() {
        CompletionResult r = at("//@version=6\nindicator(\"x\")\nm = ta.sma(close, |)");
        assertEquals("length =", r.labels().get(0));
        assertFalse(r.labels().contains("source ="), "source is given positionally: " + r.labels());
        CompletionResult plot = at("//@version=6\nindicator(\"x\")\nplot(close, title = \"a\", li|)");
        assertTrue(plot.labels().contains("linewidth ="), plot.labels().toString());
        assertFalse(plot.labels().contains("title ="), plot.labels().toString());
        CompletionProposal lw = plot.proposals().stream().filter(p -> p.label().equals("linewidth =")).findFirst()
                .orElseThrow();
        assertEquals("linewidth = ", lw.insert());
        assertEquals(ProposalKind.NAMED_ARGUMENT, lw.kind());
    }

    @Test
    void userFunctionParametersAsNamedArguments() {
        CompletionResult r = at("//@version=6\nindicator(\"x\")\nf(src, len) =>\n    src * len\ny = f(close, |)");
        assertTrue(r.labels().contains("len ="), r.labels().toString());
        assertFalse(r.labels().contains("src ="), r.labels().toString());
    }

    @Test
    void localsAndParametersInScopeComeFirst() {
        String text = String.join("\n", "//@version=6", "indicator(\"x\")", "basis = ta.sma(close, 20)",
                "f(float value) =>", "    scaled = value * 2", "    s|", "later = 1");
        CompletionResult r = at(text);
        List<String> labels = r.labels();
        assertEquals("scaled", labels.get(0), labels.toString());
        assertTrue(labels.contains("str"), "namespace str: " + labels);
        assertTrue(labels.contains("switch"), "keyword: " + labels);
        CompletionResult all = at(text.replace("    s|", "    |"));
        assertTrue(all.labels().containsAll(List.of("value", "scaled", "basis", "f", "close", "ta", "if")),
                all.labels().toString());
        assertFalse(all.labels().contains("later"), "declared below: " + all.labels());
    }

    @Test
    void functionsOutsideTheirBodyDoNotLeakParameters() {
        String text = "//@version=6\nindicator(\"x\")\nf(float value) =>\n    value * 2\ny = v|";
        assertFalse(at(text).labels().contains("value"), at(text).labels().toString());
    }

    @Test
    void nothingInCommentsOrStrings() {
        assertTrue(at("x = 1 // ta.s|").labels().isEmpty());
        assertTrue(at("x = \"clo|\"").labels().isEmpty());
        assertFalse(at("x = \"a\" + clo|").labels().isEmpty());
    }

    @Test
    void replacementRangeCoversTheTypedWord() {
        CompletionResult r = at("x = clo|");
        assertEquals(4, r.replaceStart());
        assertEquals(7, r.replaceEnd());
        assertEquals("close", r.labels().get(0));
        CompletionResult outside = PineCompletion.at("abc", 99);
        assertEquals(0, outside.replaceStart());
        assertEquals(3, outside.replaceEnd());
    }
}
