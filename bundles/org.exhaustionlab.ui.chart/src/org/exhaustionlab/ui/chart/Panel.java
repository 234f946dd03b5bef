package org.exhaustionlab.ui.chart;

import java.util.List;

/** An indicator pane below the price, e.g. Squeeze Momentum: its plots share one value axis. */
public record Panel(String title, List<Plot> plots) {

    public Panel {
        plots = List.copyOf(plots);
    }
}
