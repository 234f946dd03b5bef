package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * Variables named like built-in namespaces (color, str, size, alert) do not hide the namespace's functions and
 * constants: values of built-in types have no methods or fields, so {@code color.new(color, 50)} is the built-in.
 */
class NamespaceShadowingTest {

    @Test
    void namespaceFunctionsAndConstantsStayReachable() {
        RunResult r = run("""
                //@version=6
                indicator("shadow")
                fade(color) => color.new(color, 50)
                swap(string str) => str.replace(str, "a", "b")
                size = 3
                alert = "x"
                type Box2
                    float top = 1
                b = Box2.new()
                plot(fade(color.red) == color.new(color.red, 50) ? 1 : 0, "color")
                plot(swap("abca") == "bbca" ? 1 : 0, "str")
                plot(size.tiny == size.small ? 0 : 1, "size constant")
                plot(size * 2, "size variable")
                plot(alert.freq_once_per_bar_close != alert.freq_all ? 1 : 0, "alert constant")
                plot(b.top, "udt field")
                """, ramp(2));
        assertArrayEquals(new double[] {1, 1}, column(r, "color"));
        assertArrayEquals(new double[] {1, 1}, column(r, "str"));
        assertArrayEquals(new double[] {1, 1}, column(r, "size constant"));
        assertArrayEquals(new double[] {6, 6}, column(r, "size variable"));
        assertArrayEquals(new double[] {1, 1}, column(r, "alert constant"));
        assertArrayEquals(new double[] {1, 1}, column(r, "udt field"));
    }
}
