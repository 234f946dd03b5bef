package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.runtime.InputInfo;
import org.exhaustionlab.pine.runtime.RunResult;

/** What the compiler learnt about a script's outputs and inputs (immutable after compilation). */
final class Outputs {
    record PlotDef(String title, String kind) {
    }

    final List<PlotDef> plots = new ArrayList<>();
    final List<InputInfo> inputs = new ArrayList<>();
    final List<RunResult.HLine> hlines = new ArrayList<>();
    String title = "";
    boolean strategy;
    boolean usesStrategyCalls;
    boolean hasLoops;
    /** Live drawings kept per type (max_lines_count, ... of the declaration); types not listed keep 500. */
    final java.util.Map<String, Integer> drawingLimits = new java.util.HashMap<>();
    /** strategy(...) declaration handed to the strategy host before the first bar, or null. */
    Ex declaration;

    int plot(String title, String kind) {
        String t = title == null || title.isEmpty() ? kind + " " + (plots.size() + 1) : title;
        plots.add(new PlotDef(t, kind));
        return plots.size() - 1;
    }
}
