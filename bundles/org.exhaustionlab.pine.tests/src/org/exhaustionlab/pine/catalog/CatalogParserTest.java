package org.exhaustionlab.pine.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogParserTest {

    private static BuiltinCatalog load(String... fileAndText) throws IOException {
        Map<String, java.io.Reader> sources = new LinkedHashMap<>();
        for (int i = 0; i < fileAndText.length; i += 2) {
            sources.put(fileAndText[i], new StringReader(fileAndText[i + 1]));
        }
        return BuiltinCatalog.load(sources);
    }

    private static CatalogFormatException failure(String text) {
        return assertThrows(CatalogFormatException.class, () -> load("bad.pinedef", text));
    }

    @Test
    void readsAFunctionWithDefaultsAndDoc() throws IOException {
        BuiltinCatalog c = load("a.pinedef", "# comment\n\n"
                + "fn ta.linreg(source: series float, length: series int, offset: simple int = 0) -> series float"
                + " | Regression value.\n");
        FunctionSig f = c.functions("ta.linreg").get(0);
        assertEquals(List.of("source", "length", "offset"), f.params().stream().map(Param::name).toList());
        assertEquals(PineType.parse("simple int"), f.params().get(2).type());
        assertEquals("0", f.params().get(2).defaultText());
        assertTrue(f.params().get(0).isRequired());
        assertEquals(2, f.requiredCount());
        assertEquals("Regression value.", f.doc());
        assertEquals("ta", f.namespace());
        assertEquals("linreg", f.simpleName());
    }

    @Test
    void defaultsMayContainCommasPipesAndParenthesesInsideQuotesOrCalls() throws IOException {
        BuiltinCatalog c = load("a.pinedef",
                "fn f(a: series color = color.new(color.red, 50), b: series string = \", | x\", c: series int = 1) -> void"
                        + " | Doc.\n");
        FunctionSig f = c.functions("f").get(0);
        assertEquals("color.new(color.red, 50)", f.params().get(0).defaultText());
        assertEquals("\", | x\"", f.params().get(1).defaultText());
        assertEquals("Doc.", f.doc());
    }

    @Test
    void indentedLinesContinueTheDeclaration() throws IOException {
        BuiltinCatalog c = load("a.pinedef", "fn g(a: series int,\n    b: series int = 2) -> series int\n    | Two lines.\n");
        FunctionSig f = c.functions("g").get(0);
        assertEquals(2, f.params().size());
        assertEquals("Two lines.", f.doc());
    }

    @Test
    void readsVariadicFlagsAndVersions() throws IOException {
        BuiltinCatalog c = load("a.pinedef", ""
                + "fn m.max(number0: series float, number1: series float, ...) -> series float @pure | Max.\n"
                + "fn old.f() -> void @v5 @deprecated(use new.f) | Old.\n"
                + "fn new.f() -> void @v6 | New.\n");
        FunctionSig max = c.functions("m.max").get(0);
        assertTrue(max.variadic());
        assertTrue(max.pure());
        assertTrue(max.acceptsArgumentCount(5));
        assertFalse(max.acceptsArgumentCount(1));
        FunctionSig old = c.functions("old.f").get(0);
        assertEquals("use new.f", old.availability().deprecation());
        assertTrue(old.availability().isIn(PineVersion.V5));
        assertFalse(old.availability().isIn(PineVersion.V6));
        assertTrue(c.forVersion(PineVersion.V5).functions("new.f").isEmpty());
        assertEquals(1, c.forVersion(PineVersion.V6).functions("new.f").size());
    }

    @Test
    void parametersCanBelongToOneVersion() throws IOException {
        BuiltinCatalog c = load("a.pinedef", "fn f(a: series int, b: series int = 0 @v6) -> void | F.\n");
        assertEquals(2, c.functions("f").get(0).params().size());
        assertEquals(List.of("a"), c.forVersion(PineVersion.V5).functions("f").get(0).params().stream()
                .map(Param::name).toList());
        assertEquals("0", c.forVersion(PineVersion.V6).functions("f").get(0).params().get(1).defaultText());
    }

    @Test
    void methodsDirectiveMakesReceiverFirstFunctionsMethods() throws IOException {
        BuiltinCatalog c = load("a.pinedef", ""
                + "@methods array=array\n"
                + "fn array.get(id: array<T>, index: series int) -> series T | Get.\n"
                + "fn array.new<T>(size: series int = 0, initial_value: series T = na) -> array<T> | New.\n"
                + "fn array.odd(x: series int) -> void @method | Forced.\n");
        assertTrue(c.functions("array.get").get(0).methodCallable());
        assertFalse(c.functions("array.new").get(0).methodCallable());
        assertTrue(c.functions("array.odd").get(0).methodCallable());
        assertEquals(List.of("T"), c.functions("array.new").get(0).typeParams());
        assertEquals(List.of("array.get", "array.odd"),
                List.of(c.methods("get").get(0).name(), c.methods("odd").get(0).name()));
    }

    @Test
    void methodsDirectiveAppliesOnlyToItsOwnFile() throws IOException {
        BuiltinCatalog c = load("a.pinedef", "@methods array=array\n",
                "b.pinedef", "fn array.size(id: array<T>) -> series int | Size.\n");
        assertFalse(c.functions("array.size").get(0).methodCallable());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
        "fn f(a: series int) series int;expected '-> returnType' after the parameters of f",
        "func f() -> void;unknown keyword 'func'",
        "fn f(a series int) -> void;parameter 'a series int' of f needs a type",
        "fn f(a: series int, a: series int) -> void;parameter 'a' appears twice in f",
        "fn f(a: series flot<) -> void;bad type 'series flot<'",
        "fn f(a: series int -> void;unclosed '(' in the parameters of f",
        "fn f(..., a: series int) -> void;'...' needs a parameter before it",
        "fn f(a: series int, ..., b: series int) -> void;'...' must be the last parameter of f",
        "fn f(a: series int =) -> void;parameter 'a' of f has an empty default",
        "fn f() -> void @fast;unknown flag @fast",
        "fn f() -> void @v5 @v6;since v6 is after until v5",
        "const color.red: series color;constant color.red must have a const type",
        "var 9lives: series int;bad name '9lives'",
        "var x series int;expected 'name: type'",
        "  fn f() -> void;indented line continues nothing",
        "@methods array;@methods expects namespace=type pairs",
        "fn f<T>(a: series K) -> void;f uses type variables [K] but declares only [T]",
        "fn f(a: series int = 1 @v7) -> void;parameter 'a' of f accepts only @v5 or @v6, not '@v7'",
    })
    void malformedLinesAreReportedWithFileAndLine(String line, String expectedMessage) {
        CatalogFormatException e = failure("# header\n" + line + "\n");
        assertEquals(1, e.problems().size(), e.problems().toString());
        String problem = e.problems().get(0);
        assertTrue(problem.startsWith("bad.pinedef:2: "), problem);
        assertTrue(problem.contains(expectedMessage), problem);
    }

    @Test
    void everyProblemIsCollectedNotJustTheFirst() {
        CatalogFormatException e = failure("fn ok() -> void\nfn bad( -> void\n\nvar alsobad\nfn fine() -> void\n");
        assertEquals(2, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("bad.pinedef:2: "));
        assertTrue(e.problems().get(1).startsWith("bad.pinedef:4: "));
        assertTrue(e.getMessage().startsWith("2 problems in the built-in catalog, first: bad.pinedef:2:"));
    }

    @Test
    void problemsOfAContinuedDeclarationPointAtItsFirstLine() {
        CatalogFormatException e = failure("\nfn f(a: series int,\n    b: nonsense<) -> void\n");
        assertTrue(e.problems().get(0).startsWith("bad.pinedef:2: "), e.problems().get(0));
    }

    @Test
    void duplicatesAcrossFilesNameBothPlaces() {
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> load(
                "one.pinedef", "var close: series float\n",
                "two.pinedef", "\nvar close: series float\n"));
        assertEquals(List.of("two.pinedef:2: duplicate declaration of close (first declared at one.pinedef:1)"),
                e.problems());
    }

    @Test
    void sameNameInDisjointVersionsAndDistinctOverloadsAreNotDuplicates() throws IOException {
        BuiltinCatalog c = load("a.pinedef", ""
                + "var v: series int @v5\n"
                + "var v: series float @v6\n"
                + "fn f(a: series int) -> series int\n"
                + "fn f(a: series float) -> series float\n");
        assertEquals(PineType.parse("series float"), c.variable("v").orElseThrow().type());
        assertEquals(PineType.parse("series int"), c.forVersion(PineVersion.V5).variable("v").orElseThrow().type());
        assertEquals(2, c.functions("f").size());
    }
}
