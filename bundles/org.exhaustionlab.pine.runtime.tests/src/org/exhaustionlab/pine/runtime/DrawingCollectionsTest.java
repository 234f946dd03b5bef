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
import org.exhaustionlab.pine.runtime.lib.PineColor;
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

    @Test
    void drawingsInUserTypeFieldsMapsAndGlobalArraysReadInFunctions() {
        RunResult r = run("""
                //@version=6
                indicator("u", overlay = true)
                type Engine
                    line[] handles
                    array<label> tags
                var Engine eng = Engine.new(array.new_line(), array.new<label>())
                var map<string, line> byName = map.new<string, line>()
                var lines = array.new_line()
                addLevel(string name, float y) =>
                    ln = line.new(bar_index, y, bar_index + 1, y)
                    eng.handles.push(ln)
                    eng.tags.push(label.new(bar_index, y, name))
                    byName.put(name, ln)
                    array.push(lines, ln)
                    array.size(lines)
                n = addLevel("L" + str.tostring(bar_index), close)
                if eng.handles.size() > 2
                    eng.handles.remove(0).delete()
                    eng.tags.shift().delete()
                plot(n, "n")
                plot(byName.get("L0").get_y1(), "l0y")
                plot(eng.handles.get(0).get_x1(), "x1")
                plot(eng.tags.last().get_y(), "tagY")
                plot(array.indexof(lines, byName.get("L1")), "idx")
                """, ramp(4));
        assertArrayEquals(new double[] {1, 2, 3, 4}, column(r, "n"));
        assertArrayEquals(new double[] {100, 100, 100, 100}, column(r, "l0y"), "deleted, still readable by map");
        assertArrayEquals(new double[] {0, 0, 1, 2}, column(r, "x1"));
        assertArrayEquals(new double[] {100, 101, 102, 103}, column(r, "tagY"));
        assertArrayEquals(new double[] {-1, 1, 1, 1}, column(r, "idx"));
        List<DrawingObject> labels = ofType(r, "label");
        assertEquals(List.of(true, true, false, false), labels.stream().map(DrawingObject::deleted).toList());
        assertEquals("L3", labels.get(3).properties().get("text"));
    }

    @Test
    void drawingsPastTheLimitAreDeletedButTheArrayKeepsItsReferences() {
        RunResult r = run("""
                //@version=6
                indicator("lim", overlay = true, max_labels_count = 500)
                var array<label> labels = array.new_label()
                labels.push(label.new(bar_index, close, str.tostring(bar_index)))
                plot(labels.size(), "size")
                plot(labels.get(0).get_x(), "firstX")
                if barstate.islast
                    // deleting a drawing the limit already deleted does nothing
                    labels.get(0).delete()
                    labels.get(labels.size() - 1).set_text("last")
                """, ramp(505));
        double[] size = column(r, "size");
        assertEquals(505, size[504]);
        assertEquals(0, column(r, "firstX")[504]);
        List<DrawingObject> labels = ofType(r, "label");
        assertEquals(505, labels.size());
        assertEquals(5, labels.stream().filter(DrawingObject::deleted).count());
        assertTrue(labels.subList(0, 5).stream().allMatch(DrawingObject::deleted), "the oldest five go");
        assertEquals("last", labels.get(504).properties().get("text"));
        assertEquals("5", labels.get(5).properties().get("text"));
        assertFalse(labels.get(5).deleted());
    }

    @Test
    void tableClearRemovesCellsAndMergeCellsIsRecorded() {
        RunResult r = run("""
                //@version=6
                indicator("t", overlay = true)
                var t = table.new(position.top_right, 3, 3)
                var tables = array.new_table()
                if barstate.isfirst
                    tables.push(t)
                    for c = 0 to 2
                        for row = 0 to 2
                            table.cell(t, c, row, str.tostring(c) + str.tostring(row))
                    table.merge_cells(t, 0, 0, 2, 0)
                    table.merge_cells(t, 1, 1, 2, 2)
                    table.clear(t, 1, 1, 2, 2)
                    table.clear(t, 0, 2)
                if barstate.islast
                    tables.get(0).merge_cells(0, 0, 0, 1)
                    table.cell(t, 2, 2, "back")
                """, ramp(3));
        List<DrawingObject> tables = ofType(r, "table");
        assertEquals(1, tables.size());
        var p = tables.get(0).properties();
        java.util.Set<String> cells = new java.util.TreeSet<>();
        p.keySet().stream().filter(k -> k.startsWith("cell:")).forEach(cells::add);
        assertEquals(new java.util.TreeSet<>(List.of("cell:0:0", "cell:0:1", "cell:1:0", "cell:2:0", "cell:2:2")),
                cells, "1:1-2:2 and 0:2 cleared, 2:2 written again");
        assertEquals("back", ((java.util.Map<?, ?>) p.get("cell:2:2")).get("text"));
        assertEquals("10", ((java.util.Map<?, ?>) p.get("cell:1:0")).get("text"));
        List<String> merges = p.keySet().stream().filter(k -> k.startsWith("merge:")).toList();
        assertEquals(List.of("merge:0:0"), merges, "the 1:1 merge was cleared, the 0:0-2:0 one replaced");
        assertEquals(java.util.Map.of("start_column", 0L, "start_row", 0L, "end_column", 0L, "end_row", 1L),
                p.get("merge:0:0"));
    }

    @Test
    void linefillsBetweenArrayElementsReferToTheLinesByIdInTheSnapshot() {
        RunResult r = run("""
                //@version=6
                indicator("f", overlay = true)
                var lines = array.new_line()
                var fills = array.new_linefill()
                if barstate.isfirst
                    lines.push(line.new(0, 1, 1, 1))
                    lines.push(line.new(0, 2, 1, 2))
                    fills.push(linefill.new(lines.get(0), lines.get(1), color.red))
                plot(fills.first().get_line2().get_y1(), "y")
                """, ramp(2));
        assertArrayEquals(new double[] {2, 2}, column(r, "y"));
        List<DrawingObject> lines = ofType(r, "line");
        DrawingObject fill = ofType(r, "linefill").get(0);
        assertEquals((long) lines.get(0).id(), fill.properties().get("line1"));
        assertEquals((long) lines.get(1).id(), fill.properties().get("line2"));
    }

    @Test
    void declarationLimitsDeleteTheOldestAndArraysStillHoldThem() {
        RunResult r = run("""
                //@version=6
                indicator("max", overlay = true, max_lines_count = 3)
                var lines = array.new<line>()
                lines.push(line.new(bar_index, close, bar_index + 1, close))
                label.new(bar_index, close)
                plot(lines.size(), "size")
                plot(lines.get(0).get_y1(), "firstY")
                """, ramp(60));
        assertEquals(60, column(r, "size")[59]);
        assertEquals(100, column(r, "firstY")[59], "a deleted line keeps its coordinates");
        List<DrawingObject> lines = ofType(r, "line");
        assertEquals(60, lines.size());
        assertEquals(3, lines.stream().filter(d -> !d.deleted()).count());
        assertEquals(List.of(57, 58, 59), lines.stream().filter(d -> !d.deleted()).map(DrawingObject::createdBar)
                .toList());
        List<DrawingObject> labels = ofType(r, "label");
        assertEquals(50, labels.stream().filter(d -> !d.deleted()).count(), "TradingView keeps 50 by default");
        assertEquals(10, labels.stream().filter(d -> !d.deleted()).mapToInt(DrawingObject::createdBar).min()
                .getAsInt());
    }

    @Test
    void deleteAllPatternsPopAndClear() {
        RunResult r = run("""
                //@version=6
                indicator("del", overlay = true, max_lines_count = 500)
                var lines = array.new_line()
                var labels = array.new_label()
                // redraw every bar: delete last bar's drawings first
                for l in lines
                    line.delete(l)
                array.clear(lines)
                for i = 0 to array.size(labels) - 1
                    if array.size(labels) > 0
                        array.get(labels, i).delete()
                labels.clear()
                for k = 0 to 2
                    array.push(lines, line.new(bar_index - k, close, bar_index, close + k))
                    labels.push(label.new(bar_index, close + k, "k" + str.tostring(k)))
                popped = lines.pop()
                popped.set_color(color.red)
                plot(lines.size(), "size")
                plot(popped.get_y2(), "poppedY2")
                """, ramp(3));
        assertArrayEquals(new double[] {2, 2, 2}, column(r, "size"));
        assertArrayEquals(new double[] {102, 103, 104}, column(r, "poppedY2"));
        List<DrawingObject> lines = ofType(r, "line");
        assertEquals(9, lines.size());
        // the popped line of each bar is no longer in the array, so the next bar does not delete it
        List<Integer> live = lines.stream().filter(d -> !d.deleted()).map(d -> d.id()).toList();
        assertEquals(5, live.size(), "three popped lines + the two of the last bar");
        assertEquals(3, lines.stream().filter(d -> !d.deleted() && Long.valueOf(PineColor.RED).equals(
                d.properties().get("color"))).count(), "the popped lines were recoloured");
        List<DrawingObject> labels = ofType(r, "label");
        assertEquals(List.of("k0", "k1", "k2"), labels.stream().filter(d -> !d.deleted())
                .map(d -> d.properties().get("text")).toList());
        assertEquals(6, labels.stream().filter(DrawingObject::deleted).count());
    }

    @Test
    void allArraysListTheLiveDrawingsOldestFirst() {
        RunResult r = run("""
                //@version=6
                indicator("all", overlay = true, max_boxes_count = 2)
                box.new(bar_index, close + 1, bar_index + 1, close)
                lbl = label.new(bar_index, close, str.tostring(bar_index))
                if bar_index == 2
                    for l in label.all
                        l.delete()
                plot(array.size(box.all), "boxes")
                plot(box.all.first().get_left(), "oldestLeft")
                plot(label.all.size(), "labels")
                """, ramp(4));
        assertArrayEquals(new double[] {1, 2, 2, 2}, column(r, "boxes"));
        assertArrayEquals(new double[] {0, 0, 1, 2}, column(r, "oldestLeft"));
        assertArrayEquals(new double[] {1, 2, 0, 1}, column(r, "labels"));
    }
}
