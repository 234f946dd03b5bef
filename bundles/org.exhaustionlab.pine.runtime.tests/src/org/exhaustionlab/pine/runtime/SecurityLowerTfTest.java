package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.NA;
import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Resampler;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.Test;

/** request.security_lower_tf: the intrabar values of each chart bar from supplied lower-timeframe bars. */
class SecurityLowerTfTest {

    static final String SCRIPT = """
            //@version=6
            indicator("ltf")
            arr = request.security_lower_tf(syminfo.tickerid, "1", close)
            plot(arr.size(), "n")
            plot(arr.size() > 0 ? arr.get(0) : na, "first")
            plot(arr.size() > 0 ? arr.last() : na, "last")
            s = request.security_lower_tf(syminfo.tickerid, "1", ta.sma(close, 2))
            plot(s.size() > 0 ? s.get(0) : na, "sma0")
            same = request.security_lower_tf(syminfo.tickerid, "5", close)
            plot(same.size(), "sameN")
            plot(same.get(0), "sameValue")
            up = request.security_lower_tf(syminfo.tickerid, "1", close > open)
            plot(up.size(), "boolN")
            """;

    @Test
    void intrabarValuesOfEachChartBar() {
        BarSeries minutes = ramp(12); // closes 100..111, one-minute bars, the first on a 5-minute boundary
        BarSeries chart = Resampler.resample(minutes, Timeframe.parse("5m"));
        RunResult r = Scripts.run(SCRIPT, chart, RunOptions.defaults().withSecurities(Map.of("TEST", minutes)));
        assertArrayEquals(new double[] {5, 5, 2}, column(r, "n"));
        assertArrayEquals(new double[] {100, 105, 110}, column(r, "first"));
        assertArrayEquals(new double[] {104, 109, 111}, column(r, "last"));
        // the expression's ta state runs over every lower bar: sma(close, 2) on minute 5 = (104 + 105) / 2
        assertArrayEquals(new double[] {NA, 104.5, 109.5}, column(r, "sma0"));
        assertArrayEquals(new double[] {1, 1, 1}, column(r, "sameN"));
        assertArrayEquals(column(r, "last"), column(r, "sameValue"));
        assertArrayEquals(new double[] {5, 5, 2}, column(r, "boolN"));
    }

    @Test
    void aTupleGivesOneArrayPerElement() {
        BarSeries minutes = ramp(12);
        BarSeries chart = Resampler.resample(minutes, Timeframe.parse("5m"));
        RunResult r = Scripts.run("""
                //@version=6
                indicator("ltf tuple")
                [closes, ups, idx] = request.security_lower_tf(syminfo.tickerid, "1", [close, close > open, bar_index])
                plot(closes.size(), "n")
                plot(closes.size() > 0 ? closes.last() : na, "last")
                plot(ups.size(), "boolN")
                plot(idx.size() > 0 ? idx.get(0) : na, "firstIndex")
                """, chart, RunOptions.defaults().withSecurities(Map.of("TEST", minutes)));
        assertArrayEquals(new double[] {5, 5, 2}, column(r, "n"));
        assertArrayEquals(new double[] {104, 109, 111}, column(r, "last"));
        assertArrayEquals(new double[] {5, 5, 2}, column(r, "boolN"));
        assertArrayEquals(new double[] {0, 5, 10}, column(r, "firstIndex"));
    }

    @Test
    void missingLowerTimeframeDataIsARuntimeError() {
        BarSeries chart = Resampler.resample(ramp(10), Timeframe.parse("5m"));
        RunResult r = Scripts.compile(SCRIPT).run(chart, RunOptions.defaults());
        assertFalse(r.ok());
        assertTrue(r.failure().message().contains("no 1 bars of \"TEST\""), r.failure().message());
    }
}
