package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.NA;
import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Drawings kept in arrays, maps and user-type fields: array functions over handles, methods on elements, limits. */
class DrawingCollectionsTest {

    private static List<DrawingObject> ofType(RunResult r, String type) {
        return r.drawings().stream().filter(d -> d.type().equals(type)).toList();
    }

    @Test
    void rollingArrayOfLinesDeletesTheShiftedOne() {
        RunResult r = run("""
                //@version=6
                indicator("l", overlay = true)
                var array<line> lines = array.new<line>()
                lines.push(line.new(bar_index, close, bar_index + 1, close))
                if lines.size() > 2
                    array.shift(lines).delete()
                lines.get(0).set_x2(bar_index + 10)
                plot(lines.size(), "size")
                plot(lines.first().get_x1(), "x1first")
                plot(array.get(lines, lines.size() - 1).get_y1(), "y1last")
                plot(lines.get(0).get_x2(), "x2first")
                """, ramp(4));
        assertArrayEquals(new double[] {1, 2, 2, 2}, column(r, "size"));
        assertArrayEquals(new double[] {0, 0, 1, 2}, column(r, "x1first"));
        assertArrayEquals(new double[] {100, 101, 102, 103}, column(r, "y1last"));
        assertArrayEquals(new double[] {10, 11, 12, 13}, column(r, "x2first"));
        List<DrawingObject> lines = ofType(r, "line");
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).deleted() && lines.get(1).deleted());
        assertFalse(lines.get(2).deleted() || lines.get(3).deleted());
        assertEquals(13L, lines.get(2).properties().get("x2"));
        assertEquals(4L, lines.get(3).properties().get("x2"));
    }

    @Test
    void legacyBoxArraysWithNaElementsAndGenericFunctions() {
        RunResult r = run("""
                //@version=5
                indicator("b", overlay = true)
                var box[] boxes = array.new_box(2)
                if barstate.isfirst
                    array.set(boxes, 0, box.new(0, 10, 1, 5, text = "a"))
                    array.insert(boxes, 1, box.new(0, 20, 1, 15, text = "b"))
                    array.unshift(boxes, box.new(0, 30, 1, 25, text = "c"))
                    array.push(boxes, box.new(0, 40, 1, 35, text = "d"))
                // boxes: c, a, b, na, d
                cnt = 0
                for b in boxes
                    if not na(b)
                        cnt += 1
                        b.set_right(bar_index + 5)
                plot(cnt, "live")
                plot(array.size(boxes), "size")
                box a = array.get(boxes, 1)
                plot(array.indexof(boxes, a), "indexof")
                plot(array.includes(boxes, a) ? 1 : 0, "includes")
                plot(na(array.get(boxes, 3)) ? 1 : 0, "naElement")
                plot(boxes.last().get_top(), "lastTop")
                rev = array.copy(boxes)
                array.reverse(rev)
                plot(rev.first().get_top(), "revFirstTop")
                plot(rev.get(2).get_top(), "revThirdTop")
                plot(array.get(boxes, 0).get_top(), "stillFirstTop")
                sl = array.slice(boxes, 1, 3)
                plot(array.size(sl), "sliceSize")
                plot(sl.first().get_bottom(), "sliceFirstBottom")
                plot(array.get(boxes, 1).get_right(), "right")
                """, ramp(2));
        assertArrayEquals(new double[] {4, 4}, column(r, "live"));
        assertArrayEquals(new double[] {5, 5}, column(r, "size"));
        assertArrayEquals(new double[] {1, 1}, column(r, "indexof"));
        assertArrayEquals(new double[] {1, 1}, column(r, "includes"));
        assertArrayEquals(new double[] {1, 1}, column(r, "naElement"));
        assertArrayEquals(new double[] {40, 40}, column(r, "lastTop"));
        assertArrayEquals(new double[] {40, 40}, column(r, "revFirstTop"));
        assertArrayEquals(new double[] {20, 20}, column(r, "revThirdTop"));
        assertArrayEquals(new double[] {30, 30}, column(r, "stillFirstTop"));
        assertArrayEquals(new double[] {2, 2}, column(r, "sliceSize"));
        assertArrayEquals(new double[] {5, 5}, column(r, "sliceFirstBottom"));
        assertArrayEquals(new double[] {5, 6}, column(r, "right"));
        List<DrawingObject> boxes = ofType(r, "box");
        assertEquals(4, boxes.size(), "copy and slice share the boxes, they make none");
        assertEquals(List.of("a", "b", "c", "d"), boxes.stream().map(b -> b.properties().get("text")).toList());
    }
}
