package org.exhaustionlab.pine.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NameSuggestionsTest {
    private static final BuiltinCatalog CATALOG = BuiltinCatalog.standard();

    @Test
    void editDistance() {
        assertEquals(0, NameSuggestions.distance("abc", "abc"));
        assertEquals(2, NameSuggestions.distance("lenght", "length"), "a swap costs two edits");
        assertEquals(3, NameSuggestions.distance("kitten", "sitting"));
        assertEquals(4, NameSuggestions.distance("", "abcd"));
    }

    @Test
    void inventedNamespaceSuggestsTheRealOne() {
        assertEquals("ta.sma", CATALOG.suggestNames("math.sma", 3).get(0));
        assertEquals("ta.stdev", CATALOG.suggestNames("math.stdev", 3).get(0));
    }

    @Test
    void misspellingsSuggestTheClosestName() {
        assertEquals("ta.crossover", CATALOG.suggestNames("ta.crossovr", 3).get(0));
        assertEquals("ta.crossover", CATALOG.suggestNames("ta.crossOver", 3).get(0), "case-insensitive");
        assertEquals("strategy.position_size", CATALOG.suggestNames("strategy.positionsize", 3).get(0));
        assertTrue(CATALOG.suggestNames("completely.unrelated.thing", 3).isEmpty());
    }

    @Test
    void misspeltParametersSuggestTheRealOne() {
        FunctionSig sma = CATALOG.functions("ta.sma").get(0);
        assertEquals(Optional.of("length"), sma.suggestParam("lenght"));
        assertEquals(Optional.empty(), sma.suggestParam("smoothing"));
        FunctionSig exit = CATALOG.functions("strategy.exit").get(0);
        assertEquals(Optional.of("trail_offset"), exit.suggestParam("trailoffset"));
    }

    @Test
    void explicitTypeArgumentsInstantiateGenericConstructors() {
        FunctionSig arrayNew = CATALOG.functions("array.new").get(0);
        Map<String, BaseType> floatArg = arrayNew.typeArguments(List.of(BaseType.Named.of("float")));
        assertEquals(Optional.of(PineType.parse("array<float>")), arrayNew.resultFor(List.of(), floatArg));
        assertEquals(Optional.of(PineType.parse("array<float>")),
                arrayNew.resultFor(List.of(PineType.parse("const int"), PineType.parse("const int")), floatArg),
                "an int initial value promotes to the declared float");
        assertEquals(Optional.empty(),
                arrayNew.resultFor(List.of(PineType.parse("const int"), PineType.parse("const string")), floatArg));
        FunctionSig mapNew = CATALOG.functions("map.new").get(0);
        assertEquals(Optional.of(PineType.parse("map<string, int>")), mapNew.resultFor(List.of(),
                mapNew.typeArguments(List.of(BaseType.Named.of("string"), BaseType.Named.of("int")))));
    }
}
