package org.exhaustionlab.validation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TailRiskTest {

    private static double[] percentSteps(int from, int to) {
        double[] r = new double[to - from + 1];
        for (int i = from; i <= to; i++) {
            r[i - from] = i / 100.0;
        }
        return r;
    }

    @Test
    void fortyReturnsGiveATailOfTwo() {
        double[] r = percentSteps(-10, 29); // 40 values: ⌈0.05 × 40⌉ = 2 worst: −10 %, −9 %
        assertEquals(0.09, TailRisk.valueAtRisk95(r), 1e-15);
        assertEquals(0.095, TailRisk.conditionalValueAtRisk95(r), 1e-15);
    }

    @Test
    void hundredReturnsGiveATailOfFiveNotSix() {
        double[] r = percentSteps(-50, 49); // 0.05 × 100 is 5.000000000000001 in floating point
        assertEquals(5, TailRisk.tailSize(100, 0.95));
        assertEquals(0.46, TailRisk.valueAtRisk95(r), 1e-15);
        assertEquals(0.48, TailRisk.conditionalValueAtRisk95(r), 1e-15); // mean of 50..46
    }

    @Test
    void orderOfInputDoesNotMatterAndCvarIsAtLeastVar() {
        double[] r = {0.03, -0.02, 0.01, -0.07, 0.0, 0.02, -0.01, 0.05, -0.04, 0.01, 0.02, -0.03, 0.04, 0.0, 0.01, -0.05, 0.02, 0.03, -0.01, 0.06,
            -0.06, 0.01};
        // 22 values → tail of ⌈1.1⌉ = 2: −7 %, −6 %
        assertEquals(0.06, TailRisk.valueAtRisk95(r), 1e-15);
        assertEquals(0.065, TailRisk.conditionalValueAtRisk95(r), 1e-15);
    }

    @Test
    void invalidConfidenceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TailRisk.valueAtRisk(new double[] {0.1}, 1.0));
    }
}
