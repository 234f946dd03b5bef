package org.exhaustionlab.pine.runtime.ta;

import static org.exhaustionlab.pine.runtime.ta.TaAssertions.NA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void trueRangeUsesThePreviousCloseAndHandlesTheFirstBarOnRequest() {
        Tr strict = new Tr();
        Tr lenient = new Tr();
        assertEquals(NA, strict.next(false, 10, 8, 9));
        assertEquals(2, lenient.next(true, 10, 8, 9));
        // gap up: high 14, low 12, previous close 9 -> 5
        assertEquals(5, strict.next(false, 14, 12, 13));
    }

    @Test
    void atrIsRmaOfTheHandledTrueRange() {
        Atr atr = new Atr();
        assertEquals(NA, atr.next(2, 10, 8, 9));
        assertEquals(3.5, atr.next(2, 14, 12, 13), 1e-12); // sma(2, 5)
        assertEquals((3.5 + 1) / 2, atr.next(2, 13.5, 12.5, 13), 1e-12);
    }

    @Test
    void macdIsFastMinusSlowWithAnEmaSignal() {
        Macd macd = new Macd();
        Ema fast = new Ema();
        Ema slow = new Ema();
        Ema signal = new Ema();
        for (int i = 0; i < 30; i++) {
            double price = 100 + Math.sin(i / 3.0) * 5;
            double line = fast.next(price, 3) - slow.next(price, 6);
            double expectedSignal = signal.next(line, 4);
            assertEquals(line, macd.next(price, 3, 6, 4), 1e-12);
            assertEquals(expectedSignal, macd.signal(), 1e-12);
            assertEquals(line - expectedSignal, macd.hist(), 1e-12);
        }
    }

    @Test
    void dmiOfASteadyUptrendHasNoMinusDiAndFullAdx() {
        Dmi dmi = new Dmi();
        for (int i = 0; i < 10; i++) {
            dmi.next(2, 2, 10 + i, 9 + i, 9.5 + i);
        }
        // each bar: +DM 1, -DM 0, true range 1.5 -> +DI 66.7, -DI 0, adx 100
        assertEquals(200.0 / 3, dmi.plus(), 1e-9);
        assertEquals(0, dmi.minus(), 1e-12);
        assertEquals(100, dmi.adx(), 1e-9);
    }

    @Test
    void keltnerBandsAreEmaPlusMinusMultTimesEmaOfRange() {
        Kc kc = new Kc();
        kc.next(10, 2, 1, false, 11, 9, 10);
        assertEquals(11, kc.next(12, 2, 1, false, 13, 11, 12), 1e-12);
        assertEquals(13, kc.upper(), 1e-12);
        assertEquals(9, kc.lower(), 1e-12);
        Kcw kcw = new Kcw();
        kcw.next(10, 2, 1, false, 11, 9, 10);
        assertEquals(4.0 / 11, kcw.next(12, 2, 1, false, 13, 11, 12), 1e-12);
    }

    @Test
    void supertrendStartsAtZeroOnBarZeroLikeTheReferenceCode() {
        Supertrend supertrend = new Supertrend();
        assertEquals(0, supertrend.next(3, 3, 10, 8, 9));
        assertEquals(1, supertrend.direction());
        // bar 1: atr(3) still na -> the upper band is na
        assertEquals(NA, supertrend.next(3, 3, 11, 9, 10));
        // bar 2: atr = sma of true ranges [2, 2, 2] = 2 -> upper band = hl2 + 3 * 2, direction 1 since atr[1] is na
        assertEquals(11 + 3 * 2, supertrend.next(3, 3, 12, 10, 11), 1e-12);
        assertEquals(1, supertrend.direction());
    }

    @Test
    void supertrendFlipsUpWhenTheCloseBreaksTheUpperBand() {
        Supertrend supertrend = new Supertrend();
        for (int i = 0; i < 5; i++) {
            supertrend.next(1, 2, 10.5, 9.5, 10);
        }
        assertEquals(1, supertrend.direction());
        double line = supertrend.next(1, 2, 20, 19, 19.5);
        assertEquals(-1, supertrend.direction());
        assertEquals(line, supertrend.supertrend());
    }

    @Test
    void parabolicSarTrailsBelowARisingMarket() {
        Sar sar = new Sar();
        assertEquals(NA, sar.next(0.02, 0.02, 0.2, 10, 9, 9.5));
        // bar 1: rising close -> long, sar = low[1] = 9, stepped by 0.02 * (11 - 9), clamped by low[1] = 9
        assertEquals(9, sar.next(0.02, 0.02, 0.2, 11, 10, 10.5), 1e-12);
        // bar 2: 9 + 0.02 * (11 - 9) = 9.04; new high 12 raises af to 0.04; clamp min(9.04, low[1] 10, low[2] 9) = 9
        assertEquals(9, sar.next(0.02, 0.02, 0.2, 12, 11, 11.5), 1e-12);
        // bar 3: 9 + 0.04 * (12 - 9) = 9.12; clamp by low[1] 11, low[2] 10 -> 9.12
        assertEquals(9.12, sar.next(0.02, 0.02, 0.2, 13, 12, 12.5), 1e-12);
    }
}
