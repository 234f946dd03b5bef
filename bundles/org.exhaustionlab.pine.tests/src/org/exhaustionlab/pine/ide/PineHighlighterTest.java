package org.exhaustionlab.pine.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PineHighlighterTest {

    private static final String SCRIPT = String.join("\n",
            "//@version=6",
            "indicator(\"Demo\", overlay = true) // a comment",
            "float len = input.int(14, \"Length\")",
            "basis = ta.sma(close, len)",
            "up = close > basis and not na(basis)",
            "col = up ? color.green : #FF0000",
            "for i = 0 to 10 by 2",
            "    basis += i",
            "strategy.entry(\"L\", strategy.long)",
            "arr = array.new<float>(3)",
            "x = 1.5e2");

    /** The kind of the token that covers the {@code nth} occurrence of {@code word}. */
    private static PineTokenKind kindOf(String word, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = SCRIPT.indexOf(word, at + 1);
        }
        return kindOfAt(at);
    }

    private static PineTokenKind kindOfAt(int offset) {
        return PineHighlighter.tokens(SCRIPT).stream().filter(t -> t.offset() <= offset && offset < t.end())
                .findFirst().orElseThrow(() -> new AssertionError("no token at " + offset)).kind();
    }

    @Test
    void annotationsCommentsStringsAndNumbers() {
        assertEquals(PineTokenKind.ANNOTATION, kindOf("//@version", 0));
        assertEquals(PineTokenKind.COMMENT, kindOf("// a comment", 0));
        assertEquals(PineTokenKind.STRING, kindOf("\"Demo\"", 0));
        assertEquals(PineTokenKind.NUMBER, kindOf("14", 0));
        assertEquals(PineTokenKind.NUMBER, kindOf("1.5e2", 0));
        assertEquals(PineTokenKind.COLOR, kindOf("#FF0000", 0));
        assertEquals(PineTokenKind.OPERATOR, kindOf(">", 0));
    }

    @Test
    void builtInsAreToldApartFromTheScriptsOwnNames() {
        assertEquals(PineTokenKind.BUILTIN_FUNCTION, kindOf("indicator", 0));
        assertEquals(PineTokenKind.BUILTIN_FUNCTION, kindOf("ta", 0));
        assertEquals(PineTokenKind.BUILTIN_FUNCTION, kindOf("sma", 0));
        assertEquals(PineTokenKind.BUILTIN_FUNCTION, kindOf("int(", 0));
        assertEquals(PineTokenKind.BUILTIN_FUNCTION, kindOf("new<", 0));
        assertEquals(PineTokenKind.BUILTIN_FUNCTION, kindOf("na(", 0));
        assertEquals(PineTokenKind.BUILTIN_VARIABLE, kindOf("close", 0));
        assertEquals(PineTokenKind.BUILTIN_VARIABLE, kindOf("green", 0));
        assertEquals(PineTokenKind.BUILTIN_VARIABLE, kindOf("long)", 0));
        assertEquals(PineTokenKind.IDENTIFIER, kindOf("basis", 0));
        assertEquals(PineTokenKind.IDENTIFIER, kindOf("len", 0));
        assertEquals(PineTokenKind.TYPE, kindOf("float len", 0));
        assertEquals(PineTokenKind.TYPE, kindOf("float>", 0));
    }

    @Test
    void keywordsReservedAndContextual() {
        assertEquals(PineTokenKind.KEYWORD, kindOf("and", 0));
        assertEquals(PineTokenKind.KEYWORD, kindOf("not", 0));
        assertEquals(PineTokenKind.KEYWORD, kindOf("for", 0));
        assertEquals(PineTokenKind.KEYWORD, kindOfAt(SCRIPT.indexOf(" to ") + 1));
        assertEquals(PineTokenKind.KEYWORD, kindOfAt(SCRIPT.indexOf(" by ") + 1));
        assertEquals(PineTokenKind.KEYWORD, kindOf("true", 0));
    }

    @Test
    void tokensAreOrderedAndDoNotOverlap() {
        List<PineToken> tokens = PineHighlighter.tokens(SCRIPT);
        for (int i = 1; i < tokens.size(); i++) {
            assertTrue(tokens.get(i - 1).end() <= tokens.get(i).offset(), "overlap at " + tokens.get(i));
        }
        assertTrue(tokens.stream().allMatch(t -> t.length() > 0));
    }

    @Test
    void brokenSourceStillColours() {
        List<PineToken> tokens = PineHighlighter.tokens("x = ta.sma(close, \n y = 1\nz = ;\nw = 'unterminated");
        assertTrue(tokens.stream().anyMatch(t -> t.kind() == PineTokenKind.BUILTIN_FUNCTION));
        assertTrue(tokens.stream().anyMatch(t -> t.kind() == PineTokenKind.INVALID));
        assertTrue(PineHighlighter.tokens("").isEmpty());
        assertTrue(PineHighlighter.tokens(null).isEmpty());
    }

    @Test
    void namespacePrefixWhileTyping() {
        List<PineToken> tokens = PineHighlighter.tokens("x = ta.");
        PineToken ta = tokens.stream().filter(t -> t.offset() == 4).findFirst().orElseThrow();
        assertEquals(PineTokenKind.NAMESPACE, ta.kind());
    }
}
