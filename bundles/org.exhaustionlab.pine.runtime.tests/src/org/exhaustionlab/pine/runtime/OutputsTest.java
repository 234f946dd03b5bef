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

/** Plot kinds, colours, hlines, alerts, logs and drawing objects captured as data. */
class OutputsTest {

    @Test
    void plotKindsColoursAndHlines() {
        RunResult r = run("""
                //@version=6
                indicator("o", overlay = true)
                up = close > open
                plot(close, "c", color = up ? color.green : color.new(color.red, 50))
                plotshape(up, "shape", shape.triangleup, location.belowbar, color.lime)
                plotchar(bar_index == 1, "char", "x")
                bgcolor(bar_index == 2 ? color.yellow : na, title = "bg")
                plotcandle(open, high, low, close, "candle")
                h = hline(100.5, "level", color.gray)
                p1 = plot(high, "hi")
                p2 = plot(low, "lo")
                fill(p1, p2, color = up ? color.green : color.red)
                fill(h, h, color.blue, "band")
                """, Scripts.bars(5, 6, 4));
        PlotColumn c = r.plot("c");
        assertEquals("plot", c.kind());
        assertArrayEquals(new long[] {PineColor.withTransparency(PineColor.RED, 50), PineColor.GREEN,
            PineColor.withTransparency(PineColor.RED, 50)}, c.colors());
        assertArrayEquals(new double[] {NA, 1, NA}, column(r, "shape"));
        assertEquals("plotshape", r.plot("shape").kind());
        assertArrayEquals(new double[] {NA, 1, NA}, column(r, "char"));
        assertArrayEquals(new long[] {Long.MIN_VALUE, Long.MIN_VALUE, PineColor.YELLOW}, r.plot("bg").colors());
        assertArrayEquals(new double[] {5, 5, 6}, column(r, "candle.open"));
        assertArrayEquals(new double[] {5, 6, 4}, column(r, "candle.close"));
        assertEquals(List.of(new RunResult.HLine("level", 100.5, PineColor.GRAY)), r.hlines());
        PlotColumn fill = r.plot("fill(hi, lo)");
        assertEquals("fill", fill.kind());
        assertArrayEquals(new long[] {PineColor.RED, PineColor.GREEN, PineColor.RED}, fill.colors());
        assertArrayEquals(new long[] {PineColor.BLUE, PineColor.BLUE, PineColor.BLUE}, r.plot("band").colors());
    }

    @Test
    void withoutPlotsTheRunKeepsEventsButNoPlotColumns() {
        String script = """
                //@version=6
                indicator("p")
                s = ta.sma(close, 2)
                plot(s, "s", color = close > open ? color.green : color.red)
                plotshape(close > s, "above")
                if close > s
                    alert("above at " + str.tostring(bar_index))
                """;
        RunResult full = run(script, ramp(40));
        RunResult bare = run(script, ramp(40), RunOptions.defaults().withoutPlots());
        assertTrue(bare.ok(), () -> String.valueOf(bare.failure()));
        assertEquals(2, full.plots().size());
        assertEquals(List.of(), bare.plots());
        assertFalse(full.events().isEmpty());
        assertEquals(full.events(), bare.events());
    }

    @Test
    void alertsAndLogsAreEventsWithBarAndMessage() {
        RunResult r = run("""
                //@version=6
                indicator("e")
                if bar_index == 1
                    alert("crossed at " + str.tostring(close))
                    log.info("info {0}", bar_index)
                alertcondition(bar_index == 2, "Two", "bar two")
                log.warning("w")
                """, ramp(3));
        List<ScriptEvent> e = r.events();
        assertEquals(List.of("log.warning", "alert", "log.info", "log.warning", "alertcondition:Two",
                "log.warning"), e.stream().map(ScriptEvent::type).toList());
        assertEquals("crossed at 101", e.get(1).message());
        assertEquals(1, e.get(1).bar());
        assertEquals("info 1", e.get(2).message());
        assertEquals("bar two", e.get(4).message());
        assertEquals(r.time()[2], e.get(4).time());
    }

    @Test
    void drawingObjectsAreCapturedAsModelObjects() {
        RunResult r = run("""
                //@version=6
                indicator("d", overlay = true)
                var line l = line.new(bar_index, close, bar_index, close, color = color.red)
                l.set_xy2(bar_index, close)
                lbl = label.new(bar_index, high, "bar " + str.tostring(bar_index))
                if bar_index < 2
                    label.delete(lbl)
                var table t = table.new(position.top_right, 2, 2)
                if barstate.islast
                    table.cell(t, 0, 1, "last", text_color = color.white)
                plot(l.get_y2(), "y2")
                """, ramp(3));
        List<DrawingObject> d = r.drawings();
        DrawingObject line = d.get(0);
        assertEquals("line", line.type());
        assertEquals(0, line.createdBar());
        assertEquals(100.0, line.properties().get("y1"));
        assertEquals(2L, line.properties().get("x2"));
        assertEquals(102.0, line.properties().get("y2"));
        assertEquals(PineColor.RED, line.properties().get("color"));
        List<DrawingObject> labels = d.stream().filter(o -> o.type().equals("label")).toList();
        assertEquals(3, labels.size());
        assertTrue(labels.get(0).deleted() && labels.get(1).deleted());
        assertFalse(labels.get(2).deleted());
        assertEquals("bar 2", labels.get(2).properties().get("text"));
        DrawingObject table = d.stream().filter(o -> o.type().equals("table")).findFirst().orElseThrow();
        assertEquals("last", ((java.util.Map<?, ?>) table.properties().get("cell:0:1")).get("text"));
        assertArrayEquals(new double[] {100, 101, 102}, column(r, "y2"));
    }

    @Test
    void calendarStringAndTimeFunctions() {
        RunResult r = run("""
                //@version=6
                indicator("t")
                plot(year, "year")
                plot(hour(time, "UTC"), "hour")
                plot(dayofweek, "dow")
                plot(timestamp("UTC", 2024, 1, 2, 3, 4, 5) / 1000, "ts")
                s = str.upper("abc") + str.substring("hello", 1, 3) + str.replace_all("a-b-c", "-", "")
                plot(str.length(s), "len")
                plot(str.contains(s, "ABC") ? 1 : 0, "contains")
                plot(str.tonumber("2.5") * 2, "num")
                plot(math.floor(2.7) + math.ceil(2.1), "fc")
                plot(math.sum(close, 2), "sum")
                """, ramp(2));
        // first bar: 1_700_000_100_000 ms = 2023-11-14T22:15:00Z, a Tuesday (dayofweek 3)
        assertArrayEquals(new double[] {2023, 2023}, column(r, "year"));
        assertArrayEquals(new double[] {22, 22}, column(r, "hour"));
        assertArrayEquals(new double[] {3, 3}, column(r, "dow"));
        assertArrayEquals(new double[] {1704164645, 1704164645}, column(r, "ts"));
        assertArrayEquals(new double[] {8, 8}, column(r, "len"));
        assertArrayEquals(new double[] {1, 1}, column(r, "contains"));
        assertArrayEquals(new double[] {5, 5}, column(r, "num"));
        assertArrayEquals(new double[] {5, 5}, column(r, "fc"));
        assertArrayEquals(new double[] {NA, 201}, column(r, "sum"));
    }
}
