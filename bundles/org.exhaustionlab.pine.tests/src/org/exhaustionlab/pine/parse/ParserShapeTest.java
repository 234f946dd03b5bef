package org.exhaustionlab.pine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exhaustionlab.pine.ParseResult;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.ast.AstPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins tree shape and operator precedence through the S-expression printer. */
class ParserShapeTest {

    /** Parses a v6 snippet that must be free of diagnostics and prints its statements, one per line. */
    static String sexp(String body) {
        ParseResult r = PineParser.parse("//@version=6\n" + body);
        assertTrue(r.diagnostics().isEmpty(), () -> "unexpected diagnostics for <" + body + ">: "
                + r.diagnostics());
        return AstPrinter.print(r.script()).strip();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x = 1 + 2 * 3                 | (decl x (+ 1 (* 2 3)))",
        "x = 1 - 2 - 3                 | (decl x (- (- 1 2) 3))",
        "x = 8 / 4 % 3 * 2             | (decl x (* (% (/ 8 4) 3) 2))",
        "x = a or b and c              | (decl x (or a (and b c)))",
        "x = a and b == c              | (decl x (and a (== b c)))",
        "x = a == b < c                | (decl x (== a (< b c)))",
        "x = a < b + c                 | (decl x (< a (+ b c)))",
        "x = not a and b               | (decl x (and (not a) b))",
        "x = -a * b                    | (decl x (* (- a) b))",
        "x = -a[1]                     | (decl x (- ([] a 1)))",
        "x = - - a                     | (decl x (- (- a)))",
        "x = a ? b : c ? d : e         | (decl x (? a b (? c d e)))",
        "x = a ? b ? c : d : e         | (decl x (? a (? b c d) e))",
        "x = a or b ? c + 1 : d        | (decl x (? (or a b) (+ c 1) d))",
        "x = (a + b) * c               | (decl x (* (+ a b) c))",
        "x = (a + b)[2]                | (decl x ([] (+ a b) 2))",
        "x = f(y)[1]                   | (decl x ([] (call f y) 1))",
        "x = a.b.c                     | (decl x (. (. a b) c))",
        "x = a.b(1).c[2]               | (decl x ([] (. (call (. a b) 1) c) 2))",
        "arr.push(1)                   | (call (. arr push) 1)",
        "f(x, length = 14)             | (call f x length=14)",
        "x = array.new<float>(10)      | (decl x (call<float> (. array new) 10))",
        "x = map.new<string,int>()     | (decl x (call<string,int> (. map new)))",
        "x = a < b                     | (decl x (< a b))",
        "x = a < b > c                 | (decl x (> (< a b) c))",
        "x = na                        | (decl x na)",
        "x = na(y)                     | (decl x (call na y))",
        "x = #ff000080                 | (decl x #FF000080)",
        "x = #00FF00                   | (decl x #00FF00FF)",
        "x = .5 + 1. + 1e3             | (decl x (+ (+ 0.5 1.0) 1000.0))",
        "x = 'it\\'s'                  | (decl x \"it's\")",
        "[a, _] = f()                  | (decl-tuple (names a _) (call f))",
    })
    void expressionShapes(String source, String expected) {
        assertEquals(expected, sexp(source));
    }

    @Test
    void declarationForms() {
        assertEquals("(decl var float x 0.0)", sexp("var float x = 0.0"));
        assertEquals("(decl varip int n 0)", sexp("varip int n = 0"));
        assertEquals("(decl simple int n 14)", sexp("simple int n = 14"));
        assertEquals("(decl float[] xs na)", sexp("float[] xs = na"));
        assertEquals("(decl map<string,array<int>> m na)", sexp("map<string, array<int>> m = na"));
        assertEquals("(decl lib.Type t na)", sexp("lib.Type t = na"));
        assertEquals("(decl var Pivot p na)", sexp("var Pivot p = na"));
        assertEquals("(:= (. p x) 1)", sexp("p.x := 1"));
        assertEquals("(+= x 1)\n(-= y 2)", sexp("x += 1\ny -= 2"));
        assertEquals("(decl a 1)\n(decl b 2)", sexp("a = 1, b = 2"));
        assertEquals("(decl a 1)\n(decl b 2)", sexp("a = 1,\nb = 2"));
        assertEquals("(fn f (params x) (block (decl a x) (* a 2)))", sexp("f(x) => a = x, a * 2"));
        assertEquals("(switch (case c (block (:= a 1) (:= b 2))))", sexp("switch\n    c => a := 1, b := 2"));
    }

    @Test
    void functionForms() {
        assertEquals("(fn f (params x) (block (* x 2)))", sexp("f(x) => x * 2"));
        assertEquals("(fn f (params (param float x) (param simple int n 14)) (block (+ x n)))",
                sexp("f(float x, simple int n = 14) => x + n"));
        assertEquals("(fn f (params a b) (block (decl s (+ a b)) (tuple s (- a b))))",
                sexp("f(a, b) =>\n    s = a + b\n    [s, a - b]"));
        assertEquals("(method m (params (param array<float> xs)) (block (call (. xs size))))",
                sexp("method m(array<float> xs) => xs.size()"));
        assertEquals("(fn export f (params x) (block x))", sexp("export f(x) => x"));
        assertEquals("(method export m (params (param Point p)) (block (. p x)))",
                sexp("export method m(Point p) => p.x"));
    }

    @Test
    void controlFlowForms() {
        assertEquals("(decl x (if c (block 1) (if d (block 2) (block 3))))",
                sexp("x = if c\n    1\nelse if d\n    2\nelse\n    3"));
        assertEquals("(decl x (switch y (case 1 (block \"a\")) (default (block \"b\"))))",
                sexp("x = switch y\n    1 => \"a\"\n    => \"b\""));
        assertEquals("(switch (case (> a b) (block (:= x 1))) (case (< a b) (block (:= x 2))))",
                sexp("switch\n    a > b => x := 1\n    a < b => x := 2"));
        assertEquals("(for i 0 10 (by 2) (block (+= s i)))", sexp("for i = 0 to 10 by 2\n    s += i"));
        assertEquals("(for int i 0 3 (block (break)))", sexp("for int i = 0 to 3\n    break"));
        assertEquals("(for-in x xs (block (continue)))", sexp("for x in xs\n    continue"));
        assertEquals("(for-in i x xs (block x))", sexp("for [i, x] in xs\n    x"));
        assertEquals("(decl r (while (> n 0) (block (-= n 1) n)))", sexp("r = while n > 0\n    n -= 1\n    n"));
        assertEquals("(decl r (for i 1 3 (block (* i i))))", sexp("r = for i = 1 to 3\n    i * i"));
    }

    @Test
    void typeEnumImport() {
        assertEquals("(type P (field float x 0.0) (field varip int n) (field array<int> xs))",
                sexp("type P\n    float x = 0.0\n    varip int n\n    array<int> xs"));
        assertEquals("(enum E (a \"Alpha\") b)", sexp("enum E\n    a = \"Alpha\"\n    b"));
        assertEquals("(import TradingView/ta/7 tv)", sexp("import TradingView/ta/7 as tv"));
        assertEquals("(import user/lib/2)", sexp("import user/lib/2"));
        assertEquals("(type export P (field int x))", sexp("export type P\n    int x"));
    }

    @Test
    void layoutJoinsContinuationLines() {
        assertEquals("(decl x (+ (+ 1 2) 3))", sexp("x = 1 +\n  2 +\n     3"));
        assertEquals("(call plot close color=red)", sexp("plot(\n    close,\n    color = red\n)"));
        assertEquals("(if a (block (decl b 1) (decl c 2)))", sexp("if a\n    b = 1\n\n    // comment\n    c = 2"));
        assertEquals("(if a (block (if b (block (decl c 1)))))", sexp("if a\n\tif b\n\t\tc = 1"));
    }
}
