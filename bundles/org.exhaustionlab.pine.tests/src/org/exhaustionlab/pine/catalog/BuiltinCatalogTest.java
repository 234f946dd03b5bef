package org.exhaustionlab.pine.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The lookup API on the shipped catalog: namespaces, methods, versions, and result types of calls. */
class BuiltinCatalogTest {
    private static final BuiltinCatalog CATALOG = BuiltinCatalog.standard();

    private static List<PineType> types(String... texts) {
        return Arrays.stream(texts).map(t -> t == null ? null : PineType.parse(t)).toList();
    }

    /** The result of the first overload that accepts the arguments, as the checker would pick it. */
    private static Optional<PineType> call(BuiltinCatalog c, String name, String... argTypes) {
        return c.functions(name).stream().map(f -> f.resultFor(types(argTypes))).flatMap(Optional::stream).findFirst();
    }

    @Test
    void standardIsLoadedOnce() {
        assertSame(BuiltinCatalog.standard(), CATALOG);
        assertSame(CATALOG.forVersion(PineVersion.V6), CATALOG.forVersion(PineVersion.V6));
    }

    @Test
    void listsAreImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> CATALOG.functions("ta.sma").clear());
        assertThrows(UnsupportedOperationException.class, () -> CATALOG.namespaceMembers("ta").clear());
        assertThrows(UnsupportedOperationException.class, () -> CATALOG.entries().clear());
    }

    @Test
    void unknownNamesGiveEmptyResults() {
        assertTrue(CATALOG.functions("ta.supersmoother").isEmpty());
        assertTrue(CATALOG.variable("closee").isEmpty());
        assertTrue(CATALOG.constant("close").isEmpty(), "close is a variable, not a constant");
        assertTrue(CATALOG.variable("color.red").isEmpty(), "color.red is a constant");
        assertFalse(CATALOG.isNamespace("tax"));
        assertTrue(CATALOG.namespaceMembers("tax").isEmpty());
    }

    @Test
    void namespacesIncludeNestedOnes() {
        for (String ns : List.of("ta", "math", "str", "array", "map", "matrix", "strategy", "strategy.closedtrades",
                "strategy.risk", "strategy.commission", "request", "input", "syminfo", "barstate", "timeframe", "color",
                "chart", "chart.point", "line", "label", "box", "table", "polyline", "linefill", "log", "runtime")) {
            assertTrue(CATALOG.isNamespace(ns), ns);
        }
        assertFalse(CATALOG.isNamespace("close"));
        assertFalse(CATALOG.isNamespace(""));
    }

    @Test
    void namespaceMembersFeedCompletion() {
        Set<String> ta = CATALOG.namespaceMemberNames("ta");
        assertTrue(ta.containsAll(List.of("ta.sma", "ta.ema", "ta.rsi", "ta.macd", "ta.tr", "ta.vwap", "ta.obv")));
        assertFalse(ta.contains("math.max"));
        List<CatalogEntry> strategy = CATALOG.namespaceMembers("strategy");
        assertTrue(strategy.contains(new NamespaceEntry("strategy.closedtrades")));
        assertTrue(strategy.stream().anyMatch(e -> e.name().equals("strategy.entry")));
        assertFalse(strategy.stream().anyMatch(e -> e.name().equals("strategy.closedtrades.profit")),
                "members are direct children only");
        List<String> names = strategy.stream().map(CatalogEntry::name).toList();
        assertEquals(names.stream().sorted().toList(), names, "sorted for completion lists");
        assertTrue(CATALOG.namespaceMembers("").contains(new NamespaceEntry("ta")));
    }

    @Test
    void overloadsShareTheName() {
        assertEquals(2, CATALOG.functions("ta.highest").size());
        assertEquals(3, CATALOG.functions("ta.vwap").size());
        assertTrue(CATALOG.variable("ta.vwap").isPresent(), "ta.vwap is also a variable");
        assertEquals(3, CATALOG.functions("fill").size());
    }

    @Test
    void methodsAreFoundBySimpleName() {
        Set<String> gets = CATALOG.methods("get").stream().map(FunctionSig::name).collect(Collectors.toSet());
        assertEquals(Set.of("array.get", "map.get", "matrix.get"), gets);
        assertTrue(CATALOG.functions("line.set_x2").get(0).methodCallable());
        assertFalse(CATALOG.functions("str.length").get(0).methodCallable(),
                "TradingView has built-in methods only for its special types, not for strings");
        assertTrue(CATALOG.functions("chart.point.copy").get(0).methodCallable());
        assertFalse(CATALOG.functions("array.new").get(0).methodCallable());
        assertFalse(CATALOG.functions("array.from").get(0).methodCallable());
        assertFalse(CATALOG.functions("line.new").get(0).methodCallable());
        assertFalse(CATALOG.functions("ta.sma").get(0).methodCallable());
        assertFalse(CATALOG.functions("str.tostring").get(0).methodCallable(), "first parameter is not a string");
    }

    @Test
    void versionViewsHideWhatTheVersionLacks() {
        BuiltinCatalog v5 = CATALOG.forVersion(PineVersion.V5);
        BuiltinCatalog v6 = CATALOG.forVersion(PineVersion.V6);
        assertEquals(Optional.of(PineVersion.V5), v5.version());
        assertTrue(CATALOG.version().isEmpty());
        assertTrue(v5.constant("text.format_bold").isEmpty());
        assertTrue(v6.constant("text.format_bold").isPresent());
        assertTrue(v5.functions("request.quandl").get(0).availability().isDeprecated());
        assertTrue(v6.functions("request.quandl").isEmpty());
        assertEquals(1, v5.functions("time").size());
        assertEquals(2, v6.functions("time").size());
        assertTrue(v6.functions("time").get(0).param("bars_back").isPresent());
        assertTrue(v5.functions("array.sort").size() < v6.functions("array.sort").size(), "sort_field is v6");
        assertFalse(v5.functions("time").get(0).param("bars_back").isPresent());
        assertFalse(v5.namespaceMemberNames("text").contains("text.format_bold"));
        assertTrue(v5.entries().size() < CATALOG.entries().size());
        assertThrows(IllegalArgumentException.class, () -> v5.forVersion(PineVersion.V6));
        assertFalse(v5.functions("plot").get(0).param("linestyle").isPresent(), "plot linestyle is v6");
        assertTrue(v6.functions("plot").get(0).param("linestyle").isPresent());
        assertFalse(v5.functions("input.int").get(0).param("active").isPresent(), "input active is v6");
        assertFalse(v5.functions("label.new").get(0).param("text_formatting").isPresent());
        assertTrue(CATALOG.functions("plot").get(0).param("linestyle").isPresent(), "the all-version view keeps all");
        assertSame(v5, v5.forVersion(PineVersion.V5));
    }

    @Test
    void genericFunctionsAreInstantiatedFromTheirArguments() {
        assertEquals(Optional.of(PineType.parse("series float")),
                call(CATALOG, "array.get", "array<float>", "const int"));
        assertEquals(Optional.of(PineType.parse("series line")), call(CATALOG, "array.get", "array<line>", "series int"));
        assertEquals(Optional.of(PineType.parse("array<int>")), call(CATALOG, "array.from", "const int", "const int"));
        assertEquals(Optional.of(PineType.parse("series float")), call(CATALOG, "map.get", "map<string, float>",
                "const string"));
        assertEquals(Optional.of(PineType.parse("array<string>")), call(CATALOG, "map.keys", "map<string, float>"));
        assertEquals(Optional.of(PineType.parse("array<float>")),
                call(CATALOG, "array.new", "const int", "const float"));
        assertEquals(Optional.of(PineType.parse("series float")),
                call(CATALOG, "request.security", "simple string", "simple string", "series float"));
        assertEquals(Optional.of(PineType.parse("[series float, series float]")),
                call(CATALOG, "request.security", "simple string", "simple string", "[series float, series float]"));
        assertEquals(Optional.empty(), call(CATALOG, "array.push", "array<float>", "series string"));
        assertEquals(Optional.of(PineType.VOID), call(CATALOG, "array.push", "array<float>", "series int"));
    }

    @Test
    void qualifiersOfArgumentsAreChecked() {
        assertTrue(call(CATALOG, "ta.ema", "series float", "simple int").isPresent());
        assertTrue(call(CATALOG, "ta.ema", "series float", "input int").isPresent());
        assertTrue(call(CATALOG, "ta.ema", "series float", "series int").isEmpty(), "ema length must be simple");
        assertTrue(call(CATALOG, "ta.sma", "series float", "series int").isPresent(), "sma length may be series");
        assertTrue(call(CATALOG, "ta.sma", "series float", "series float").isEmpty(), "no float-to-int narrowing");
        assertTrue(call(CATALOG, "ta.sma", "series int", "const int").isPresent(), "int source promotes to float");
        assertTrue(call(CATALOG, "plot", "series float", "const string", "series color").isPresent());
        assertTrue(call(CATALOG, "strategy.entry", "const string", "const strategy_direction").isPresent());
        assertTrue(call(CATALOG, "strategy.entry", "const string", "const string").isEmpty(),
                "direction must be strategy.long/short, not a string");
        assertTrue(call(CATALOG, "plot", "series float", "const string", "series color", "const int",
                "const string").isEmpty(), "style=shape.* is not a plot style");
    }

    @Test
    void twoStateDisplayFitsEverywhereButLocationFlagsOnlyFitPlots() {
        assertTrue(call(CATALOG, "hline", "const float", "const string", "const color", "const hline_style", "const int",
                "const bool", "const plot_simple_display").isPresent(), "display.all on hline");
        assertTrue(call(CATALOG, "hline", "const float", "const string", "const color", "const hline_style", "const int",
                "const bool", "const plot_display").isEmpty(), "display.pane is not accepted by hline");
        PineType plotDisplay = CATALOG.functions("plot").get(0).param("display").orElseThrow().type();
        assertTrue(plotDisplay.isAssignableFrom(CATALOG.constant("display.none").orElseThrow().type()));
        assertTrue(plotDisplay.isAssignableFrom(CATALOG.constant("display.pane").orElseThrow().type()));
    }

    @Test
    void argumentCountsAndDefaults() {
        assertTrue(call(CATALOG, "ta.sma", "series float").isEmpty(), "length is required");
        assertTrue(call(CATALOG, "ta.sma", "series float", "const int", "const int").isEmpty(), "too many");
        assertTrue(call(CATALOG, "ta.stdev", "series float", "const int").isPresent(), "biased has a default");
        assertTrue(call(CATALOG, "ta.stdev", "series float", null, "const bool").isEmpty(),
                "a required parameter cannot be skipped");
        assertTrue(call(CATALOG, "math.max", "const int", "const int", "const int", "const int").isPresent());
        assertTrue(call(CATALOG, "math.max", "const int").isEmpty());
    }

    @Test
    void namedArgumentsAreLaidOutInParameterOrder() {
        FunctionSig entry = CATALOG.forVersion(PineVersion.V6).functions("strategy.entry").get(0);
        PineType id = PineType.parse("const string");
        PineType longDir = PineType.parse("const strategy_direction");
        PineType price = PineType.parse("series float");
        List<PineType> laidOut = entry.arrange(List.of(id, longDir), Map.of("stop", price)).orElseThrow();
        assertEquals(Arrays.asList(id, longDir, null, null, price), laidOut);
        assertEquals(Optional.of(PineType.VOID), entry.resultFor(laidOut));
        assertTrue(entry.arrange(List.of(id), Map.of("stopp", price)).isEmpty(), "unknown name");
        assertEquals(Optional.of("stop"), entry.suggestParam("stopp"));
        assertTrue(entry.arrange(List.of(id), Map.of("id", id)).isEmpty(), "given twice");
        FunctionSig sma = CATALOG.functions("ta.sma").get(0);
        assertTrue(sma.arrange(types("series float", "const int", "const int"), Map.of()).isEmpty());
        List<PineType> onlyLength = sma.arrange(List.of(), Map.of("length", PineType.parse("const int")))
                .orElseThrow();
        assertTrue(sma.resultFor(onlyLength).isEmpty(), "source is required");
        FunctionSig max = CATALOG.functions("math.max").get(0);
        assertEquals(3, max.arrange(types("const int", "const int", "const int"), Map.of()).orElseThrow()
                .size(), "variadic functions take extra positional arguments");
    }

    @Test
    void pureFunctionsKeepTheQualifierOfTheirArguments() {
        assertEquals(Optional.of(PineType.parse("const int")), call(CATALOG, "math.max", "const int", "const int"));
        assertEquals(Optional.of(PineType.parse("simple int")), call(CATALOG, "math.max", "const int", "simple int"));
        assertEquals(Optional.of(PineType.parse("series float")),
                call(CATALOG, "math.max", "series float", "const int"));
        assertEquals(Optional.of(PineType.parse("input int")), call(CATALOG, "math.round", "input float"));
        assertEquals(Optional.of(PineType.parse("series float")), call(CATALOG, "ta.sma", "const int", "const int"),
                "stateful functions are series whatever their arguments");
        assertEquals(Optional.of(PineType.parse("const color")), call(CATALOG, "color.new", "const color", "const int"));
    }

    @Test
    void tupleResultsKeepTheirShape() {
        PineType macd = call(CATALOG, "ta.macd", "series float", "const int", "const int", "const int").orElseThrow();
        assertTrue(macd.isTuple());
        assertEquals(3, ((BaseType.Tuple) macd.base()).elements().size());
        PineType supertrend = call(CATALOG, "ta.supertrend", "const float", "const int").orElseThrow();
        assertEquals(2, ((BaseType.Tuple) supertrend.base()).elements().size());
    }

    @Test
    void displayShowsTheSignature() {
        assertEquals("ta.sma(source: series float, length: series int) \u2192 series float",
                CATALOG.functions("ta.sma").get(0).display());
        assertEquals("math.max(number0: series int, number1: series int, ...) \u2192 series int",
                CATALOG.functions("math.max").get(0).display());
    }

    @Test
    void typesAreDeclared() {
        for (String t : List.of("int", "float", "bool", "string", "color", "line", "label", "box", "table", "polyline",
                "linefill", "chart.point", "array", "map", "matrix")) {
            assertTrue(CATALOG.type(t).isPresent(), t);
        }
        assertEquals(List.of("K", "V"), CATALOG.type("map").orElseThrow().typeParams());
    }
}
