package org.exhaustionlab.pine.runtime.ta;

import static org.exhaustionlab.pine.runtime.ta.TaAssertions.NA;
import static org.exhaustionlab.pine.runtime.ta.TaAssertions.assertSeries;
import static org.exhaustionlab.pine.runtime.ta.TaAssertions.feed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MomentumTest {

    @Test
    void changeMomAndRocLookLengthBarsBack() {
        Change change = new Change();
        assertSeries(new double[] {NA, NA, 2, -1}, feed(x -> change.next(x, 2), 1, 5, 3, 4));
        Mom mom = new Mom();
        assertSeries(new double[] {NA, 4, -2}, feed(x -> mom.next(x, 1), 1, 5, 3));
        Roc roc = new Roc();
        assertSeries(new double[] {NA, 400, -40}, feed(x -> roc.next(x, 1), 1, 5, 3));
    }

    @Test
    void boolChangeComparesWithFalseBeforeTheFirstBar() {
        Change change = new Change();
        assertTrue(change.next(true));
        assertFalse(change.next(true));
        assertTrue(change.next(false));
        Change first = new Change();
        assertFalse(first.next(false));
    }

    @Test
    void rsiIsHundredWhenOnlyRisingAndZeroWhenOnlyFalling() {
        Rsi up = new Rsi();
        assertSeries(new double[] {NA, NA, 100, 100}, feed(x -> up.next(x, 2), 1, 2, 3, 4));
        Rsi down = new Rsi();
        assertSeries(new double[] {NA, NA, 0}, feed(x -> down.next(x, 2), 3, 2, 1));
        Rsi flat = new Rsi();
        assertSeries(new double[] {NA, NA, NA}, feed(x -> flat.next(x, 2), 1, 1, 1));
    }

    @Test
    void rsiUsesWildersSmoothingOfGainsAndLosses() {
        Rsi rsi = new Rsi();
        // changes +2, -1: gains rma seed 1, losses rma seed 0.5 -> rs 2 -> 66.67; then +1: gains (1+1)/2 = 1,
        // losses (0.5+0)/2 = 0.25 -> rs 4 -> 80
        assertSeries(new double[] {NA, NA, 200.0 / 3, 80}, feed(x -> rsi.next(x, 2), 1, 3, 2, 3));
    }

    @Test
    void tsiOfASteadyRiseIsOne() {
        Tsi tsi = new Tsi();
        double[] out = feed(x -> tsi.next(x, 2, 3), 1, 2, 3, 4, 5, 6, 7);
        assertSeries(new double[] {NA, NA, NA, NA, 1, 1, 1}, out);
    }

    @Test
    void cmoBalancesUpAndDownMomentum() {
        Cmo cmo = new Cmo();
        // momentum +2, -1 -> 100 * (2 - 1) / 3
        assertSeries(new double[] {NA, NA, 100.0 / 3}, feed(x -> cmo.next(x, 2), 1, 3, 2));
    }

    @Test
    void mfiSplitsVolumeTimesSourceByTheDirectionOfChange() {
        Mfi mfi = new Mfi();
        double[] volume = {1, 2, 3};
        int[] bar = {0};
        double[] out = feed(x -> mfi.next(x, 2, volume[bar[0]++]), 10, 12, 11);
        // window of bars 1..2: up 2 * 12 = 24, down 3 * 11 = 33 -> 100 - 100 / (1 + 24/33)
        assertEquals(100 - 100 / (1 + 24.0 / 33), out[2], 1e-12);
        Mfi rising = new Mfi();
        rising.next(1, 1, 1);
        assertEquals(100, rising.next(2, 1, 1), 1e-12); // no down flow in the window

    }
}
