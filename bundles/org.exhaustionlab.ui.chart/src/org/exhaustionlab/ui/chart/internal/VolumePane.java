package org.exhaustionlab.ui.chart.internal;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.exhaustionlab.market.BarSeries;

/** Volume columns coloured by the candle's direction. */
final class VolumePane extends Pane {

    VolumePane(SwtChartViewer viewer, Composite parent) {
        super(viewer, parent, "Volume");
    }

    @Override
    double[] valueRange(int from, int to) {
        double[] volume = viewer.data.bars().volumes();
        double hi = 0;
        for (int i = from; i < to; i++) {
            if (volume[i] > hi) {
                hi = volume[i];
            }
        }
        return new double[] { 0, hi };
    }

    @Override
    void paint(GC gc, Rectangle area) {
        BarSeries bars = viewer.data.bars();
        double[] volume = bars.volumes();
        double[] open = bars.opens();
        double[] close = bars.closes();
        double ppb = pixelsPerBar(area);
        int width = ppb >= 3 ? Math.max(1, (int) (ppb * 0.7)) : 1;
        int zero = y(0, area);
        int lastX = Integer.MIN_VALUE;
        double lastMax = 0;
        for (int i = viewer.from; i < viewer.to; i++) {
            if (!(volume[i] > 0)) {
                continue;
            }
            int x = x(i, area);
            if (width == 1 && x == lastX) {
                if (volume[i] <= lastMax) {
                    continue; // dense: the tallest column of a pixel is what shows
                }
            } else {
                lastMax = 0;
            }
            lastX = x;
            lastMax = Math.max(lastMax, volume[i]);
            gc.setBackground(viewer.colors.get((close[i] >= open[i] ? Colors.UP : Colors.DOWN) & 0x80FFFFFF));
            int y = y(volume[i], area);
            gc.fillRectangle(x - width / 2, y, width, Math.max(1, zero - y));
        }
    }

    @Override
    String readout(int bar) {
        return "Vol " + PricePane.fmt(viewer.data.bars().volume(bar));
    }
}
