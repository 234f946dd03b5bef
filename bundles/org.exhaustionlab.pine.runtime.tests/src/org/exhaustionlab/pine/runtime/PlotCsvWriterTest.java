package org.exhaustionlab.pine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PlotCsvWriterTest {

    @Test
    void writesTimeThenOneColumnPerPlotWithExactTitlesAndValues() throws IOException {
        RunResult r = Scripts.run("""
                //@version=6
                indicator("csv")
                plot(close / 3, "ta.sma(close, 10)")
                plot(bar_index == 0 ? na : 1, "x")
                bgcolor(color.red)
                """, Scripts.bars(1, 2));
        StringWriter out = new StringWriter();
        PlotCsvWriter.write(r, out);
        long t0 = r.time()[0];
        assertEquals("time,\"ta.sma(close, 10)\",x\n"
                + t0 + "," + (1.0 / 3) + ",\n"
                + (t0 + 60_000) + "," + (2.0 / 3) + ",1.0\n", out.toString());
        assertEquals(1.0 / 3, Double.parseDouble(out.toString().split("\n")[1].split(",")[1]));
    }
}
