package org.exhaustionlab.indicators.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exhaustionlab.pine.runtime.spi.StatefulFunction;
import org.junit.jupiter.api.Test;

/** The xl functions on hand-computed series: warm-up, values, na handling. */
class XlFunctionsTest {
    private static final double NA = Double.NaN;
    private static final double EPS = 1e-12;

    /** Feeds one row of arguments per bar to a fresh state and collects the results. */
    private static double[] run(StatefulFunction.State s, double[]... rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = s.next(rows[i].clone());
        }
        return out;
    }

    private static double[] r(double... v) {
        return v;
    }

    private static void assertSeries(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertTrue(Double.isNaN(actual[i]), "bar " + i + ": expected na, got " + actual[i]);
            } else {
                assertEquals(expected[i], actual[i], 1e-9, "bar " + i);
            }
        }
    }

    @Test
    void zscoreOfThreeBarWindow() {
        // window 1,2,3: mean 2, population sd sqrt(2/3); z of 3 = 1/sqrt(2/3) = 1.224744871...
        // window 2,3,7: mean 4, deviations -2,-1,3, sd sqrt(14/3); z of 7 = 3/sqrt(14/3)
        double[] z = run(new ZScore(), r(1, 3), r(2, 3), r(3, 3), r(7, 3));
        assertSeries(new double[] {NA, NA, 1 / Math.sqrt(2.0 / 3), 3 / Math.sqrt(14.0 / 3)}, z);
    }

    @Test
    void zscoreIsNaWhileNaInWindowAndForFlatWindow() {
        double[] z = run(new ZScore(), r(1, 2), r(NA, 2), r(3, 2), r(5, 2), r(5, 2), r(5, 2));
        // [1,na] na, [na,3] na, [3,5] -> mean 4 sd 1 -> 1, [5,5] flat -> na, [5,5] na
        assertSeries(new double[] {NA, NA, NA, 1, NA, NA}, z);
    }

    @Test
    void zscoreWithNaOrZeroLengthIsNa() {
        assertSeries(new double[] {NA, NA}, run(new ZScore(), r(1, NA), r(2, 0)));
    }

    @Test
    void efficiencyRatioOfStraightAndNoisyMoves() {
        // length 2: bar 2: |3-1| / (|3-2|+|2-1|) = 1; bar 3: |1-2| / (|1-3|+|3-2|) = 1/3
        double[] er = run(new EfficiencyRatio(), r(1, 2), r(2, 2), r(3, 2), r(1, 2), r(1, 2), r(1, 2));
        // bar 4: values 3,1,1 -> |1-3| / (|1-1|+|1-3|) = 1; bar 5: 1,1,1 -> nothing moved -> 0
        assertSeries(new double[] {NA, NA, 1, 1.0 / 3, 1, 0}, er);
    }

    @Test
    void efficiencyRatioIsNaWhenSpanHoldsNa() {
        double[] er = run(new EfficiencyRatio(), r(1, 1), r(NA, 1), r(3, 1), r(4, 1));
        assertSeries(new double[] {NA, NA, NA, 1}, er);
    }

    @Test
    void kamaStartsAtSourceThenAdapts() {
        // length 1, fast 2, slow 30: er of a one-bar span is 1 whenever the price moved, so sc = (2/3)^2 = 4/9
        double sc = 4.0 / 9;
        double[] k = run(new Kama(), r(10, 1, 2, 30), r(12, 1, 2, 30), r(12, 1, 2, 30), r(NA, 1, 2, 30),
                r(13, 1, 2, 30));
        double k1 = 12; // first bar with an efficiency ratio: starts at the source
        // bar 2: nothing moved, er 0, sc = (2/31)^2; the average already equals the source
        double k2 = k1 + Math.pow(2.0 / 31, 2) * (12 - k1);
        // bar 4: span na,13 -> er na -> na and unchanged; so the state is still k2
        assertSeries(new double[] {NA, k1, k2, NA, NA}, k);
        // a straight move: 10, 12, 14 with er 1 on bar 2
        double[] k6 = run(new Kama(), r(10, 1, 2, 30), r(12, 1, 2, 30), r(14, 1, 2, 30));
        assertSeries(new double[] {NA, 12, 12 + sc * 2}, k6);
    }

    @Test
    void donchianMidOverWindowSkippingNa() {
        // length 2 over (high, low): (5,1) (7,2) (6,NA) (NA,NA)
        double[] m = run(new DonchianMid(), r(5, 1, 2), r(7, 2, 2), r(6, NA, 2), r(NA, NA, 2));
        // bar1: (7+1)/2 = 4; bar2: highs 7,6 lows 2 -> 4.5; bar3: high 6 but no low -> na
        assertSeries(new double[] {NA, 4, 4.5, NA}, m);
    }

    @Test
    void exhaustionCountCountsAndRestarts() {
        // lookback 1: 1,2,3,4,3,2,2,5
        double[] c = run(new ExhaustionCount(), r(1, 1), r(2, 1), r(3, 1), r(4, 1), r(3, 1), r(2, 1), r(2, 1),
                r(5, 1));
        assertArrayEquals(new double[] {NA, 1, 2, 3, -1, -2, 0, 1}, c, EPS);
    }

    @Test
    void exhaustionCountRestartsAfterNa() {
        // lookback 2: 1,2,3,NA,5,6,7 -> bar2 3>1 +1; bar3 na; bar4 5>3 +1 (restarted); bar5 na vs 6? 6 vs NA -> na
        double[] c = run(new ExhaustionCount(), r(1, 2), r(2, 2), r(3, 2), r(NA, 2), r(5, 2), r(6, 2), r(7, 2));
        assertSeries(new double[] {NA, NA, 1, NA, 1, NA, 1}, c);
    }

    @Test
    void clampLimitsAndPropagatesNa() {
        assertEquals(2, XlLibrary.clamp(r(5, 0, 2)));
        assertEquals(0, XlLibrary.clamp(r(-5, 0, 2)));
        assertEquals(1.5, XlLibrary.clamp(r(1.5, 0, 2)));
        assertTrue(Double.isNaN(XlLibrary.clamp(r(NA, 0, 2))));
        assertTrue(Double.isNaN(XlLibrary.clamp(r(1, 0, NA))));
    }

    @Test
    void historyKeepsNewestValuesWhenGrowing() {
        History h = new History();
        for (int i = 1; i <= 20; i++) {
            h.push(i);
        }
        h.keep(40);
        assertEquals(16, h.size());
        assertEquals(20, h.get(0));
        assertEquals(5, h.get(15));
        h.push(21);
        assertEquals(21, h.get(0));
        assertEquals(17, h.size());
    }
}
