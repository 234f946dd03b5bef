package org.exhaustionlab.pine.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PineTypeTest {

    private static PineType t(String text) {
        return PineType.parse(text);
    }

    @Test
    void parsesQualifierAndBase() {
        PineType type = t("simple int");
        assertEquals(Qualifier.SIMPLE, type.qualifier());
        assertEquals(BaseType.Named.of("int"), type.base());
    }

    @Test
    void missingQualifierMeansSeries() {
        assertEquals(Qualifier.SERIES, t("line").qualifier());
        assertEquals(Qualifier.SERIES, t("array<float>").qualifier());
    }

    @Test
    void parsesGenericsTypeVariablesAndDottedNames() {
        PineType map = t("map<string, T>");
        BaseType.Named named = assertInstanceOf(BaseType.Named.class, map.base());
        assertEquals("map", named.name());
        assertEquals(List.of(BaseType.Named.of("string"), new BaseType.TypeVar("T")), named.args());
        assertTrue(map.isGeneric());
        assertFalse(t("array<float>").isGeneric());
        assertEquals("chart.point", ((BaseType.Named) t("chart.point").base()).name());
        assertEquals("array<chart.point>", t("array<chart.point>").toString());
    }

    @Test
    void parsesTuplesWithPerElementQualifiers() {
        PineType tuple = t("[series float, simple int]");
        BaseType.Tuple parts = assertInstanceOf(BaseType.Tuple.class, tuple.base());
        assertEquals(List.of(t("series float"), t("simple int")), parts.elements());
        assertEquals("[series float, simple int]", tuple.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"series float", "const int", "array<T>", "map<string, float>", "[series float, series bool]",
        "void", "series int|string", "matrix<float>"})
    void toStringParsesBackToTheSameType(String text) {
        PineType type = t(text);
        assertEquals(type, t(type.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "series", "series simple int", "array<float", "[series float]", "int extra",
        "series float,"})
    void rejectsMalformedTypes(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t(text));
        assertTrue(e.getMessage().startsWith("bad type '" + text + "'"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} accepts {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "series int; const int; true",
        "series int; input int; true",
        "series int; simple int; true",
        "simple int; series int; false",
        "simple int; input int; true",
        "input int; simple int; false",
        "const int; const int; true",
        "const int; input int; false",
        "series float; simple int; true",
        "simple float; series int; false",
        "series int; series float; false",
        "series bool; series int; false",
        "series string; series color; false",
        "series color; na; true",
        "line; na; true",
        "array<float>; array<float>; true",
        "array<float>; array<int>; false",
        "series float; series any; true",
        "series any; series string; true",
        "series int|string; simple string; true",
        "series int|string; series int; true",
        "series int|string; series float; false",
        "series bool|float; series int; true",
        "[series float, series float]; [series float, simple float]; true",
        "[series float, series float]; [series float, series float, series float]; false",
        "series float; [series float, series float]; false",
        "void; void; false",
    })
    void assignabilityFollowsQualifierOrderAndIntToFloatPromotion(String target, String value, boolean expected) {
        assertEquals(expected, t(target).isAssignableFrom(t(value)));
    }

    @Test
    void qualifierOrderIsConstInputSimpleSeries() {
        assertTrue(Qualifier.SERIES.accepts(Qualifier.CONST));
        assertTrue(Qualifier.SIMPLE.accepts(Qualifier.INPUT));
        assertFalse(Qualifier.INPUT.accepts(Qualifier.SIMPLE));
        assertEquals(Qualifier.SERIES, Qualifier.SIMPLE.max(Qualifier.SERIES));
        assertEquals(Qualifier.INPUT, Qualifier.INPUT.max(Qualifier.CONST));
    }

    @Test
    void typeVariablesBindOnceAndLaterArgumentsMustFit() {
        Map<String, BaseType> bindings = new HashMap<>();
        assertTrue(TypeMatcher.match(t("array<T>"), t("array<float>"), bindings));
        assertEquals(BaseType.Named.of("float"), bindings.get("T"));
        assertTrue(TypeMatcher.match(t("series T"), t("const int"), bindings), "int promotes to the bound float");
        assertFalse(TypeMatcher.match(t("series T"), t("series string"), bindings));
        assertEquals(t("series float"), t("series T").substitute(bindings));
    }

    @Test
    void naDoesNotBindATypeVariable() {
        Map<String, BaseType> bindings = new HashMap<>();
        assertTrue(TypeMatcher.match(t("series T"), PineType.NA, bindings));
        assertTrue(bindings.isEmpty());
    }

    @Test
    void genericCollectionArgumentsAreInvariant() {
        Map<String, BaseType> bindings = new HashMap<>();
        assertTrue(TypeMatcher.match(t("map<K, V>"), t("map<string, float>"), bindings));
        assertEquals(Map.of("K", BaseType.Named.of("string"), "V", BaseType.Named.of("float")), bindings);
        assertFalse(TypeMatcher.match(t("map<K, V>"), t("map<string, int>"), bindings));
    }
}
