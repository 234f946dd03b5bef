package org.exhaustionlab.pine.runtime;

import java.util.List;

/**
 * Outputs of one run.
 *
 * @param time     bar open times (epoch ms) of the bars run
 * @param plots    plotted columns in script order
 * @param hlines   horizontal lines (hline) as declared
 * @param events   alerts, alertconditions and logs in bar order
 * @param drawings lines, labels, boxes, tables, polylines the script created, in creation order
 * @param failure  the runtime error that stopped the script, or null
 * @param notes    informational remarks (e.g. strategy calls ignored without a host)
 * @param bars     bars executed
 * @param nanos    wall time of the bar loop
 */
public record RunResult(long[] time, List<PlotColumn> plots, List<HLine> hlines, List<ScriptEvent> events,
        List<DrawingObject> drawings, RuntimeFailure failure, List<String> notes, int bars, long nanos) {

    public record HLine(String title, double price, long color) {
    }

    /** The plot with this title, or null. */
    public PlotColumn plot(String title) {
        for (PlotColumn p : plots) {
            if (p.title().equals(title)) {
                return p;
            }
        }
        return null;
    }

    public boolean ok() {
        return failure == null;
    }
}
