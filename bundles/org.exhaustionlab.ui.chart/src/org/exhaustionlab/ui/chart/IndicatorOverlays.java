package org.exhaustionlab.ui.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.PlotColumn;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;

/**
 * The platform's own indicators on the chart, computed by the Pine engine from the shipped scripts: LazyBear's
 * Squeeze Momentum as a histogram panel and the L1/L2/L3 exhaustion markers on the bars.
 */
final class IndicatorOverlays {

    private static final String[][] LEVELS = { { "L1", "DIAMOND" }, { "L2", "XCROSS" }, { "L3", "FLAG" } };

    private IndicatorOverlays() {
    }

    /** The shipped pine/ folder (the launcher and the build pass -Dexhaustionlab.pine), or null. */
    static Path pineFolder() {
        String configured = System.getProperty("exhaustionlab.pine");
        Path folder = configured != null ? Path.of(configured) : Path.of("pine");
        return Files.isDirectory(folder.resolve("indicators")) ? folder : null;
    }

    /** {@code data} with the squeeze panel and exhaustion markers; unchanged when the scripts are not available. */
    static ChartData add(ChartData data) {
        Path pine = pineFolder();
        if (pine == null) {
            return data;
        }
        BarSeries bars = data.bars();
        RunResult squeeze = run(pine.resolve("indicators/squeeze_momentum.pine"), bars);
        RunResult exhaustion = run(pine.resolve("indicators/exhaustion_signal.pine"), bars);
        ChartData out = data;
        if (squeeze != null && squeeze.plot("Momentum") != null) {
            PlotColumn momentum = squeeze.plot("Momentum");
            out = out.withPanel(new Panel("Squeeze Momentum",
                    List.of(Plot.histogram("Momentum", momentum.values(), colors(momentum)))));
        }
        if (exhaustion != null) {
            List<Marker> markers = new ArrayList<>();
            for (String side : new String[] { "Bullish", "Bearish" }) {
                boolean bullish = side.equals("Bullish");
                for (String[] level : LEVELS) {
                    PlotColumn column = exhaustion.plot(side + " " + level[0]);
                    if (column == null) {
                        continue;
                    }
                    for (int i = 0; i < column.values().length; i++) {
                        double v = column.values()[i];
                        if (!Double.isNaN(v) && v != 0) {
                            markers.add(new Marker(i, bullish ? Marker.Position.BELOW_BAR : Marker.Position.ABOVE_BAR,
                                    Marker.Shape.valueOf(level[1]), bullish ? 0xFF30FF85 : 0xFFFF1200, level[0]));
                        }
                    }
                }
            }
            out = out.withMarkers(markers);
        }
        return out;
    }

    private static RunResult run(Path script, BarSeries bars) {
        try {
            PineProgram program = PineEngine.compile(Files.readString(script, StandardCharsets.UTF_8), script.toString());
            if (program.hasErrors()) {
                return null;
            }
            RunResult result = program.run(bars, RunOptions.defaults());
            return result.ok() ? result : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static int[] colors(PlotColumn column) {
        long[] source = column.colors();
        if (source == null) {
            return null;
        }
        int[] out = new int[source.length];
        for (int i = 0; i < source.length; i++) {
            out[i] = source[i] == Long.MIN_VALUE ? 0 : (int) source[i] | 0xFF000000;
        }
        return out;
    }
}
