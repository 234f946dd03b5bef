package org.exhaustionlab.validation.walkforward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.TimeUnits;
import org.junit.jupiter.api.Test;

class OosStitcherTest {

    @Test
    void segmentsCompoundFromWhereThePreviousEnded() {
        EquityCurve a = new EquityCurve(new long[] {0, 1, 2}, new double[] {100, 110, 121});
        EquityCurve b = new EquityCurve(new long[] {2, 3, 4}, new double[] {50, 45, 60}); // −10 %, then +33.3 %
        EquityCurve s = OosStitcher.stitch(List.of(a, b), 1000);
        assertArrayEquals(new long[] {0, 1, 2, 3, 4}, s.time()); // the shared time 2 appears once
        assertArrayEquals(new double[] {1000, 1100, 1210, 1089, 1452}, s.equity(), 1e-9);
    }

    @Test
    void overlappingSegmentsAreRejected() {
        EquityCurve a = new EquityCurve(new long[] {0, 5}, new double[] {1, 2});
        EquityCurve b = new EquityCurve(new long[] {3, 8}, new double[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> OosStitcher.stitch(List.of(a, b), 1));
        assertThrows(IllegalArgumentException.class, () -> OosStitcher.stitch(List.of(), 1));
    }

    @Test
    void efficiencyIsOutOfSampleOverInSampleAnnualisedReturn() {
        assertEquals(0.5, WalkForwardEfficiency.of(0.1, 0.2), 1e-15);
        assertEquals(-0.25, WalkForwardEfficiency.of(-0.05, 0.2), 1e-15);
        assertEquals(Double.NaN, WalkForwardEfficiency.of(0.1, 0.0));
        assertEquals(Double.NaN, WalkForwardEfficiency.of(0.1, -0.1));
    }

    @Test
    void efficiencyFromCurves() {
        long year = (long) TimeUnits.MILLIS_PER_YEAR;
        // IS windows: one year +20 %, one year +40 % → mean annualised 30 %
        List<EquityCurve> is = List.of(new EquityCurve(new long[] {0, year}, new double[] {1, 1.2}),
                new EquityCurve(new long[] {year / 2, year / 2 + year}, new double[] {1, 1.4}));
        // OOS: two half-years of ×√1.1 each → stitched one year +10 %
        double half = Math.sqrt(1.1);
        List<EquityCurve> oos = List.of(new EquityCurve(new long[] {year, year + year / 2}, new double[] {1, half}),
                new EquityCurve(new long[] {year + year / 2, 2 * year}, new double[] {1, half}));
        assertEquals(0.1 / 0.3, WalkForwardEfficiency.of(is, oos), 1e-9);
    }
}
