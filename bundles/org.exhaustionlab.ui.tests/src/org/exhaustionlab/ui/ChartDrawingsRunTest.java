package org.exhaustionlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.ui.chart.ChartData;
import org.exhaustionlab.ui.chart.ChartDrawings;
import org.exhaustionlab.ui.chart.ChartView;
import org.exhaustionlab.ui.chart.Drawing;
import org.exhaustionlab.ui.chart.Marker;
import org.exhaustionlab.ui.chart.internal.SwtChartViewer;
import org.exhaustionlab.ui.editor.FlagshipOpener;
import org.exhaustionlab.ui.editor.RunOnChartHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Run on chart" with a script that draws: its lines, box, labels, bgcolor and barcolor reach the chart's model with
 * their positions and colours, and the price pane paints them.
 */
class ChartDrawingsRunTest {

    private static final String FILE = "drawings_test.pine";
    private static final String SCRIPT = String.join("\n",
            "//@version=6",
            "indicator(\"Drawings test\", overlay = true, max_labels_count = 3)",
            "if bar_index == last_bar_index - 30",
            "    line.new(bar_index, low, bar_index + 10, high, color = color.red, width = 2, extend = extend.right)",
            "    line.new(time, close, time + 5 * (time - time[1]), close, xloc = xloc.bar_time, color = color.orange)",
            "    box.new(bar_index + 12, high, bar_index + 20, low, border_color = color.blue, "
                    + "bgcolor = color.new(color.blue, 80))",
            "if bar_index >= last_bar_index - 30 and bar_index % 5 == 0",
            "    label.new(bar_index, high, \"P\" + str.tostring(bar_index), color = color.yellow, "
                    + "textcolor = color.black)",
            "bgcolor(bar_index % 10 == 0 ? color.new(color.green, 85) : na)",
            "barcolor(close > open ? color.purple : na)",
            "");
    private static final int RED = 0xFFF23645;
    private static final int BLUE = 0xFF2962FF;
    private static final int YELLOW = 0xFFFDD835; // the engine's color.yellow
    private static final int GREEN_RGB = 0x4CAF50;
    private static final int PURPLE = 0xFF9C27B0;

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private final Display display = PlatformUI.getWorkbench().getDisplay();

    @AfterEach
    void closeTheScriptAndResetTheChart() {
        for (IEditorReference ref : page.getEditorReferences()) {
            if (ref.getName().equals(FILE)) {
                page.closeEditor(ref.getEditor(false), false);
            }
        }
        ChartView chart = (ChartView) page.findView(ChartView.ID);
        if (chart != null) {
            chart.show("BTCUSDT"); // leave the chart as the other tests expect it
        }
        UiTestSupport.flush(display, 200);
    }

    @Test
    void runOnChartShowsLinesBoxesLabelsBackgroundAndBarColours() throws Exception {
        assertTrue(waitFor(() -> editor("exhaustion_signal.pine") != null, 30_000), "the workspace project is not ready");
        IFile file = FlagshipOpener.project().getFile(FILE);
        ByteArrayInputStream content = new ByteArrayInputStream(SCRIPT.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(content, IResource.FORCE, null);
        } else {
            file.create(content, IResource.FORCE, null);
        }
        ChartView chart = (ChartView) page.showView(ChartView.ID);
        chart.show("BTCUSDT");
        IDE.openEditor(page, file, true);
        UiTestSupport.flush(display, 200);

        Job job = RunOnChartHandler.runOnChart(page);
        assertNotNull(job, "no job: the active editor holds no script");
        assertTrue(waitFor(() -> job.getState() == Job.NONE, 120_000), "the run did not finish");
        assertTrue(waitFor(() -> !chart.viewer().getData().drawings().isEmpty(), 5_000), "the drawings reached the chart");
        ChartData data = chart.viewer().getData();
        BarSeries bars = data.bars();
        ChartDrawings drawings = data.drawings();
        int n = bars.size();
        int b = n - 1 - 30;

        List<Drawing> lines = of(drawings, Drawing.Kind.LINE);
        assertEquals(2, lines.size(), drawings.objects().toString());
        Drawing line = lines.get(0);
        assertEquals(b, line.x1());
        assertEquals(b + 10, line.x2());
        assertEquals(bars.low(b), line.y1());
        assertEquals(bars.high(b), line.y2());
        assertEquals(Drawing.Extend.RIGHT, line.extend());
        assertEquals(RED, line.color());
        assertEquals(2, line.width());
        Drawing byTime = lines.get(1);
        assertEquals(b, byTime.x1(), 1e-9, "a bar_time position becomes its bar index");
        assertEquals(b + 5, byTime.x2(), 1e-9);
        assertEquals(bars.close(b), byTime.y1());

        List<Drawing> boxes = of(drawings, Drawing.Kind.BOX);
        assertEquals(1, boxes.size());
        Drawing box = boxes.get(0);
        assertEquals(List.of((double) b + 12, bars.high(b), (double) b + 20, bars.low(b)),
                List.of(box.x1(), box.y1(), box.x2(), box.y2()));
        assertEquals(BLUE, box.color());
        assertEquals(BLUE & 0xFFFFFF, box.fill() & 0xFFFFFF);
        int fillAlpha = box.fill() >>> 24;
        assertTrue(fillAlpha > 40 && fillAlpha < 60, "transparency 80 is a translucent fill: alpha " + fillAlpha);

        List<Drawing> labels = of(drawings, Drawing.Kind.LABEL);
        assertEquals(3, labels.size(), "max_labels_count = 3 keeps the newest three: " + labels);
        int expected = (n - 1) / 5 * 5 - 10; // the last three bars divisible by 5
        for (Drawing label : labels) {
            int x = (int) label.x1();
            assertEquals(expected, x, labels.toString());
            assertEquals("P" + x, label.text());
            assertEquals(bars.high(x), label.y1());
            assertEquals(YELLOW, label.color());
            assertTrue(label.above(), "label.style_label_down sits above its point");
            expected += 5;
        }
        assertTrue(data.markers().stream().noneMatch(m -> m.shape() == Marker.Shape.FLAG),
                "labels are drawn as labels, not as flag markers");

        for (int i = 0; i < n; i++) {
            int bg = drawings.backgroundAt(i);
            assertEquals(i % 10 == 0, bg != 0, "bgcolor at bar " + i);
            if (bg != 0) {
                assertEquals(GREEN_RGB, bg & 0xFFFFFF);
                assertTrue((bg >>> 24) > 0 && (bg >>> 24) < 255, "translucent background");
            }
            boolean up = bars.close(i) > bars.open(i);
            assertEquals(up ? PURPLE : 0, drawings.barColorAt(i), "barcolor at bar " + i);
        }
        assertTrue(waitFor(() -> EditorTestSupport.console().contains("2 lines, 1 boxes, 3 labels"), 5_000),
                EditorTestSupport.console());

        // the price pane paints them (an exception here fails the test) and shows them to the eye
        chart.viewer().setVisibleRange(n - 60, n);
        UiTestSupport.flush(display, 200);
        assertEquals(3, ((SwtChartViewer) chart.viewer()).measurePricePaint(3).length);
        UiTestSupport.screenshot(chart.getSite().getShell(), "chart-drawings.png");

        // a live bar keeps the drawings and grows the per-bar colours
        Bar next = new Bar(bars.lastTime() + bars.timeframe().durationMs(), bars.close(n - 1), bars.close(n - 1) + 1,
                bars.close(n - 1) - 1, bars.close(n - 1), 1);
        ChartData grown = data.withLiveBar(next);
        assertEquals(n + 1, grown.drawings().background().length);
        assertEquals(n + 1, grown.drawings().barColors().length);
        assertEquals(drawings.objects(), grown.drawings().objects());
    }

    private static List<Drawing> of(ChartDrawings drawings, Drawing.Kind kind) {
        return drawings.objects().stream().filter(d -> d.kind() == kind).toList();
    }

    private IEditorPart editor(String name) {
        for (IEditorReference ref : page.getEditorReferences()) {
            if (ref.getName().equals(name)) {
                return ref.getEditor(true);
            }
        }
        return null;
    }

    private boolean waitFor(BooleanSupplier condition, long millis) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            UiTestSupport.flush(display, 50);
        }
        return condition.getAsBoolean();
    }
}
