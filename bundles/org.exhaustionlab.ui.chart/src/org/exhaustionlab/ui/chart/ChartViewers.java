package org.exhaustionlab.ui.chart;

import org.eclipse.swt.widgets.Composite;
import org.exhaustionlab.ui.chart.internal.SwtChartViewer;

/** Creates chart viewers; the implementation behind the interface is SWTChart's plot area with our own painting. */
public final class ChartViewers {

    private ChartViewers() {
    }

    public static IChartViewer create(Composite parent) {
        return new SwtChartViewer(parent);
    }
}
