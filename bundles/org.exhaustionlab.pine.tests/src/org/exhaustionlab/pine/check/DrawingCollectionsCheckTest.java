package org.exhaustionlab.pine.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.Severity;
import org.junit.jupiter.api.Test;

/** The checker over drawings kept in collections and the table range functions. */
class DrawingCollectionsCheckTest {

    private static List<Diagnostic> errors(String body) {
        CheckResult r = PineChecker.check("//@version=6\nindicator(\"t\", overlay = true)\n" + body, "t.pine");
        return r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    @Test
    void drawingArraysMapsFieldsAndTableRangesAreAccepted() {
        List<Diagnostic> e = errors("""
                type Engine
                    line[] handles
                    array<label> tags
                var eng = Engine.new(array.new_line(), array.new<label>())
                var boxes = array.new_box(2)
                var map<string, line> byName = map.new<string, line>()
                var fills = array.new_linefill()
                var tables = array.new_table()
                var t = table.new(position.top_right, 3, 3)
                boxes.set(0, box.new(0, 2, 1, 1))
                eng.handles.push(line.new(0, 0, 1, 1))
                eng.handles.get(0).set_x2(bar_index)
                array.get(eng.handles, 0).delete()
                byName.put("a", eng.handles.first())
                tables.push(t)
                table.merge_cells(t, 0, 0, 2, 0)
                table.clear(t, 0, 1)
                table.clear(t, 0, 1, end_column = 2, end_row = 2)
                """);
        assertEquals(List.of(), e);
    }

    @Test
    void wrongDrawingTypeAndMissingMergeCornerAreErrors() {
        List<Diagnostic> e = errors("""
                var boxes = array.new_box()
                var t = table.new(position.top_right, 3, 3)
                boxes.push(line.new(0, 0, 1, 1))
                table.merge_cells(t, 0, 0, 1)
                """);
        assertEquals(2, e.size(), e.toString());
        assertEquals("type.mismatch", e.get(0).code());
        assertTrue(e.get(0).message().contains("must be series box, not series line"), e.get(0).message());
        assertEquals("call.missing-argument", e.get(1).code());
        assertTrue(e.get(1).message().contains("'end_row'"), e.get(1).message());
    }
}
