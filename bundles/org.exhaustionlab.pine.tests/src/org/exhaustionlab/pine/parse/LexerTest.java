package org.exhaustionlab.pine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.exhaustionlab.pine.ast.DocAnnotation;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static Lexer lex(String src) {
        return new Lexer(src, new DiagnosticSink()).run();
    }

    /** Token kinds, with IDENT/number/string tokens shown by their text. */
    private static String kinds(String src) {
        return lex(src).tokens().stream().map(t -> switch (t.kind()) {
            case IDENT, INT, FLOAT, COLOR -> t.text();
            case STRING -> "\"" + t.text() + "\"";
            default -> t.kind().name();
        }).collect(Collectors.joining(" "));
    }

    @Test
    void blocksProduceIndentAndDedent() {
        assertEquals("IF c NEWLINE INDENT x ASSIGN 1 NEWLINE DEDENT y ASSIGN 2 NEWLINE EOF",
                kinds("if c\n    x = 1\ny = 2\n"));
        assertEquals("IF a NEWLINE INDENT IF b NEWLINE INDENT x NEWLINE DEDENT DEDENT EOF",
                kinds("if a\n    if b\n        x"));
        assertEquals("IF a NEWLINE INDENT x NEWLINE DEDENT EOF", kinds("if a\n\tx"));
    }

    @Test
    void nonMultipleOfFourIndentContinuesTheLine() {
        assertEquals("x ASSIGN 1 PLUS 2 NEWLINE y NEWLINE EOF", kinds("x = 1 +\n  2\ny"));
        assertEquals("IF a NEWLINE INDENT x ASSIGN 1 PLUS 2 NEWLINE DEDENT EOF", kinds("if a\n    x = 1 +\n      2"));
    }

    @Test
    void insideBracketsDeeperLinesAndClosingBracketsContinue() {
        assertEquals("f LPAREN a COMMA b RPAREN NEWLINE EOF", kinds("f(\n    a,\n        b\n)"));
        // an unclosed bracket does not swallow the next statement at the same indentation
        assertEquals("f LPAREN a NEWLINE y NEWLINE EOF", kinds("f(a\ny"));
    }

    @Test
    void blankAndCommentLinesAreSkipped() {
        assertEquals("IF a NEWLINE INDENT x NEWLINE y NEWLINE DEDENT EOF",
                kinds("if a\n    x\n\n// note\n        // deeper comment\n    y"));
    }

    @Test
    void numbers() {
        List<Token> t = lex("1 1.5 1. .5 1e10 1.5E-3 2e+2").tokens();
        assertEquals(List.of(TokenKind.INT, TokenKind.FLOAT, TokenKind.FLOAT, TokenKind.FLOAT, TokenKind.FLOAT,
                TokenKind.FLOAT, TokenKind.FLOAT), t.subList(0, 7).stream().map(Token::kind).toList());
        assertEquals(List.of("1", "1.5", "1.", ".5", "1e10", "1.5E-3", "2e+2"),
                t.subList(0, 7).stream().map(Token::text).toList());
    }

    @Test
    void stringEscapesAreDecoded() {
        assertEquals("\"a\nb\tc\\d'e\"f\u00e9g\"", kinds("'a\\nb\\tc\\\\d\\'e\"f\\u00e9g'").split(" NEWLINE")[0]);
        assertEquals("\"x\"y\"", kinds("\"x\\\"y\"").split(" NEWLINE")[0]);
    }

    @Test
    void stringsWrapOntoContinuationLines() {
        Lexer l = lex("s = \"ab\n   cd\"\nt");
        Token s = l.tokens().get(2);
        assertEquals("abcd", s.text());
        assertEquals(1, s.line());
        assertEquals(2, s.endLine());
        assertEquals(7, s.endColumn());
        assertEquals("s ASSIGN \"abcd\" NEWLINE t NEWLINE EOF", kinds("s = \"ab\n   cd\"\nt"));
    }

    @Test
    void operatorsLongestMatchFirst() {
        assertEquals("a REASSIGN b PLUS_ASSIGN c MINUS_ASSIGN d STAR_ASSIGN e SLASH_ASSIGN f PERCENT_ASSIGN g "
                + "ARROW h EQ i NE j LE k GE l LT m GT n QUESTION o COLON p NEWLINE EOF",
                kinds("a := b += c -= d *= e /= f %= g => h == i != j <= k >= l < m > n ? o : p"));
    }

    @Test
    void reservedAndContextualWords() {
        assertEquals("VAR VARIP IF ELSE FOR WHILE SWITCH BREAK CONTINUE IMPORT EXPORT AND OR NOT TRUE FALSE "
                + "type method enum to by in as na input NEWLINE EOF",
                kinds("var varip if else for while switch break continue import export and or not true false "
                        + "type method enum to by in as na input"));
    }

    @Test
    void colours() {
        assertEquals("#FF0000 #00ff0080 NEWLINE EOF", kinds("#FF0000 #00ff0080"));
    }

    @Test
    void annotationsAreCollected() {
        List<DocAnnotation> a = lex("//@version=6 // note\n//@description Does things.\n//@param x the value\nx")
                .annotations();
        assertEquals(3, a.size());
        assertEquals("version", a.get(0).name());
        assertEquals("6", a.get(0).text());
        assertEquals("description", a.get(1).name());
        assertEquals("Does things.", a.get(1).text());
        assertEquals("param", a.get(2).name());
        assertEquals("x the value", a.get(2).text());
        assertEquals(3, a.get(2).range().startLine());
    }

    @Test
    void tokenPositionsAreOneBased() {
        Token x = lex("a = 1\n  + bb").tokens().get(4);
        assertEquals("bb", x.text());
        assertEquals(2, x.line());
        assertEquals(5, x.column());
        assertEquals(10, x.start());
        assertEquals(7, x.endColumn());
    }
}
