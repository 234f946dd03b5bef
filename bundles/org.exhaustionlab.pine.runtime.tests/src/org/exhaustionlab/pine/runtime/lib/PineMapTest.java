package org.exhaustionlab.pine.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PineMapTest {
    @Test
    void keepsInsertionOrder() {
        PineMap<String, Double> m = new PineMap<>("string", "float");
        assertNull(m.put("b", 2.0));
        m.put("a", 1.0);
        m.put("c", 3.0);
        assertEquals(2.0, m.put("b", 20.0)); // replacing keeps the key's place
        assertEquals(List.of("b", "a", "c"), m.keyList());
        assertEquals("[b, a, c]", m.keys().toPineString());
        assertEquals("[20, 1, 3]", m.values().toPineString());
        assertTrue(m.values() instanceof FloatArray);
        assertEquals(3, m.size());
    }

    @Test
    void getContainsRemove() {
        PineMap<Long, String> m = new PineMap<>("int", "string");
        m.put(1L, "one");
        assertEquals("one", m.get(1L));
        assertNull(m.get(2L));
        assertTrue(m.contains(1L));
        assertEquals("one", m.remove(1L));
        assertNull(m.remove(1L));
        assertFalse(m.contains(1L));
        assertTrue(m.keys() instanceof IntArray);
    }

    @Test
    void copyAndPutAll() {
        PineMap<String, Long> a = new PineMap<>("string", "int");
        a.put("x", 1L);
        PineMap<String, Long> b = a.copy();
        b.put("y", 2L);
        assertEquals(1, a.size());
        PineMap<String, Long> c = new PineMap<>("string", "int");
        c.put("y", 5L);
        c.put("x", 9L);
        a.putAll(c);
        assertEquals(List.of("x", "y"), a.keyList());
        assertEquals(List.of(9L, 5L), a.valueList());
        a.clear();
        assertEquals(0, a.size());
    }

    @Test
    void pairLimit() {
        PineMap<Long, Long> m = new PineMap<>("int", "int");
        for (long i = 0; i < PineMap.MAX_SIZE; i++) {
            m.put(i, i);
        }
        m.put(0L, 5L); // replacing is fine at the limit
        PineRuntimeError e = assertThrows(PineRuntimeError.class, () -> m.put(-1L, 0L));
        assertTrue(e.getMessage().contains("50000"));
    }
}
