package org.exhaustionlab.pine.runtime;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a run's plots as CSV: {@code time} (epoch ms) then one column per plot headed by its title exactly as
 * written in the script (quoted when it contains a comma, quote or line break); na is an empty cell; numbers use
 * {@link Double#toString} so they read back bit-exactly. Colour-only outputs (bgcolor, barcolor, fill) have no
 * values and are left out.
 */
public final class PlotCsvWriter {
    private PlotCsvWriter() {
    }

    public static void write(RunResult result, Writer out) throws IOException {
        java.util.List<PlotColumn> columns = result.plots().stream()
                .filter(p -> !java.util.Set.of("bgcolor", "barcolor", "fill").contains(p.kind())).toList();
        StringBuilder line = new StringBuilder("time");
        for (PlotColumn p : columns) {
            line.append(',').append(quote(p.title()));
        }
        out.write(line.append('\n').toString());
        for (int i = 0; i < result.bars(); i++) {
            line.setLength(0);
            line.append(result.time()[i]);
            for (PlotColumn p : columns) {
                line.append(',');
                double v = p.values()[i];
                if (!Double.isNaN(v)) {
                    line.append(Double.toString(v));
                }
            }
            out.write(line.append('\n').toString());
        }
        out.flush();
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
