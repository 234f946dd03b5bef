package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** input.* listing (for the optimiser) and overrides by title or variable name. */
class InputsTest {

    static final String SCRIPT = """
            //@version=6
            indicator("in")
            len = input.int(3, "Length", minval = 1, maxval = 50, step = 1, group = "Main")
            mult = input.float(1.5, "Mult")
            on = input.bool(true, "Enabled")
            mode = input.string("a", "Mode", options = ["a", "b"])
            src = input.source(close, "Source")
            plainTitle = input(7)
            plot(len, "len")
            plot(mult, "mult")
            plot(on ? 1 : 0, "on")
            plot(mode == "b" ? 1 : 0, "mode")
            plot(src, "src")
            plot(plainTitle, "plain")
            """;

    @Test
    void inputsAreListedWithTheirMetadata() {
        List<InputInfo> inputs = Scripts.compile(SCRIPT).inputs();
        assertEquals(6, inputs.size());
        InputInfo len = inputs.get(0);
        assertEquals("len", len.name());
        assertEquals("Length", len.title());
        assertEquals("int", len.type());
        assertEquals(3L, len.defaultValue());
        assertEquals(1.0, len.minval());
        assertEquals(50.0, len.maxval());
        assertEquals(1.0, len.step());
        assertEquals("Main", len.group());
        assertEquals(1.5, inputs.get(1).defaultValue());
        assertEquals(Boolean.TRUE, inputs.get(2).defaultValue());
        assertEquals(List.of("a", "b"), inputs.get(3).options());
        assertEquals("source", inputs.get(4).type());
        assertEquals("close", inputs.get(4).defaultValue());
        assertEquals("plainTitle", inputs.get(5).key());
        assertTrue(Double.isNaN(inputs.get(1).minval()));
    }

    @Test
    void defaultsAndOverridesByTitleOrName() {
        PineProgram p = Scripts.compile(SCRIPT);
        RunResult d = p.run(ramp(2), RunOptions.defaults());
        assertArrayEquals(new double[] {3, 3}, column(d, "len"));
        assertArrayEquals(new double[] {100, 101}, column(d, "src"));
        RunResult o = p.run(ramp(2), RunOptions.defaults().withInputs(Map.of("Length", 9, "mult", 2.5,
                "Enabled", false, "Mode", "b", "Source", "open", "plainTitle", 8)));
        assertArrayEquals(new double[] {9, 9}, column(o, "len"));
        assertArrayEquals(new double[] {2.5, 2.5}, column(o, "mult"));
        assertArrayEquals(new double[] {0, 0}, column(o, "on"));
        assertArrayEquals(new double[] {1, 1}, column(o, "mode"));
        assertArrayEquals(new double[] {100, 100}, column(o, "src"));
        assertArrayEquals(new double[] {8, 8}, column(o, "plain"));
    }
}
