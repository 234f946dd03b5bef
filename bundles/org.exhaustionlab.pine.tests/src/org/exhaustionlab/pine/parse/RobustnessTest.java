package org.exhaustionlab.pine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.ParseResult;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.ast.AstPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pathological inputs: every one must give a result with a "nesting too deep" diagnostic, quickly, without a stack
 * overflow in the parser or in a recursive walker of the tree it built.
 */
class RobustnessTest {

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    private static String input(String kind) {
        int n = 100_000;
        return "//@version=6\n" + switch (kind) {
            case "parens" -> "x = " + repeat("(", n) + "1" + repeat(")", n);
            case "unary" -> "x = " + repeat("-", n) + "1";
            case "not" -> "x = " + repeat("not ", n) + "a";
            case "ternary" -> "x = a" + repeat(" ? b : a", n);
            case "binary" -> "x = 1" + repeat(" + 1", n);
            case "members" -> "x = a" + repeat(".b", n);
            case "history" -> "x = a" + repeat("[1]", n);
            case "calls" -> "x = f" + repeat("(1)", n);
            case "brackets" -> "x = " + repeat("[", n) + "1";
            case "generics" -> "x = array.new" + repeat("<array", n) + "<int" + repeat(">", n + 1) + "()";
            case "blocks" -> deepBlocks(5_000);
            case "elseif" -> "if a\n    x = 1\n" + repeat("else if a\n    x = 1\n", 5_000);
            case "switch" -> deepSwitch(2_000);
            case "parenLeftChains" -> "x = " + repeat("(", 300) + repeat("1 + ", 999) + "1" + repeat(") + 1", 300);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String deepSwitch(int levels) {
        StringBuilder b = new StringBuilder("x = switch\n");
        for (int i = 1; i <= levels; i++) {
            b.append("    ".repeat(i)).append("a => switch\n");
        }
        return b.toString();
    }

    private static String deepBlocks(int levels) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            b.append("    ".repeat(i)).append("if a\n");
        }
        return b.append("    ".repeat(levels)).append("x = 1\n").toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"parens", "unary", "not", "ternary", "binary", "members", "history", "calls",
        "brackets", "blocks", "elseif", "switch", "parenLeftChains"})
    void deepInputIsReportedNotFatal(String kind) {
        String src = input(kind);
        ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PineParser.parse(src));
        assertNotNull(r.script());
        assertTrue(r.diagnostics().stream().map(Diagnostic::code).anyMatch("syntax.nesting-too-deep"::equals),
                () -> kind + ": " + r.diagnostics().subList(0, Math.min(3, r.diagnostics().size())));
        assertTrue(AstPrinter.print(r.script()).length() > 0); // a recursive walk of the whole tree survives
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"generics"})
    void deepGenericsAreNotAGenericCall(String kind) {
        ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PineParser.parse(input(kind)));
        assertNotNull(r.script());
        assertTrue(AstPrinter.print(r.script()).length() > 0);
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {1, 50, 190})
    void nestingWithinTheLimitParsesCleanly(int depth) {
        ParseResult r = PineParser.parse("//@version=6\nx = " + repeat("(", depth) + "1" + repeat(")", depth));
        assertEquals(0, r.diagnostics().size(), () -> r.diagnostics().toString());
    }
}
