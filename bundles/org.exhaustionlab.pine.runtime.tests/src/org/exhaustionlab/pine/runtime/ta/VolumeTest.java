package org.exhaustionlab.pine.runtime.ta;

import static org.exhaustionlab.pine.runtime.ta.TaAssertions.NA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VolumeTest {

    @Test
    void obvAddsOrSubtractsVolumeByCloseDirection() {
        Obv obv = new Obv();
        assertEquals(NA, obv.next(10, 100));
        assertEquals(200, obv.next(11, 200));
        assertEquals(150, obv.next(10, 50));
        assertEquals(150, obv.next(10, 70));
    }

    @Test
    void accdistAccumulatesTheCloseLocationValueTimesVolume() {
        Accdist accdist = new Accdist();
        assertEquals(100, accdist.next(10, 8, 10, 100));
        assertEquals(100, accdist.next(9, 9, 9, 500)); // high == low adds 0
        assertEquals(50, accdist.next(10, 8, 8.5, 100));
    }

    @Test
    void statelessVolumeIndicators() {
        assertEquals((20 - 10 - 8) / (2.0 * 100), Iii.of(10, 8, 10, 100), 1e-15);
        assertEquals((10 - 9) / 2.0 * 100, Wvad.of(9, 10, 8, 10, 100), 1e-15);
    }

    @Test
    void nviMovesOnlyOnFallingVolumeAndPviOnlyOnRisingVolume() {
        Nvi nvi = new Nvi();
        Pvi pvi = new Pvi();
        assertEquals(1, nvi.next(10, 100));
        assertEquals(1, pvi.next(10, 100));
        assertEquals(1.1, nvi.next(11, 50), 1e-12);
        assertEquals(1, pvi.next(11, 50));
        assertEquals(1.1, nvi.next(22, 80), 1e-12);
        assertEquals(2, pvi.next(22, 80), 1e-12);
        assertEquals(1.1, nvi.next(NA, 10), 1e-12); // nz(close) == 0 keeps the index
        assertEquals(1.1, nvi.next(30, 5), 1e-12); // and so does nz(close[1]) == 0
    }

    @Test
    void pvtAccumulatesPercentChangeTimesVolume() {
        Pvt pvt = new Pvt();
        assertEquals(NA, pvt.next(10, 100));
        assertEquals(20, pvt.next(11, 200), 1e-12);
        assertEquals(20 - 1.0 / 11 * 110, pvt.next(10, 110), 1e-12);
    }

    @Test
    void wadUsesTrueHighAndLowAgainstThePreviousClose() {
        Wad wad = new Wad();
        assertEquals(0, wad.next(10, 8, 9));
        assertEquals(11 - 9, wad.next(12, 10, 11), 1e-12); // up: close - min(low, close[1])
        assertEquals(2 + (10 - 11.5), wad.next(11.5, 9.5, 10), 1e-12); // down: close - max(high, close[1])
    }

    @Test
    void vwapRestartsAtEachAnchorAndIsNaBeforeTheFirst() {
        Vwap vwap = new Vwap();
        assertEquals(NA, vwap.next(10, false, 1));
        assertEquals(10, vwap.next(10, true, 1));
        assertEquals(49.0 / 4, vwap.next(13, false, 3));
        assertEquals(20, vwap.next(20, true, 5));
    }

    @Test
    void vwapBandsUseTheVolumeWeightedStdev() {
        Vwap vwap = new Vwap();
        vwap.next(10, true, 2, 1);
        assertEquals(11, vwap.next(12, false, 2, 1), 1e-12);
        assertEquals(13, vwap.upper(), 1e-12);
        assertEquals(9, vwap.lower(), 1e-12);
    }
}
