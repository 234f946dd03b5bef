package org.exhaustionlab.pine.runtime.ta;

import static org.exhaustionlab.pine.runtime.ta.TaAssertions.NA;
import static org.exhaustionlab.pine.runtime.ta.TaAssertions.assertSeries;
import static org.exhaustionlab.pine.runtime.ta.TaAssertions.feed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void varianceIsBiasedByDefaultAndUnbiasedOnRequest() {
        Variance biased = new Variance();
        Variance unbiased = new Variance();
        // window [2, 4, 6]: mean 4, squared deviations 8
        assertSeries(new double[] {NA, NA, 8.0 / 3}, feed(x -> biased.next(x, 3), 2, 4, 6));
        assertSeries(new double[] {NA, NA, 4}, feed(x -> unbiased.next(x, 3, false), 2, 4, 6));
    }

    @Test
    void unbiasedVarianceOfOneValueIsNaAndConstantWindowsAreZero() {
        Variance one = new Variance();
        assertSeries(new double[] {NA, NA}, feed(x -> one.next(x, 1, false), 1, 2));
        Stdev flat = new Stdev();
        assertSeries(new double[] {NA, 0, 0}, feed(x -> flat.next(x, 2), 0.1, 0.1, 0.1));
    }

    @Test
    void bollingerBandsAreSmaPlusMinusMultBiasedStdev() {
        Bb bb = new Bb();
        bb.next(2, 3, 2);
        bb.next(4, 3, 2);
        assertEquals(4, bb.next(6, 3, 2), 1e-12);
        double dev = 2 * Math.sqrt(8.0 / 3);
        assertEquals(4 + dev, bb.upper(), 1e-12);
        assertEquals(4 - dev, bb.lower(), 1e-12);
        Bbw bbw = new Bbw();
        bbw.next(2, 3, 2);
        bbw.next(4, 3, 2);
        assertEquals(2 * dev / 4 * 100, bbw.next(6, 3, 2), 1e-12);
    }

    @Test
    void devIsMeanAbsoluteDeviationAndCciScalesByPointZeroOneFive() {
        Dev dev = new Dev();
        assertSeries(new double[] {NA, NA, 4.0 / 3}, feed(x -> dev.next(x, 3), 2, 4, 6));
        Cci cci = new Cci();
        // (6 - 4) / (0.015 * 4/3) = 100
        assertSeries(new double[] {NA, NA, 100}, feed(x -> cci.next(x, 3), 2, 4, 6));
    }

    @Test
    void correlationOfLinearlyRelatedSeriesIsPlusOrMinusOne() {
        Correlation up = new Correlation();
        Correlation down = new Correlation();
        double last = NA;
        double lastDown = NA;
        for (int i = 0; i < 10; i++) {
            last = up.next(i, 3 * i + 1, 5);
            lastDown = down.next(i, -2 * i, 5);
        }
        assertEquals(1, last, 1e-9);
        assertEquals(-1, lastDown, 1e-9);
        // a covariance within 1e-10 of zero is reported as 0 before the variances are looked at
        Correlation flat = new Correlation();
        assertSeries(new double[] {NA, 0, 0}, feed(x -> flat.next(x, 5, 2), 1, 1, 1));
    }

    @Test
    void medianTakesTheMiddleOrTheMeanOfTheMiddleTwo() {
        Median odd = new Median();
        assertSeries(new double[] {NA, NA, 3, 3, 3, 2}, feed(x -> odd.next(x, 3), 5, 1, 3, 9, 2, 1));
        Median even = new Median();
        assertSeries(new double[] {NA, 3, 2, NA, 6}, feed(x -> even.next(x, 2), 5, 1, 3, NA, 9));
    }

    @Test
    void modeIsTheMostFrequentValueAndTheSmallestAmongTies() {
        Mode mode = new Mode();
        assertSeries(new double[] {NA, NA, NA, 2, 2, 1}, feed(x -> mode.next(x, 4), 3, 2, 3, 2, 1, 1));
    }

    @Test
    void modeAndNearestRankIgnoreNaValues() {
        Mode mode = new Mode();
        assertSeries(new double[] {NA, NA, NA, 5, 5}, feed(x -> mode.next(x, 3), 7, NA, 5, 5, 7));
        PercentileNearestRank rank = new PercentileNearestRank();
        // non-na window [7, 5, 9] sorted 5 7 9: 100 % -> the largest
        assertSeries(new double[] {NA, NA, NA, 9}, feed(x -> rank.next(x, 3, 100), 7, NA, 5, 9));
    }

    @Test
    void percentileNearestRankUsesCeilingRank() {
        PercentileNearestRank rank = new PercentileNearestRank();
        // window [40, 10, 30, 20] sorted 10 20 30 40: 50 % -> rank 2, 80 % -> rank ceil(3.2) = 4
        double[] out = feed(x -> rank.next(x, 4, 50), 40, 10, 30, 20);
        assertSeries(new double[] {NA, NA, NA, 20}, out);
        PercentileNearestRank high = new PercentileNearestRank();
        assertSeries(new double[] {NA, NA, NA, 40}, feed(x -> high.next(x, 4, 80), 40, 10, 30, 20));
    }

    @Test
    void percentileLinearInterpolationInterpolatesBetweenRanks() {
        PercentileLinearInterpolation median = new PercentileLinearInterpolation();
        // position 4 * 50 / 100 + 0.5 = 2.5 -> between 20 and 30
        assertSeries(new double[] {NA, NA, NA, 25}, feed(x -> median.next(x, 4, 50), 40, 10, 30, 20));
        PercentileLinearInterpolation low = new PercentileLinearInterpolation();
        // position 4 * 10 / 100 + 0.5 = 0.9 -> clamped to the smallest
        assertSeries(new double[] {NA, NA, NA, 10}, feed(x -> low.next(x, 4, 10), 40, 10, 30, 20));
    }

    @Test
    void percentRankCountsPreviousValuesAtOrBelowTheCurrent() {
        PercentRank rank = new PercentRank();
        // at 25: previous [10, 30, 20] -> 2 of 3 at or below
        assertSeries(new double[] {NA, NA, NA, 200.0 / 3}, feed(x -> rank.next(x, 3), 10, 30, 20, 25));
    }

    @Test
    void rciIsPlusHundredForARiseAndMinusHundredForAFall() {
        Rci rising = new Rci();
        assertSeries(new double[] {NA, NA, NA, 100, 100}, feed(x -> rising.next(x, 3), 1, 2, 3, 4, 5));
        Rci falling = new Rci();
        assertSeries(new double[] {NA, NA, NA, -100}, feed(x -> falling.next(x, 3), 4, 3, 2, 1));
    }

    @Test
    void rciRanksTiesWithTheirAverageRank() {
        Rci rci = new Rci();
        // window newest-first [2, 1, 1]: ranks [0, 1.5, 1.5] vs time [0, 1, 2] -> correlation sqrt(3)/2
        double[] out = feed(x -> rci.next(x, 3), 0, 1, 1, 2);
        assertEquals(100 * Math.sqrt(3) / 2, out[3], 1e-9);
    }
}
