package org.exhaustionlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterSpaceTest {

    private static List<Object> values(Parameter p) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < p.count(); i++) {
            out.add(p.valueAt(i));
        }
        return out;
    }

    @Test
    void boundedIntAndFloatInputsUseTheirSteps() {
        ParameterSpace s = ParameterSpace.fromInputs(List.of(InputSpec.ofInt("len", 14, 10.0, 20.0, 5.0),
                InputSpec.ofFloat("mult", 2.0, 1.0, 2.0, 0.25), InputSpec.ofFloat("tenth", 0.2, 0.1, 0.3, 0.1)));
        assertEquals(List.of(10L, 15L, 20L), values(s.parameters().get(0)));
        assertEquals(List.of(1.0, 1.25, 1.5, 1.75, 2.0), values(s.parameters().get(1)));
        assertEquals(List.of(0.1, 0.2, 0.3), values(s.parameters().get(2)), "max stays on the grid");
        assertTrue(s.notices().isEmpty(), s.notices().toString());
    }

    @Test
    void boolsAndOptionsBecomeDiscreteChoices() {
        ParameterSpace s = ParameterSpace.fromInputs(List.of(InputSpec.ofBool("useTr", true),
                InputSpec.ofChoice("src", "close", List.of("close", "hl2", "ohlc4")),
                new InputSpec("lvl", "Level", "int", 9, null, null, null, List.of(9, 12, 14)),
                new InputSpec("note", "Note", "string", "hi", null, null, null, List.of())));
        assertEquals(List.of(false, true), values(s.parameters().get(0)));
        assertEquals(List.of("close", "hl2", "ohlc4"), values(s.parameters().get(1)));
        assertEquals(List.of(9, 12, 14), values(s.parameters().get(2)));
        assertEquals(3, s.size(), "a free string is not optimised");
        assertTrue(s.notices().get(0).contains("'note'"), s.notices().toString());
    }

    @Test
    void unboundedInputsGetRangesFromTheirDefaultsAndANotice() {
        ParameterSpace s = ParameterSpace.fromInputs(List.of(InputSpec.ofInt("len", 20, null, null, null),
                InputSpec.ofInt("short", 2, null, null, null), InputSpec.ofInt("lo", 10, 5.0, null, null),
                InputSpec.ofFloat("mult", 2.0, null, null, null), InputSpec.ofInt("zero", 0, null, null, null),
                InputSpec.ofFloat("neg", -2.0, null, null, null)));
        assertEquals(new Parameter.IntRange("len", 5, 80, 1), s.parameters().get(0));
        assertEquals(new Parameter.IntRange("short", 1, 8, 1), s.parameters().get(1), "never below 1");
        assertEquals(new Parameter.IntRange("lo", 5, 40, 1), s.parameters().get(2), "the given bound is kept");
        Parameter.FloatRange mult = (Parameter.FloatRange) s.parameters().get(3);
        assertEquals(0.5, mult.min());
        assertEquals(8.0, mult.max());
        assertEquals(0.075, mult.step(), 1e-12);
        assertEquals(101, mult.count(), "100 steps");
        assertEquals(new Parameter.IntRange("zero", 0, 10, 1), s.parameters().get(4));
        Parameter.FloatRange neg = (Parameter.FloatRange) s.parameters().get(5);
        assertEquals(-8.0, neg.min());
        assertEquals(-0.5, neg.max());
        assertEquals(6, s.notices().size(), s.notices().toString());
        assertTrue(s.notices().get(0).contains("[5, 80]"), s.notices().get(0));
    }

    @Test
    void overridesFromAMapOrJsonReplaceRanges(@TempDir Path dir) throws Exception {
        List<InputSpec> inputs = List.of(new InputSpec("len", "Length", "int", 14, 1.0, null, null, List.of()),
                InputSpec.ofFloat("mult", 2.0, null, null, null), InputSpec.ofChoice("src", "close", List.of("close")));
        Path file = dir.resolve("ranges.json");
        Files.writeString(file, "{\"Length\": {\"min\": 5, \"max\": 50, \"step\": 5},\n"
                + " \"mult\": {\"min\": 1.5, \"max\": 2.5, \"step\": 0.5}, \"src\": {\"options\": [\"open\", \"hl2\"]},"
                + " \"ghost\": {\"min\": 1}}");
        ParameterSpace s = ParameterSpace.fromInputs(inputs, RangeOverride.readJson(file));
        assertEquals(new Parameter.IntRange("len", 5, 50, 5), s.parameters().get(0), "matched by title");
        assertEquals(List.of(1.5, 2.0, 2.5), values(s.parameters().get(1)));
        assertEquals(List.of("open", "hl2"), values(s.parameters().get(2)));
        assertTrue(s.notices().stream().anyMatch(n -> n.contains("'ghost'")), s.notices().toString());
        ParameterSpace m = ParameterSpace.fromInputs(inputs, Map.of("len", RangeOverride.range(2, 4, 1)));
        assertEquals(new Parameter.IntRange("len", 2, 4, 1), m.parameters().get(0));
        assertThrows(IllegalArgumentException.class, () -> RangeOverride.parseJson("{\"len\": {\"lo\": 1}}"));
        assertThrows(IllegalArgumentException.class, () -> RangeOverride.parseJson("{\"len\": {\"min\": 1"));
    }

    @Test
    void encodeAndDecodeRoundTripAndSnapToTheGrid() {
        ParameterSpace s = Synthetic.space();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("x", 1.5);
        p.put("y", -2.04);
        p.put("n", 7);
        p.put("flag", true);
        p.put("mode", "c");
        int[] idx = s.encode(p);
        Map<String, Object> back = s.decode(idx);
        assertEquals(1.5, back.get("x"));
        assertEquals(-2.0, back.get("y"), "snapped to the 0.1 grid");
        assertEquals(7L, back.get("n"));
        assertEquals(true, back.get("flag"));
        assertEquals("c", back.get("mode"));
        p.put("mode", "z");
        assertThrows(IllegalArgumentException.class, () -> s.encode(p));
        for (Parameter q : s.parameters()) {
            for (int i = 0; i < q.count(); i++) {
                assertEquals(i, Genes.indexes(ParameterSpace.of(List.of(q)),
                        Genes.genesFor(ParameterSpace.of(List.of(q)), new int[] { i }))[0], q.name() + " " + i);
            }
        }
    }

    @Test
    void miniJsonReadsWhatItWrites() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1L);
        m.put("b", 0.1);
        m.put("c", List.of(true, false));
        m.put("d", "q\"uote\\\n");
        m.put("e", null);
        m.put("f", Double.NaN);
        String json = MiniJson.write(m);
        Map<?, ?> back = (Map<?, ?>) MiniJson.parse(json);
        assertEquals(1L, back.get("a"));
        assertEquals(0.1, back.get("b"));
        assertEquals(List.of(true, false), back.get("c"));
        assertEquals("q\"uote\\\n", back.get("d"));
        assertTrue(back.containsKey("e"));
        assertTrue(Double.isNaN(MiniJson.asDouble(back.get("f"))));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("[1, 2"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{} x"));
    }
}
