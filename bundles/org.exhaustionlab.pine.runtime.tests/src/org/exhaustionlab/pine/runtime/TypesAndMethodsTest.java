package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.NA;
import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** User-defined types (fields, defaults, new, copy, references), methods and enums. */
class TypesAndMethodsTest {

    @Test
    void objectsWithDefaultsFieldsAndCopies() {
        RunResult r = run("""
                //@version=6
                indicator("udt")
                type Pivot
                    float price = na
                    int bars = 0
                    string label = "p"
                var Pivot last = Pivot.new(close)
                p = Pivot.new(bars = 3, price = close * 2)
                alias = p
                alias.bars += 10
                snapshot = p.copy()
                p.bars := 100
                last.bars += 1
                plot(p.price, "price")
                plot(p.bars, "bars")
                plot(snapshot.bars, "snap")
                plot(last.price, "lastPrice")
                plot(last.bars, "lastBars")
                plot(last.label == "p" ? 1 : 0, "label")
                """, ramp(3));
        assertArrayEquals(new double[] {200, 202, 204}, column(r, "price"));
        assertArrayEquals(new double[] {100, 100, 100}, column(r, "bars"));
        assertArrayEquals(new double[] {13, 13, 13}, column(r, "snap"), "copy() is taken before p.bars := 100");
        assertArrayEquals(new double[] {100, 100, 100}, column(r, "lastPrice"), "var object created once");
        assertArrayEquals(new double[] {1, 2, 3}, column(r, "lastBars"));
        assertArrayEquals(new double[] {1, 1, 1}, column(r, "label"));
    }

    @Test
    void methodsNestedTypesAndHistoryOfObjects() {
        RunResult r = run("""
                //@version=6
                indicator("m")
                type Point
                    float x
                    float y
                type Segment
                    Point a
                    Point b
                method length(Segment s) => math.sqrt(math.pow(s.b.x - s.a.x, 2) + math.pow(s.b.y - s.a.y, 2))
                method shift(Point p, float dx) =>
                    p.x += dx
                    p
                seg = Segment.new(Point.new(0, 0), Point.new(3, 4))
                moved = seg.a.shift(bar_index)
                plot(seg.length(), "len")
                plot(moved.x, "x")
                plot(length(seg), "asFunction")
                prev = seg[1]
                plot(na(prev) ? -1 : prev.a.x, "prevX")
                """, ramp(3));
        // seg is rebuilt every bar and its first point shifted by bar_index before the length is taken
        assertArrayEquals(new double[] {5, Math.sqrt(4 + 16), Math.sqrt(1 + 16)}, column(r, "len"), 1e-12);
        assertArrayEquals(new double[] {0, 1, 2}, column(r, "x"));
        assertArrayEquals(column(r, "len"), column(r, "asFunction"));
        assertArrayEquals(new double[] {-1, 0, 1}, column(r, "prevX"), "objects of earlier bars keep their values");
    }

    @Test
    void objectsComeBackFromTupleResultsWithTheirType() {
        RunResult r = run("""
                //@version=6
                indicator("t")
                type swing
                    float y = na
                    int x = na
                swings() =>
                    var swing top = swing.new(na, na)
                    var swing bottom = swing.new(na, na)
                    top := swing.new(high, bar_index)
                    bottom := swing.new(low, bar_index)
                    [top, bottom]
                [t, b] = swings()
                plot(t.y - b.y, "range")
                plot(t.x, "x")
                """, ramp(3));
        assertArrayEquals(new double[] {2, 3, 3}, column(r, "range")); // high - low of each ramp bar
        assertArrayEquals(new double[] {0, 1, 2}, column(r, "x"));
    }

    @Test
    void aGlobalObjectIsUsableInsideFunctions() {
        RunResult r = run("""
                //@version=6
                indicator("g")
                type Counter
                    int n = 0
                var Counter c = Counter.new()
                bump() =>
                    c.n += 1
                    c.n
                plot(bump(), "n")
                """, ramp(3));
        assertArrayEquals(new double[] {1, 2, 3}, column(r, "n"));
    }

    @Test
    void methodsOnBuiltInVariables() {
        RunResult r = run("""
                //@version=6
                indicator("m")
                method twice(float x) => x * 2
                method above(float x, float level) => x > level ? 1 : 0
                plot(close.twice(), "twice")
                plot(bar_index.twice(), "index")
                plot(close.above(101.5), "above")
                """, ramp(4));
        assertArrayEquals(new double[] {200, 202, 204, 206}, column(r, "twice"));
        assertArrayEquals(new double[] {0, 2, 4, 6}, column(r, "index"));
        assertArrayEquals(new double[] {0, 0, 1, 1}, column(r, "above"));
    }

    @Test
    void naObjectsFailWithAClearError() {
        RunResult r = Scripts.compile("""
                //@version=6
                indicator("na")
                type T
                    int v
                T t = na
                plot(t.v)
                """).run(ramp(2), RunOptions.defaults());
        assertNotNull(r.failure());
        assertEquals(6, r.failure().line());
        assertTrue(r.failure().message().contains("field 'v' of an na object"), r.failure().message());
    }

    @Test
    void enumsCompareAndSwitch() {
        RunResult r = run("""
                //@version=6
                indicator("e")
                enum Side
                    long = "Long side"
                    short
                    flat
                side = bar_index == 0 ? Side.long : bar_index == 1 ? Side.short : Side.flat
                code = switch side
                    Side.long => 1
                    Side.short => -1
                    => 0
                plot(code, "code")
                plot(side == Side.short ? 1 : 0, "isShort")
                plot(str.length(str.tostring(Side.long)), "titleLen")
                """, ramp(3));
        assertArrayEquals(new double[] {1, -1, 0}, column(r, "code"));
        assertArrayEquals(new double[] {0, 1, 0}, column(r, "isShort"));
        assertArrayEquals(new double[] {9, 9, 9}, column(r, "titleLen"));
    }

    @Test
    void enumInputsListMembersAndTakeOverrides() {
        PineProgram p = Scripts.compile("""
                //@version=6
                indicator("e")
                enum Mode
                    fast = "Fast"
                    slow = "Slow"
                mode = input.enum(Mode.fast, "Mode")
                plot(mode == Mode.fast ? 10 : 20, "len")
                """);
        InputInfo in = p.inputs().get(0);
        assertEquals("enum", in.type());
        assertEquals("fast", in.defaultValue());
        assertEquals(java.util.List.of("fast", "slow"), in.options());
        assertArrayEquals(new double[] {10}, column(p.run(ramp(1), RunOptions.defaults()), "len"));
        assertArrayEquals(new double[] {20}, column(p.run(ramp(1),
                RunOptions.defaults().withInputs(java.util.Map.of("Mode", "Slow"))), "len"));
    }

    @Test
    void unknownFieldIsACompileError() {
        PineProgram p = PineEngine.compile("""
                //@version=6
                indicator("f")
                type T
                    int v
                t = T.new(1)
                plot(t.w)
                """, "f.pine");
        assertTrue(p.hasErrors());
        assertTrue(p.diagnostics().toString().contains("no field 'w'"), p.diagnostics().toString());
        assertEquals(NA, NA);
    }
}
