package org.exhaustionlab.pine.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PineHoverTest {

    private static final String SCRIPT = String.join("\n",
            "//@version=6",
            "indicator(\"Demo\")",
            "//@function Doubles a value.",
            "//@param v the value",
            "twice(float v) =>",
            "    v * 2",
            "len = input.int(14, \"Length\")",
            "basis = ta.sma(close, length = len)",
            "plot(twice(basis), color = color.red)");

    private static String hover(String word, int delta) {
        int offset = SCRIPT.indexOf(word) + delta;
        Optional<HoverInfo> h = PineHover.at(SCRIPT, offset);
        assertTrue(h.isPresent(), "no hover at '" + word + "'");
        assertTrue(h.get().start() <= offset && offset <= h.get().end(), "range " + h.get());
        return h.get().text();
    }

    @Test
    void builtInFunctionShowsSignatureParametersAndDescription() {
        String text = hover("sma", 1);
        assertTrue(text.startsWith("ta.sma(source: series float, length: series int) \u2192 series float"), text);
        assertTrue(text.contains("Simple moving average"), text);
        assertTrue(text.contains("Parameters:"), text);
    }

    @Test
    void namespaceVariableAndConstant() {
        assertTrue(hover("ta.sma", 0).startsWith("namespace ta:"), hover("ta.sma", 0));
        assertTrue(hover("close", 1).startsWith("variable close: series float"), hover("close", 1));
        assertTrue(hover("red", 0).startsWith("constant color.red"), hover("red", 0));
    }

    @Test
    void overloadsAreAllListed() {
        String text = hover("input.int", 7);
        assertTrue(text.lines().filter(l -> l.startsWith("input.int(")).count() >= 2, text);
    }

    @Test
    void namedArgumentShowsTheParameter() {
        String text = hover("length =", 2);
        assertTrue(text.startsWith("parameter of ta.sma"), text);
        assertTrue(text.contains("length: series int"), text);
    }

    @Test
    void scriptsOwnNamesShowTheirDeclaration() {
        String len = hover("len)", 0);
        assertTrue(len.startsWith("variable len: "), len);
        assertTrue(len.contains("line 7: len = input.int(14, \"Length\")"), len);
        String twice = hover("twice(basis)", 1);
        assertTrue(twice.startsWith("function twice"), twice);
        assertTrue(twice.contains("@function Doubles a value."), twice);
        String param = hover("v * 2", 0);
        assertTrue(param.startsWith("parameter v"), param);
    }

    @Test
    void nothingOnPunctuationLiteralsOrOutsideTheText() {
        assertEquals(Optional.empty(), PineHover.at(SCRIPT, SCRIPT.indexOf("14")));
        assertEquals(Optional.empty(), PineHover.at(SCRIPT, -5));
        assertEquals(Optional.empty(), PineHover.at(SCRIPT, SCRIPT.length() + 10));
        assertEquals(Optional.empty(), PineHover.at(null, 0));
    }
}
