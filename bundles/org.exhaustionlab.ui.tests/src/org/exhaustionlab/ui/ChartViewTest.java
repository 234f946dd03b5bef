package org.exhaustionlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.ui.chart.ChartData;
import org.exhaustionlab.ui.chart.ChartView;
import org.exhaustionlab.ui.chart.IChartViewer;
import org.junit.jupiter.api.Test;

/** The chart in the running workbench, driven with real mouse events posted to the display (Xvfb). */
class ChartViewTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private final Display display = PlatformUI.getWorkbench().getDisplay();

    private ChartView chartView() {
        ChartView view = (ChartView) page.findView(ChartView.ID);
        assertNotNull(view, "the Research perspective shows the chart");
        return view;
    }

    @Test
    void followsTheMarketSelectedInTheMarketsView() {
        ChartView chart = chartView();
        MarketsView markets = (MarketsView) page.findView(MarketsView.ID);
        page.activate(markets); // the chart follows the selection of the active part
        markets.select("ETHUSDT");
        UiTestSupport.flush(display, 200);
        assertEquals("ETHUSDT", chart.viewer().getData().bars().symbol().name());
        markets.select("BTCUSDT");
        UiTestSupport.flush(display, 200);
        assertEquals("BTCUSDT", chart.viewer().getData().bars().symbol().name());
    }

    @Test
    void showsTheSqueezeMomentumPanelAndExhaustionMarkersFromThePineEngine() {
        ChartView chart = chartView();
        chart.show("ETHUSDT");
        UiTestSupport.flush(display, 200);
        ChartData data = chart.viewer().getData();
        assertEquals(1, data.panels().size(), "one indicator panel");
        assertEquals("Squeeze Momentum", data.panels().get(0).title());
        double[] momentum = data.panels().get(0).plots().get(0).values();
        assertTrue(java.util.Arrays.stream(momentum).filter(v -> !Double.isNaN(v)).count() > momentum.length / 2,
                "the histogram has values");
        assertTrue(data.markers().size() > 10, "exhaustion markers: " + data.markers().size());
        assertTrue(data.markers().stream().allMatch(m -> m.text().matches("L[123]")));
        String readout = chart.viewer().crosshairAt(chart.viewer().getVisibleTo() - 1);
        assertTrue(readout.contains("Squeeze Momentum  Momentum"), readout);
    }

    @Test
    void wheelZoomsDragPansAndDoubleClickResets() {
        IChartViewer viewer = chartView().viewer();
        viewer.reset();
        UiTestSupport.flush(display, 200);
        int size = viewer.getData().bars().size();
        assertEquals(size, viewer.getVisibleTo(), "starts on the latest bars");
        int width = viewer.getVisibleTo() - viewer.getVisibleFrom();

        Control plot = plotAreaOf(viewer.getControl());
        Point center = plot.toDisplay(plot.getSize().x / 2, plot.getSize().y / 2);
        post(SWT.MouseMove, center.x, center.y, 0, 0);
        // GTK's Display.post cannot synthesise wheel events (XTest buttons 4/5 do not reach the widget under
        // Xvfb), so the wheel event is delivered to the plot area the way SWT delivers an OS scroll
        Event wheel = new Event();
        Point local = plot.toControl(center);
        wheel.x = local.x;
        wheel.y = local.y;
        wheel.count = 3;
        plot.notifyListeners(SWT.MouseWheel, wheel);
        UiTestSupport.flush(display, 300);
        int zoomed = viewer.getVisibleTo() - viewer.getVisibleFrom();
        assertTrue(zoomed < width, "wheel up zooms in: " + width + " -> " + zoomed);

        int fromBefore = viewer.getVisibleFrom();
        post(SWT.MouseDown, center.x, center.y, 1, 0);
        for (int dx = 10; dx <= 200; dx += 10) {
            post(SWT.MouseMove, center.x + dx, center.y, 0, 0);
        }
        post(SWT.MouseUp, center.x + 200, center.y, 1, 0);
        UiTestSupport.flush(display, 300);
        assertTrue(viewer.getVisibleFrom() < fromBefore, "dragging right shows older bars");

        viewer.reset();
        UiTestSupport.flush(display, 100);
        assertEquals(size, viewer.getVisibleTo());
    }

    @Test
    void crosshairReadoutShowsTheBarsValues() {
        IChartViewer viewer = chartView().viewer();
        BarSeries bars = viewer.getData().bars();
        int bar = viewer.getVisibleTo() - 5;
        String readout = viewer.crosshairAt(bar);
        assertTrue(readout.startsWith(bars.symbol().name() + " 1m"), readout);
        assertTrue(readout.contains(String.format(Locale.ROOT, "C %,.2f", bars.close(bar))), readout);
        assertTrue(readout.contains("Vol "), readout);
    }

    @Test
    void redrawOfHundredThousandBarsIsMeasured() throws Exception {
        ChartView view = chartView();
        IChartViewer viewer = view.viewer();
        BarSeries bars = DemoMarket.generate("SOLUSDT", Timeframe.MINUTE_1, 1_704_067_200_000L, 100_000, 7);
        viewer.setData(ChartData.of(bars));
        viewer.setVisibleRange(0, bars.size());
        UiTestSupport.flush(display, 300);
        Control plot = plotAreaOf(viewer.getControl());
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            plot.redraw();
            UiTestSupport.flush(display, 30);
            if (viewer.lastPaintNanos() > 0) {
                best = Math.min(best, viewer.lastPaintNanos());
            }
        }
        assertEquals(100_000, viewer.getVisibleTo() - viewer.getVisibleFrom());
        assertTrue(viewer.lastPaintNanos() > 0, "the price pane painted");
        String figure = String.format(Locale.ROOT, "chart redraw of 100,000 visible bars: best %.2f ms (price pane)",
                best / 1e6);
        System.out.println(figure);
        Path dir = Files.createDirectories(Path.of(System.getProperty("exhaustionlab.screenshots", "target/screenshots")));
        Files.writeString(dir.resolve("chart-redraw.txt"), figure + System.lineSeparator());
        UiTestSupport.screenshot(view.getSite().getShell(), "chart-100k.png");
        view.show("BTCUSDT");
        UiTestSupport.flush(display, 200);
        UiTestSupport.screenshot(view.getSite().getShell(), "chart.png");
    }

    private void post(int type, int x, int y, int button, int count) {
        Event e = new Event();
        e.type = type;
        e.x = x;
        e.y = y;
        e.button = button;
        e.count = count;
        assertTrue(display.post(e), "Display.post failed for event " + type);
        UiTestSupport.flush(display, 20);
    }

    /** The price pane's plot area: the first leaf of the chart's widget tree that has no children. */
    static Control plotAreaOf(Control control) {
        Control c = control;
        while (c instanceof org.eclipse.swt.widgets.Composite
                && ((org.eclipse.swt.widgets.Composite) c).getChildren().length > 0) {
            Control[] kids = ((org.eclipse.swt.widgets.Composite) c).getChildren();
            Control next = kids[0];
            for (Control k : kids) {
                if (k.getData("pane") != null) {
                    return k;
                }
                if (k instanceof org.eclipse.swt.widgets.Composite && next == kids[0]) {
                    next = k;
                }
            }
            c = next;
        }
        return c;
    }
}
