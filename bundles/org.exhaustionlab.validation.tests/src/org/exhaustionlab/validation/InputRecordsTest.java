package org.exhaustionlab.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InputRecordsTest {

    @Test
    void equityCurveCopiesItsArrays() {
        long[] t = {1, 2, 3};
        double[] e = {100, 110, 99};
        EquityCurve c = new EquityCurve(t, e);
        e[0] = 1;
        c.equity()[1] = 5;
        assertEquals(100, c.equityAt(0));
        assertEquals(110, c.equityAt(1));
        assertArrayEquals(new double[] {0.1, -0.1}, c.simpleReturns(), 1e-12);
        assertEquals(-0.01, c.totalReturn(), 1e-12);
    }

    @Test
    void equityCurveRejectsBadData() {
        assertThrows(IllegalArgumentException.class, () -> new EquityCurve(new long[] {1, 1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> new EquityCurve(new long[] {1, 2}, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> new EquityCurve(new long[] {1}, new double[] {1, 2}));
    }

    @Test
    void annualisedReturnCompoundsOverTheTimeSpan() {
        long twoYears = (long) (2 * TimeUnits.MILLIS_PER_YEAR);
        assertEquals(0.2, new EquityCurve(new long[] {0, twoYears}, new double[] {100, 144}).annualisedReturn(), 1e-12); // √1.44 − 1
    }

    @Test
    void tradeOutcome() {
        TradeOutcome t = new TradeOutcome(10, 20, Direction.SHORT, 2000, 50);
        assertEquals(0.025, t.returnFraction(), 1e-15);
        assertEquals(-10, t.withProfit(-10).profit());
        assertThrows(IllegalArgumentException.class, () -> new TradeOutcome(20, 10, Direction.LONG, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TradeOutcome(0, 1, Direction.LONG, 0, 0));
    }

    @Test
    void returnSeriesValidates() {
        ReturnSeries s = new ReturnSeries(new long[] {0, 1}, new double[] {0.01, -0.02}, 365);
        assertEquals(2, s.size());
        assertThrows(IllegalArgumentException.class, () -> new ReturnSeries(new long[] {0}, new double[] {-1.5}, 365));
        assertThrows(IllegalArgumentException.class, () -> new ReturnSeries(new long[] {0}, new double[] {0.1}, 0));
    }
}
