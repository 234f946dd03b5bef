package org.exhaustionlab.pine.runtime.ta;

import static org.exhaustionlab.pine.runtime.ta.TaAssertions.NA;
import static org.exhaustionlab.pine.runtime.ta.TaAssertions.assertSeries;
import static org.exhaustionlab.pine.runtime.ta.TaAssertions.feed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MovingAveragesTest {

    @Test
    void smaIsNaUntilLengthValuesThenTheWindowMean() {
        Sma sma = new Sma();
        assertSeries(new double[] {NA, NA, 2, 3, 4}, feed(x -> sma.next(x, 3), 1, 2, 3, 4, 5));
    }

    @Test
    void smaSkipsNaValuesAndRepeatsTheStandingMeanOnAnNaBar() {
        Sma sma = new Sma();
        assertSeries(new double[] {NA, NA, NA, 2, 2, 3}, feed(x -> sma.next(x, 3), 1, NA, 2, 3, NA, 4));
    }

    @Test
    void smaFollowsALengthThatChangesBetweenBars() {
        Sma sma = new Sma();
        int[] lengths = {2, 2, 2, 4, 1, 3};
        int[] bar = {0};
        double[] out = feed(x -> sma.next(x, lengths[bar[0]++]), 1, 2, 3, 4, 5, 6);
        assertSeries(new double[] {NA, 1.5, 2.5, 2.5, 5, 5}, out);
    }

    @Test
    void lengthBelowOneIsRejectedWithTheValue() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Sma().next(1, 0));
        assertEquals("ta: length must be at least 1, got 0", error.getMessage());
    }

    @Test
    void emaSeedsWithTheSmaThenSmoothsWithTwoOverLengthPlusOne() {
        Ema ema = new Ema();
        // seed (1+2+3)/3 = 2, then 2 + 0.5 * (6 - 2) = 4, then 4 + 0.5 * (0 - 4) = 2
        assertSeries(new double[] {NA, NA, 2, 4, 2}, feed(x -> ema.next(x, 3), 1, 2, 3, 6, 0));
    }

    @Test
    void emaReturnsNaOnAnNaBarWithoutAdvancing() {
        Ema ema = new Ema();
        // alpha = 2/3: 1.5 + 2/3 * (3.5 - 1.5), as if the na bar did not exist
        assertSeries(new double[] {NA, 1.5, NA, 1.5 + 4.0 / 3}, feed(x -> ema.next(x, 2), 1, 2, NA, 3.5));
    }

    @Test
    void rmaSeedsWithTheSmaThenUsesWildersStep() {
        Rma rma = new Rma();
        // seed 2, then (2 * 2 + 5) / 3 = 3, then (3 * 2 + 0) / 3 = 2
        assertSeries(new double[] {NA, NA, 2, 3, 2}, feed(x -> rma.next(x, 3), 1, 2, 3, 5, 0));
    }

    @Test
    void wmaWeightsTheNewestMost() {
        Wma wma = new Wma();
        // (1*1 + 2*2 + 3*4) / 6 = 17/6, then (1*2 + 2*4 + 3*8) / 6 = 34/6
        assertSeries(new double[] {NA, NA, 17.0 / 6, 34.0 / 6}, feed(x -> wma.next(x, 3), 1, 2, 4, 8));
    }

    @Test
    void wmaCarriesTheLastValueThroughAnNaBarButReportsNaThere() {
        Wma wma = new Wma();
        // window after the na bar is [2, 2, 5]: (2 + 4 + 15) / 6
        assertSeries(new double[] {NA, NA, NA, 21.0 / 6}, feed(x -> wma.next(x, 3), 1, 2, NA, 5));
    }

    @Test
    void wmaStaysExactOverManyBarsAndAfterALengthChange() {
        Wma wma = new Wma();
        double last = 0;
        for (int i = 0; i < 100_000; i++) {
            last = wma.next(1000 + Math.sin(i), 7);
        }
        double expected = 0;
        for (int k = 0; k < 7; k++) {
            expected += (7 - k) * (1000 + Math.sin(99_999 - k));
        }
        assertEquals(expected / 28, last, 1e-10);
        double shorter = wma.next(5, 2);
        assertEquals((1000 + Math.sin(99_999) + 2 * 5) / 3, shorter, 1e-10);
    }

    @Test
    void hmaOfALineIsTheLineOnceWarm() {
        Hma hma = new Hma();
        double[] out = feed(x -> hma.next(x, 4), 1, 2, 3, 4, 5, 6, 7);
        // wma(4) lags 1 bar, wma(2) lags 1/3 bar: 2 * (x - 1/3) - (x - 1) = x + 1/3; the outer wma(2) lags 1/3 again
        assertSeries(new double[] {NA, NA, NA, NA, 5, 6, 7}, out);
    }

    @Test
    void swmaWeightsOneTwoTwoOne() {
        Swma swma = new Swma();
        assertSeries(new double[] {NA, NA, NA, 15.0 / 6, 21.0 / 6}, feed(swma::next, 1, 2, 3, 4, 5));
    }

    @Test
    void vwmaWeightsByVolume() {
        Vwma vwma = new Vwma();
        double[] volumes = {1, 3, 1};
        int[] bar = {0};
        double[] out = feed(x -> vwma.next(x, 2, volumes[bar[0]++]), 10, 20, 30);
        assertSeries(new double[] {NA, 70.0 / 4, 90.0 / 4}, out);
    }

    @Test
    void almaOfAConstantIsTheConstantAndNeedsLengthBars() {
        Alma alma = new Alma();
        assertSeries(new double[] {NA, NA, 5, 5}, feed(x -> alma.next(x, 3, 0.85, 6), 5, 5, 5, 5));
    }

    @Test
    void almaWithSymmetricOffsetAveragesALineToItsMiddle() {
        Alma alma = new Alma();
        assertSeries(new double[] {NA, NA, 2, 3}, feed(x -> alma.next(x, 3, 0.5, 6, false), 1, 2, 3, 4));
    }

    @Test
    void linregOfALineReproducesTheLineAndExtrapolatesBackwardWithOffset() {
        Linreg now = new Linreg();
        Linreg back = new Linreg();
        assertSeries(new double[] {NA, NA, 6, 8}, feed(x -> now.next(x, 3, 0), 2, 4, 6, 8));
        assertSeries(new double[] {NA, NA, 4, 6}, feed(x -> back.next(x, 3, 1), 2, 4, 6, 8));
    }

    @Test
    void linregIsNaWhileAnNaIsAmongTheLastLengthBars() {
        Linreg linreg = new Linreg();
        assertSeries(new double[] {NA, 4, NA, NA, 10}, feed(x -> linreg.next(x, 2, 0), 2, 4, NA, 8, 10));
    }

    @Test
    void cogWeighsTheNewestValueWithOne() {
        Cog cog = new Cog();
        // window newest-first [3, 2, 1]: -(3*1 + 2*2 + 1*3) / 6
        assertSeries(new double[] {NA, NA, -10.0 / 6, -10.0 / 6}, feed(x -> cog.next(x, 3), 1, 2, 3, NA));
    }
}
