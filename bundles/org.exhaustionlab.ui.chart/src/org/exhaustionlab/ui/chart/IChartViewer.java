package org.exhaustionlab.ui.chart;

import org.eclipse.swt.widgets.Control;

/**
 * A TradingView-style chart: candles and volume, indicator panels with synchronised time axes, markers, wheel zoom,
 * drag pan, double-click reset and a crosshair with a readout. Create one with {@link ChartViewers#create}; use it
 * from the UI thread only.
 */
public interface IChartViewer {

    Control getControl();

    void setData(ChartData data);

    ChartData getData();

    /** Shows bars {@code [from, to)} (clamped to the data). */
    void setVisibleRange(int from, int to);

    int getVisibleFrom();

    int getVisibleTo();

    /** Back to the default view: the latest bars. */
    void reset();

    /** Places the crosshair on a bar (as hovering would) and returns the readout text. */
    String crosshairAt(int barIndex);

    /**
     * Best bid and ask as horizontal lines over the price (a live feed's book ticker); NaN removes a line. Kept until
     * changed, across {@link #setData}.
     */
    void setBidAsk(double bid, double ask);

    /** {bid, ask} as last set (NaN when none). */
    double[] getBidAsk();

    /**
     * A live bar: replaces the forming (last) candle in place when it opens at the same time, else appends it. The
     * view keeps following the latest bar if it showed it.
     */
    void updateLastBar(org.exhaustionlab.market.Bar bar);

    /** The strategy trades entering or exiting at a bar, as the readout and the tooltip show them ("" when none). */
    String tradesAt(int barIndex);

    /** Nanoseconds the last repaint of the price pane took (for the redraw measurement). */
    long lastPaintNanos();
}
