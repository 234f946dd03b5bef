package org.exhaustionlab.ui.chart.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.exhaustionlab.ui.chart.ChartData;
import org.exhaustionlab.ui.chart.IChartViewer;
import org.exhaustionlab.ui.chart.Panel;
import org.exhaustionlab.ui.chart.Plot;
import org.exhaustionlab.ui.chart.TradeMarker;

/**
 * The chart: price, volume and indicator panes stacked in a sash, sharing one bar range. Wheel zooms around the bar
 * under the mouse, drag pans, double-click resets, and the crosshair follows the mouse across all panes.
 */
public final class SwtChartViewer implements IChartViewer {

    static final int DEFAULT_VISIBLE = 300;
    static final int EQUITY_COLOR = 0xFF2962FF;
    private static final int MIN_VISIBLE = 10;

    private final SashForm sash;
    final Colors colors;
    final org.eclipse.swt.graphics.Font monospace;
    private final List<Pane> panes = new ArrayList<>();
    ChartData data;
    int from;
    int to;
    private int crosshairBar = -1;
    private Pane crosshairPane;
    private int crosshairY;
    private int dragStartX = Integer.MIN_VALUE;
    private int dragStartFrom;
    double bid = Double.NaN;
    double ask = Double.NaN;
    /** Trades by the bars they enter or exit on, for the readout and the tooltip. */
    private java.util.Map<Integer, List<TradeMarker>> tradesByBar = java.util.Map.of();

    public SwtChartViewer(Composite parent) {
        sash = new SashForm(parent, SWT.VERTICAL | SWT.SMOOTH);
        sash.setSashWidth(3);
        colors = new Colors(parent.getDisplay());
        monospace = new org.eclipse.swt.graphics.Font(parent.getDisplay(), "Monospace", 8, SWT.NORMAL);
        sash.addDisposeListener(e -> {
            colors.dispose();
            monospace.dispose();
        });
    }

    @Override
    public Control getControl() {
        return sash;
    }

    @Override
    public ChartData getData() {
        return data;
    }

    @Override
    public void setData(ChartData newData) {
        boolean sameBars = data != null && data.bars() == newData.bars();
        data = newData;
        tradesByBar = index(newData.trades());
        for (Pane pane : panes) {
            pane.chart.dispose();
        }
        panes.clear();
        panes.add(new PricePane(this, sash));
        panes.add(new VolumePane(this, sash));
        for (Panel panel : newData.panels()) {
            panes.add(new IndicatorPane(this, sash, panel));
        }
        if (newData.equity() != null) {
            panes.add(new IndicatorPane(this, sash, new Panel("Equity",
                    List.of(Plot.line("Equity", newData.equity(), EQUITY_COLOR)))));
        }
        int[] weights = new int[panes.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i == 0 ? 60 : i == 1 ? 15 : 25;
            panes.get(i).showTimeAxis(i == weights.length - 1);
            hookMouse(panes.get(i));
        }
        sash.setWeights(weights);
        sash.layout(true, true);
        if (sameBars) {
            setVisibleRange(from, to);
        } else {
            reset();
        }
    }

    @Override
    public void setVisibleRange(int newFrom, int newTo) {
        if (data == null) {
            return;
        }
        int size = data.bars().size();
        int width = Math.max(Math.min(MIN_VISIBLE, size), Math.min(size, newTo - newFrom));
        int start = Math.max(0, Math.min(newFrom, size - width));
        from = start;
        to = Math.min(size, start + width);
        for (Pane pane : panes) {
            pane.applyRange(from, to);
        }
    }

    @Override
    public int getVisibleFrom() {
        return from;
    }

    @Override
    public int getVisibleTo() {
        return to;
    }

    @Override
    public void reset() {
        int size = data.bars().size();
        setVisibleRange(Math.max(0, size - DEFAULT_VISIBLE), size);
    }

    @Override
    public String crosshairAt(int barIndex) {
        crosshairBar = Math.max(0, Math.min(barIndex, data.bars().size() - 1));
        redrawAll();
        return readout();
    }

    @Override
    public void setBidAsk(double newBid, double newAsk) {
        bid = newBid;
        ask = newAsk;
        if (!panes.isEmpty()) {
            panes.get(0).applyRange(from, to);
        }
    }

    @Override
    public double[] getBidAsk() {
        return new double[] { bid, ask };
    }

    @Override
    public void updateLastBar(org.exhaustionlab.market.Bar bar) {
        if (data == null) {
            return;
        }
        boolean followsLatest = to == data.bars().size();
        int width = to - from;
        ChartData next = data.withLiveBar(bar);
        if (next == data) {
            return;
        }
        if (next.bars().size() == data.bars().size()) {
            data = next; // the forming candle changed: same panes, new bar values
            setVisibleRange(from, to);
            return;
        }
        int oldFrom = from;
        int oldTo = to;
        setData(next); // indicator panes hold their plots: rebuild them for the grown series
        if (followsLatest) {
            setVisibleRange(next.bars().size() - width, next.bars().size());
        } else {
            setVisibleRange(oldFrom, oldTo);
        }
    }

    @Override
    public String tradesAt(int barIndex) {
        List<TradeMarker> at = tradesByBar.get(barIndex);
        if (at == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (TradeMarker t : at) {
            text.append(text.length() > 0 ? "; " : "").append(t.describe(barIndex));
        }
        return text.toString();
    }

    private static java.util.Map<Integer, List<TradeMarker>> index(List<TradeMarker> trades) {
        java.util.Map<Integer, List<TradeMarker>> byBar = new java.util.HashMap<>();
        for (TradeMarker t : trades) {
            byBar.computeIfAbsent(t.entryBar(), k -> new ArrayList<>()).add(t);
            if (!t.open() && t.exitBar() != t.entryBar()) {
                byBar.computeIfAbsent(t.exitBar(), k -> new ArrayList<>()).add(t);
            }
        }
        return byBar;
    }

    @Override
    public long lastPaintNanos() {
        return ((PricePane) panes.get(0)).lastPaintNanos;
    }

    /**
     * For the redraw measurement: paints the price pane's content (candles, plots, markers, trades, bid/ask) into an
     * off-screen image of the plot area's size {@code rounds} times; returns each paint's nanoseconds.
     */
    public long[] measurePricePaint(int rounds) {
        PricePane price = (PricePane) panes.get(0);
        Rectangle area = price.plotArea().getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(sash.getDisplay(),
                Math.max(1, area.width), Math.max(1, area.height));
        long[] nanos = new long[rounds];
        try {
            for (int i = 0; i < rounds; i++) {
                GC gc = new GC(image);
                try {
                    gc.setAntialias(SWT.OFF);
                    price.paint(gc, new Rectangle(0, 0, area.width, area.height));
                    nanos[i] = price.lastPaintNanos;
                } finally {
                    gc.dispose();
                }
            }
        } finally {
            image.dispose();
        }
        return nanos;
    }

    /**
     * For the redraw measurement: paints the content of every pane (price, volume, indicator and equity panels) into
     * off-screen images of their plot areas' sizes {@code rounds} times; returns per pane
     * {@code {width, height, best nanos, median nanos}}.
     */
    public long[][] measureAllPanesPaint(int rounds) {
        long[][] out = new long[panes.size()][];
        for (int p = 0; p < panes.size(); p++) {
            Pane pane = panes.get(p);
            Rectangle area = pane.plotArea().getBounds();
            long[] nanos = new long[rounds];
            org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(sash.getDisplay(),
                    Math.max(1, area.width), Math.max(1, area.height));
            try {
                for (int i = 0; i < rounds; i++) {
                    GC gc = new GC(image);
                    try {
                        gc.setAntialias(SWT.OFF);
                        long start = System.nanoTime();
                        pane.paint(gc, new Rectangle(0, 0, area.width, area.height));
                        nanos[i] = System.nanoTime() - start;
                    } finally {
                        gc.dispose();
                    }
                }
            } finally {
                image.dispose();
            }
            java.util.Arrays.sort(nanos);
            out[p] = new long[] { area.width, area.height, nanos[0], nanos[rounds / 2] };
        }
        return out;
    }

    String readout() {
        if (crosshairBar < 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Pane pane : panes) {
            if (text.length() > 0) {
                text.append("  |  ");
            }
            text.append(pane.readout(crosshairBar));
        }
        String trades = tradesAt(crosshairBar);
        if (!trades.isEmpty()) {
            text.append("  |  ").append(trades);
        }
        return text.toString();
    }

    private void hookMouse(Pane pane) {
        Control area = pane.plotArea();
        Listener listener = (Event e) -> handle(pane, e);
        for (int type : new int[] { SWT.MouseMove, SWT.MouseDown, SWT.MouseUp, SWT.MouseWheel,
                SWT.MouseDoubleClick, SWT.MouseExit }) {
            area.addListener(type, listener);
        }
    }

    private void handle(Pane pane, Event e) {
        Rectangle area = pane.plotArea().getBounds();
        int bar = (int) Math.floor(from - 0.5 + (e.x / (double) Math.max(1, area.width)) * (to - from) + 0.5);
        switch (e.type) {
        case SWT.MouseWheel:
            zoom(e.count > 0 ? 0.8 : 1.25, bar);
            break;
        case SWT.MouseDown:
            if (e.button == 1) {
                dragStartX = e.x;
                dragStartFrom = from;
            }
            break;
        case SWT.MouseUp:
            dragStartX = Integer.MIN_VALUE;
            break;
        case SWT.MouseDoubleClick:
            reset();
            break;
        case SWT.MouseExit:
            crosshairBar = -1;
            redrawAll();
            break;
        default: // move
            if (dragStartX != Integer.MIN_VALUE) {
                int shift = (int) Math.round((dragStartX - e.x) / Math.max(1e-9, area.width / (double) (to - from)));
                setVisibleRange(dragStartFrom + shift, dragStartFrom + shift + (to - from));
            }
            crosshairBar = Math.max(0, Math.min(bar, data.bars().size() - 1));
            String trades = tradesAt(crosshairBar);
            String tip = trades.isEmpty() ? null : trades;
            if (!java.util.Objects.equals(tip, pane.plotArea().getToolTipText())) {
                pane.plotArea().setToolTipText(tip);
            }
            crosshairPane = pane;
            crosshairY = e.y;
            redrawAll();
        }
    }

    private void zoom(double factor, int anchor) {
        int width = to - from;
        int newWidth = (int) Math.max(MIN_VISIBLE, Math.round(width * factor));
        double share = (anchor - from) / (double) Math.max(1, width);
        int newFrom = (int) Math.round(anchor - share * newWidth);
        setVisibleRange(newFrom, newFrom + newWidth);
    }

    private void redrawAll() {
        for (Pane pane : panes) {
            pane.chart.getPlotArea().redraw();
        }
    }

    void paintCrosshair(Pane pane, GC gc, Rectangle area) {
        if (crosshairBar < from || crosshairBar >= to) {
            return;
        }
        gc.setForeground(colors.get(Colors.CROSSHAIR));
        gc.setLineStyle(SWT.LINE_DOT);
        int x = pane.x(crosshairBar, area);
        gc.drawLine(x, 0, x, area.height);
        if (pane == crosshairPane) {
            gc.drawLine(0, crosshairY, area.width, crosshairY);
            String value = PricePane.fmt(pane.valueAt(crosshairY, area));
            gc.setForeground(colors.get(Colors.TEXT));
            gc.drawString(value, area.width - gc.textExtent(value).x - 4, Math.max(0, crosshairY - 16), true);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        if (pane == panes.get(0)) {
            gc.setForeground(colors.get(Colors.TEXT));
            gc.drawString(readout(), 6, 4, true);
        }
    }
}
