package org.exhaustionlab.ui.chart.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Rectangle;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.ui.chart.TradeMarker;

/**
 * Strategy trades on the price pane, TradingView style: an up arrow under the bar where the strategy buys (long
 * entry, short exit) and a down arrow over it where it sells, and a dotted line between a trade's fills, green for a
 * win and red for a loss. Arrows and lines are collected into one path per colour, so hundreds of trades cost a few
 * fills instead of hundreds of calls; arrows that would land on the same pixel column are drawn once.
 */
final class TradePainter {

    static final int BUY = 0xFF2962FF;
    static final int SELL = 0xFFE91E63;
    private static final int WIN = 0xFF26A69A;
    private static final int LOSS = 0xFFEF5350;

    private TradePainter() {
    }

    static void paint(Pane pane, GC gc, Rectangle area, List<TradeMarker> trades) {
        if (trades.isEmpty()) {
            return;
        }
        SwtChartViewer viewer = pane.viewer;
        BarSeries bars = viewer.data.bars();
        int size = (int) Math.max(6, Math.min(12, pane.pixelsPerBar(area)));
        Path buys = new Path(gc.getDevice());
        Path sells = new Path(gc.getDevice());
        Path wins = new Path(gc.getDevice());
        Path losses = new Path(gc.getDevice());
        try {
            int lastBuyX = Integer.MIN_VALUE;
            int lastSellX = Integer.MIN_VALUE;
            for (TradeMarker t : trades) {
                if (t.exitBar() < viewer.from || t.entryBar() >= viewer.to) {
                    continue;
                }
                int x1 = pane.x(t.entryBar(), area);
                int x2 = pane.x(t.exitBar(), area);
                if (x2 - x1 > 2) {
                    Path line = t.profit() >= 0 ? wins : losses;
                    line.moveTo(x1, pane.y(t.entryPrice(), area));
                    line.lineTo(x2, pane.y(t.exitPrice(), area));
                }
                if (t.entryBar() >= viewer.from) {
                    if (t.isLong() && x1 != lastBuyX) {
                        up(buys, x1, pane.y(bars.low(t.entryBar()), area) + 3, size);
                        lastBuyX = x1;
                    } else if (!t.isLong() && x1 != lastSellX) {
                        down(sells, x1, pane.y(bars.high(t.entryBar()), area) - 3, size);
                        lastSellX = x1;
                    }
                }
                if (!t.open() && t.exitBar() < viewer.to) {
                    if (t.isLong() && x2 != lastSellX) {
                        down(sells, x2, pane.y(bars.high(t.exitBar()), area) - 3, size);
                        lastSellX = x2;
                    } else if (!t.isLong() && x2 != lastBuyX) {
                        up(buys, x2, pane.y(bars.low(t.exitBar()), area) + 3, size);
                        lastBuyX = x2;
                    }
                }
            }
            // dotted joins read better, but dashing a long path is slow: when bars are denser than pixels the
            // joins are only a few pixels long and are drawn solid
            gc.setLineStyle(pane.pixelsPerBar(area) < 1 ? SWT.LINE_SOLID : SWT.LINE_DOT);
            gc.setForeground(viewer.colors.get(WIN));
            gc.drawPath(wins);
            gc.setForeground(viewer.colors.get(LOSS));
            gc.drawPath(losses);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setBackground(viewer.colors.get(BUY));
            gc.fillPath(buys);
            gc.setBackground(viewer.colors.get(SELL));
            gc.fillPath(sells);
        } finally {
            buys.dispose();
            sells.dispose();
            wins.dispose();
            losses.dispose();
        }
    }

    /** An up arrow whose tip touches (x, top). */
    private static void up(Path path, int x, int top, int size) {
        int r = size / 2;
        path.moveTo(x, top);
        path.lineTo(x + r, top + r);
        path.lineTo(x + r / 3, top + r);
        path.lineTo(x + r / 3, top + size);
        path.lineTo(x - r / 3, top + size);
        path.lineTo(x - r / 3, top + r);
        path.lineTo(x - r, top + r);
        path.close();
    }

    /** A down arrow whose tip touches (x, bottom). */
    private static void down(Path path, int x, int bottom, int size) {
        int r = size / 2;
        path.moveTo(x, bottom);
        path.lineTo(x + r, bottom - r);
        path.lineTo(x + r / 3, bottom - r);
        path.lineTo(x + r / 3, bottom - size);
        path.lineTo(x - r / 3, bottom - size);
        path.lineTo(x - r / 3, bottom - r);
        path.lineTo(x - r, bottom - r);
        path.close();
    }
}
