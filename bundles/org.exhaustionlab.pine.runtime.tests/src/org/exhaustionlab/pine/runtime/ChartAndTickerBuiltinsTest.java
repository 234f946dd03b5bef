package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.NA;
import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** chart.* properties (no chart: fixed values), chart.point values and the ticker.* identifier functions. */
class ChartAndTickerBuiltinsTest {

    @Test
    void chartPropertiesOfTheRun() {
        RunResult r = run("""
                //@version=6
                indicator("chart")
                plot(chart.bg_color == #FFFFFF ? 1 : 0, "bg")
                plot(chart.fg_color == #000000 ? 1 : 0, "fg")
                plot(chart.left_visible_bar_time, "left")
                plot(chart.right_visible_bar_time, "right")
                plot(chart.is_standard ? 1 : 0, "standard")
                plot(chart.is_heikinashi or chart.is_renko or chart.is_linebreak or chart.is_kagi or chart.is_pnf
                     or chart.is_range ? 1 : 0, "other")
                """, ramp(3));
        assertArrayEquals(new double[] {1, 1, 1}, column(r, "bg"));
        assertArrayEquals(new double[] {1, 1, 1}, column(r, "fg"));
        double first = r.time()[0];
        double last = r.time()[2];
        assertArrayEquals(new double[] {first, first, first}, column(r, "left"));
        assertArrayEquals(new double[] {last, last, last}, column(r, "right"));
        assertArrayEquals(new double[] {1, 1, 1}, column(r, "standard"));
        assertArrayEquals(new double[] {0, 0, 0}, column(r, "other"));
    }

    @Test
    void chartPointsHaveFieldsCopiesAndArrays() {
        RunResult r = run("""
                //@version=6
                indicator("points")
                p = chart.point.from_index(bar_index - 1, low)
                q = chart.point.now(high)
                t = chart.point.from_time(time, close)
                n = chart.point.new(time, bar_index, open)
                c = q.copy()
                c.price := 5
                d = chart.point.copy(q)
                var pts = array.new<chart.point>()
                pts.push(p)
                plot(p.index, "pIndex")
                plot(na(p.time) ? 1 : 0, "pTimeNa")
                plot(q.price, "qPrice")
                plot(q.time == time and q.index == bar_index ? 1 : 0, "qNow")
                plot(na(t.index) and t.time == time ? 1 : 0, "tTime")
                plot(n.price, "nPrice")
                plot(c.price, "copyChanged")
                plot(d.price, "copyKept")
                plot(pts.size(), "size")
                plot(pts.get(0).price, "first")
                """, ramp(3));
        assertArrayEquals(new double[] {-1, 0, 1}, column(r, "pIndex"));
        assertArrayEquals(new double[] {1, 1, 1}, column(r, "pTimeNa"));
        assertArrayEquals(new double[] {101, 102, 103}, column(r, "qPrice"), "ramp highs are close + 1");
        assertArrayEquals(new double[] {1, 1, 1}, column(r, "qNow"));
        assertArrayEquals(new double[] {1, 1, 1}, column(r, "tTime"));
        assertArrayEquals(new double[] {100, 100, 101}, column(r, "nPrice"));
        assertArrayEquals(new double[] {5, 5, 5}, column(r, "copyChanged"));
        assertArrayEquals(new double[] {101, 102, 103}, column(r, "copyKept"), "copy() is independent");
        assertArrayEquals(new double[] {1, 2, 3}, column(r, "size"));
        assertArrayEquals(new double[] {99, 99, 99}, column(r, "first"));
    }

    @Test
    void drawingsFromChartPointsGetTheirCoordinates() {
        RunResult r = run("""
                //@version=6
                indicator("draw", overlay = true)
                var pts = array.new<chart.point>()
                pts.push(chart.point.from_index(bar_index, close))
                var line ln = na
                if barstate.islast
                    ln := line.new(chart.point.from_index(0, 10), chart.point.now(20))
                    label.new(chart.point.from_time(time, 30), "t", xloc = xloc.bar_time)
                    polyline.new(pts)
                    pts.clear()
                plot(na(ln) ? -1 : line.get_x1(ln), "x1")
                plot(na(ln) ? -1 : line.get_y2(ln), "y2")
                """, ramp(3));
        assertArrayEquals(new double[] {-1, -1, 0}, column(r, "x1"));
        assertArrayEquals(new double[] {-1, -1, 20}, column(r, "y2"));
        DrawingObject line = r.drawings().get(0);
        assertEquals(0L, line.properties().get("x1"));
        assertEquals(10.0, line.properties().get("y1"));
        assertEquals(2L, line.properties().get("x2"));
        assertEquals(20.0, line.properties().get("y2"));
        DrawingObject label = r.drawings().get(1);
        assertEquals(r.time()[2], label.properties().get("x"), "xloc.bar_time takes the point's time");
        assertEquals(30.0, label.properties().get("y"));
        List<?> points = (List<?>) r.drawings().get(2).properties().get("points");
        assertEquals(3, points.size(), "the polyline keeps the points it was given, not the cleared array");
        assertEquals(Map.of("time", NA, "index", 1L, "price", 101.0), Map.copyOf((Map<?, ?>) points.get(1)));
    }

    @Test
    void tickerIdentifiers() {
        RunResult r = run("""
                //@version=6
                indicator("ticker")
                modified = '={"adjustment":"splits","session":"extended","symbol":"NASDAQ:AAPL"}'
                plot(ticker.standard(modified) == "NASDAQ:AAPL" ? 1 : 0, "standard of modified")
                plot(ticker.standard("BINANCE:BTCUSDT") == "BINANCE:BTCUSDT" ? 1 : 0, "standard of plain")
                plot(ticker.standard() == syminfo.tickerid ? 1 : 0, "standard of chart")
                plot(ticker.new("BINANCE", "ETHUSDT", session.extended) == "BINANCE:ETHUSDT" ? 1 : 0, "new")
                plot(ticker.modify("BINANCE:ETHUSDT", session = session.extended) == "BINANCE:ETHUSDT" ? 1 : 0, "modify")
                plot(ticker.inherit("BINANCE:BTCUSDT", "BINANCE:ETHUSDT") == "BINANCE:ETHUSDT" ? 1 : 0, "inherit")
                plot(na(ticker.standard(string(na))) ? 1 : 0, "na")
                """, ramp(2));
        for (String t : new String[] {"standard of modified", "standard of plain", "standard of chart", "new",
                "modify", "inherit", "na"}) {
            assertArrayEquals(new double[] {1, 1}, column(r, t), t);
        }
    }
}
