package org.exhaustionlab.pine.runtime.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgMapTest {
    private static final ArgMap.Names NAMES = new ArgMap.Names(List.of("id", "limit", "stop", "when"));

    @Test
    void readsLikeTheMapItReplaces() {
        // names built at run time (not literals) must still be found, by equality
        String built = new StringBuilder("lim").append("it").toString();
        ArgMap m = new ArgMap(NAMES, new Object[] {"exit", 101.5, Double.NaN, Boolean.TRUE});
        assertEquals(101.5, m.get(built));
        assertEquals(101.5, m.get("limit"));
        assertTrue(m.containsKey("when"));
        assertFalse(m.containsKey("trail_points"));
        assertNull(m.get("trail_points"));
        assertNull(m.get(42));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", "exit");
        expected.put("limit", 101.5);
        expected.put("stop", Double.NaN);
        expected.put("when", true);
        assertEquals(expected, m);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(m.keySet()));
    }

    @Test
    void lookupsInAnyOrderFindTheirValues() {
        ArgMap m = new ArgMap(NAMES, new Object[] {"a", 1.0, 2.0, true});
        // in order, backwards, repeated and wrapping around the scan's starting point
        for (String key : new String[] {"id", "limit", "stop", "when", "when", "stop", "limit", "id", "stop", "id"}) {
            assertEquals(switch (key) {
                case "id" -> "a";
                case "limit" -> 1.0;
                case "stop" -> 2.0;
                default -> true;
            }, m.get(key), key);
        }
        assertNull(m.get("qty"));
        assertEquals("a", m.get("id"));
    }

    @Test
    void strategyCallsReadTypedValues() {
        StrategyCall call = new StrategyCall("exit", 3, 7, new ArgMap(NAMES, new Object[] {"x", 2.0, null, false}));
        assertEquals(2.0, call.number("limit"));
        assertTrue(Double.isNaN(call.number("stop")));
        assertEquals("x", call.string("id"));
        assertFalse(call.bool("when", true));
        assertThrows(UnsupportedOperationException.class, () -> call.args().put("id", "y"));
    }

    @Test
    void valueCountMustMatchTheNames() {
        assertThrows(IllegalArgumentException.class, () -> new ArgMap(NAMES, new Object[3]));
    }
}
