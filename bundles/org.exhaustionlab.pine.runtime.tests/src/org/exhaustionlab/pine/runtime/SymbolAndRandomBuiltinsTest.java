package org.exhaustionlab.pine.runtime;

import static org.exhaustionlab.pine.runtime.Scripts.column;
import static org.exhaustionlab.pine.runtime.Scripts.ramp;
import static org.exhaustionlab.pine.runtime.Scripts.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** syminfo.* of a crypto pair, the dayofweek.* constants, variables without data (na), and math.random. */
class SymbolAndRandomBuiltinsTest {

    @Test
    void symbolPropertiesOfACryptoPair() {
        // Scripts.bars: symbol TEST, tick 0.01, lot 0.001, no exchange
        RunResult r = run("""
                //@version=6
                indicator("sym")
                plot(syminfo.prefix == "" ? 1 : 0, "prefix")
                plot(syminfo.root == syminfo.ticker ? 1 : 0, "root")
                plot(syminfo.session == session.regular ? 1 : 0, "session")
                plot(syminfo.minmove, "minmove")
                plot(syminfo.pricescale, "pricescale")
                plot(syminfo.mincontract, "mincontract")
                plot(syminfo.volumetype == "base" ? 1 : 0, "volumetype")
                plot(dayofweek.sunday * 10 + dayofweek.saturday, "days")
                plot(dayofweek == dayofweek.tuesday ? 1 : 0, "tuesday")
                plot(na(syminfo.sector) and na(syminfo.employees) and na(syminfo.target_price_average)
                     and na(syminfo.expiration_date) and na(earnings.future_eps) and na(dividends.future_ex_date)
                     and na(ask) and na(bid) ? 1 : 0, "no data")
                """, ramp(2));
        assertArrayEquals(new double[] {1, 1}, column(r, "prefix"));
        assertArrayEquals(new double[] {1, 1}, column(r, "root"));
        assertArrayEquals(new double[] {1, 1}, column(r, "session"));
        assertArrayEquals(new double[] {1, 1}, column(r, "minmove"));
        assertArrayEquals(new double[] {100, 100}, column(r, "pricescale"));
        assertArrayEquals(new double[] {0.001, 0.001}, column(r, "mincontract"));
        assertArrayEquals(new double[] {1, 1}, column(r, "volumetype"));
        assertArrayEquals(new double[] {17, 17}, column(r, "days"));
        // the test bars start 2023-11-14 22:15 UTC, a Tuesday
        assertArrayEquals(new double[] {1, 1}, column(r, "tuesday"));
        assertArrayEquals(new double[] {1, 1}, column(r, "no data"));
    }

    private static final String RANDOM = """
            //@version=6
            indicator("random")
            plot(math.random(), "unit")
            plot(math.random(10, 20), "range")
            plot(math.random(0, 1, 42), "seeded")
            plot(math.random(0, 1, 42), "seeded again")
            plot(math.random(na, 1), "na")
            """;

    @Test
    void randomNumbersStayInRangeAndSeedsRepeat() {
        RunResult r = run(RANDOM, ramp(50));
        Set<Double> distinct = new HashSet<>();
        for (double v : column(r, "unit")) {
            assertTrue(v >= 0 && v < 1, "in [0, 1): " + v);
            distinct.add(v);
        }
        assertTrue(distinct.size() > 45, "a sequence, not a constant");
        for (double v : column(r, "range")) {
            assertTrue(v >= 10 && v < 20, "in [10, 20): " + v);
        }
        // two call sites with the same seed draw the same sequence
        assertArrayEquals(column(r, "seeded"), column(r, "seeded again"));
        assertNotEquals(column(r, "seeded")[0], column(r, "seeded")[1]);
        assertTrue(Double.isNaN(column(r, "na")[0]));
        // runs are reproducible
        RunResult again = run(RANDOM, ramp(50));
        assertArrayEquals(column(r, "unit"), column(again, "unit"));
        assertEquals(column(r, "seeded")[7], column(again, "seeded")[7]);
    }
}
