package org.exhaustionlab.validation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.exhaustionlab.validation.EquityCurve;
import org.junit.jupiter.api.Test;

class MonthlyReturnsTest {

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    /** Jan +10 %, Feb +10 %, March has no data, April −10 %. */
    private static EquityCurve curve() {
        return new EquityCurve(
                new long[] {at("2026-01-01T00:00:00Z"), at("2026-01-31T23:59:00Z"), at("2026-02-15T00:00:00Z"), at("2026-02-28T12:00:00Z"),
                    at("2026-04-10T00:00:00Z")},
                new double[] {100, 110, 99, 121, 108.9});
    }

    @Test
    void tableUsesLastEquityOfEachMonthAndSkipsEmptyMonths() {
        List<MonthlyReturn> table = MonthlyReturns.table(curve());
        assertEquals(3, table.size());
        assertEquals(YearMonth.of(2026, 1), table.get(0).month());
        assertEquals(0.10, table.get(0).returnFraction(), 1e-12); // 110 / 100
        assertEquals(0.10, table.get(1).returnFraction(), 1e-12); // 121 / 110
        assertEquals(YearMonth.of(2026, 4), table.get(2).month());
        assertEquals(-0.10, table.get(2).returnFraction(), 1e-12); // 108.9 / 121
    }

    @Test
    void consistencyIsStdevOfMonthlyReturns() {
        // {0.1, 0.1, −0.1}: mean 1/30, Σd² = 2·(1/15)² + (2/15)² = 6/225 → var 3/225 → sd 0.11547005
        assertEquals(Math.sqrt(3.0 / 225), MonthlyReturns.monthlyVolatility(curve()), 1e-12);
    }

    @Test
    void monthBoundaryIsUtc() {
        assertEquals(YearMonth.of(2026, 1), MonthlyReturns.monthOf(at("2026-01-31T23:59:59Z")));
        assertEquals(YearMonth.of(2026, 2), MonthlyReturns.monthOf(at("2026-02-01T00:00:00Z")));
    }

    @Test
    void singleMonthHasNoVolatility() {
        EquityCurve c = new EquityCurve(new long[] {at("2026-01-01T00:00:00Z"), at("2026-01-05T00:00:00Z")}, new double[] {1, 2});
        assertTrue(Double.isNaN(MonthlyReturns.monthlyVolatility(c)));
    }
}
