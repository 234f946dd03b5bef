package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The type-cast functions color(), string(), int(), float(), bool() and the drawing casts line() ... linefill(). */
class CastsTest {

    @Test
    void castsOfNaAreNaOfThatType() {
        RunResult r = run("""
                //@version=6
                indicator("casts")
                c = color(na)
                f = float(na)
                i = int(na)
                b = bool(na)
                s = string(na)
                plot(na(c) ? 1 : 0, "c")
                plot(na(f) ? 1 : 0, "f")
                plot(na(i) ? 1 : 0, "i")
                plot(b ? 1 : 0, "b")
                plot(na(s) ? 1 : 0, "s")
                plot(na(line(na)) and na(label(na)) and na(box(na)) and na(table(na)) and na(linefill(na)) ? 1 : 0, "d")
                // a plot coloured color(na) keeps its values and has no colour
                plot(close, "invisible", color = color(na))
                """, ramp(3));
        for (String t : new String[] {"c", "f", "i", "s", "d"}) {
            assertArrayEquals(new double[] {1, 1, 1}, column(r, t), t);
        }
        assertArrayEquals(new double[] {0, 0, 0}, column(r, "b"), "bool(na) is false in v6");
        assertArrayEquals(new double[] {100, 101, 102}, column(r, "invisible"));
        PlotColumn invisible = r.plot("invisible");
        assertEquals(Long.MIN_VALUE, invisible.colors()[0], "color(na) is the na colour");
    }

    @Test
    void castsOfValuesKeepTheValue() {
        RunResult r = run("""
                //@version=6
                indicator("values")
                plot(color(color.red) == color.red ? 1 : 0, "color")
                plot(int(close + 0.7), "int")
                plot(float(bar_index) / 2, "float")
                plot(bool(bar_index) ? 1 : 0, "bool")
                plot(str.length(string("abc")), "string")
                """, ramp(3));
        assertArrayEquals(new double[] {1, 1, 1}, column(r, "color"));
        assertArrayEquals(new double[] {100, 101, 102}, column(r, "int"));
        assertArrayEquals(new double[] {0, 0.5, 1}, column(r, "float"));
        assertArrayEquals(new double[] {0, 1, 1}, column(r, "bool"));
        assertArrayEquals(new double[] {3, 3, 3}, column(r, "string"));
    }

    @Test
    void drawingCastsTypeNaSoTheVariableCanHoldDrawingsLater() {
        RunResult r = run("""
                //@version=6
                indicator("drawings")
                var ln = line(na)
                var lb = label(na)
                if bar_index == 1
                    ln := line.new(bar_index - 1, open, bar_index, close)
                    lb := label.new(bar_index, high, "hi")
                plot(na(ln) ? -1 : line.get_y2(ln), "y2")
                plot(na(lb) ? -1 : 1, "label")
                line.delete(line(na))
                """, ramp(3));
        assertArrayEquals(new double[] {-1, 101, 101}, column(r, "y2"));
        assertArrayEquals(new double[] {-1, 1, 1}, column(r, "label"));
        assertTrue(r.drawings().stream().anyMatch(d -> d.type().equals("line")));
    }
}
