package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.NA;
import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.junit.jupiter.api.Test;

/** Quarter, half-year, year and 2-week periods in request.security and the timeframe.* functions. */
class MultiPeriodTimeframesTest {

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void securityAndTimeframeFunctionsOnQuartersYearsAndTwoWeeks() {
        // daily bars from 2024-01-01: bar 90 is 2024-03-31 (last day of Q1), bar 91 is 2024-04-01
        BarSeries daily = DemoMarket.generate("BTCUSDT", Timeframe.DAY_1, ms("2024-01-01T00:00:00Z"), 400, 3);
        RunResult r = run("""
                //@version=6
                indicator("periods")
                plot(request.security(syminfo.tickerid, "3M", time), "quarter")
                plot(request.security(syminfo.tickerid, "6M", time), "half")
                plot(request.security(syminfo.tickerid, "12M", time), "year")
                plot(request.security(syminfo.tickerid, "2W", time), "twoWeeks")
                plot(timeframe.in_seconds("3M"), "seconds")
                plot(timeframe.change("3M") ? 1 : 0, "change")
                """, daily);
        double[] quarter = column(r, "quarter");
        // without lookahead a higher-timeframe bar's value appears on the chart bar that completes it
        assertEquals(NA, quarter[89]);
        assertEquals(ms("2024-01-01T00:00:00Z"), quarter[90]);
        assertEquals(ms("2024-01-01T00:00:00Z"), quarter[180]);
        assertEquals(ms("2024-04-01T00:00:00Z"), quarter[181]);
        double[] half = column(r, "half");
        assertEquals(NA, half[180]);
        assertEquals(ms("2024-01-01T00:00:00Z"), half[181]);
        assertEquals(ms("2024-07-01T00:00:00Z"), half[366]);
        double[] year = column(r, "year");
        assertEquals(NA, year[364]);
        assertEquals(ms("2024-01-01T00:00:00Z"), year[365]);
        // 2-week bars open 2024-01-08 and 2024-01-22: the one from 01-08 is complete on 01-21 (bar 20)
        double[] twoWeeks = column(r, "twoWeeks");
        assertEquals(ms("2023-12-25T00:00:00Z"), twoWeeks[19]);
        assertEquals(ms("2024-01-08T00:00:00Z"), twoWeeks[20]);
        assertEquals(3 * 2_628_003.0, column(r, "seconds")[0]);
        double[] change = column(r, "change");
        assertEquals(0, change[90]);
        assertEquals(1, change[91]);
        assertEquals(1, change[182]);
        assertEquals(1, change[366]);
    }
}
