package org.exhaustionlab.validation.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.validation.adapters.LookAheadDetector.Signal;
import org.exhaustionlab.validation.report.LookAheadFindings;
import org.junit.jupiter.api.Test;

class LookAheadDetectorTest {
    static final BarSeries DATA = DemoMarket.generate("BTCUSDT", Timeframe.HOUR_1, 1_704_067_200_000L, 2000, 5);

    @Test
    void honestSmaCrossIsNotFlagged() {
        LookAheadFindings f = LookAheadDetector.forBacktests(JavaStrategies.smaCross(10, 30)).check(DATA);
        assertFalse(f.flagged(), f.differences().toString());
        assertEquals(-1, f.firstDifferingBar());
        assertEquals(List.of(1000, 1200, 1400, 1600, 1800, 2000), f.prefixLengths());
        assertTrue(LookAheadDetector.tradeSignals(JavaStrategies.smaCross(10, 30).apply(DATA)).size() > 50, "the strategy does trade");
    }

    @Test
    void honestStrategyPassesRandomCutsAndDecisionSignals() {
        assertFalse(LookAheadDetector.forBacktests(JavaStrategies.smaCross(10, 30)).checkRandomCuts(DATA, 8, 99).flagged());
        LookAheadDetector decisions = new LookAheadDetector(JavaStrategies.decisions(JavaStrategies.smaCrossLogic(10, 30), JavaStrategies.PROPS));
        assertFalse(decisions.check(DATA).flagged());
    }

    @Test
    void peekingStrategyFillingAtTheCloseIsFlaggedAtTheFirstCut() {
        LookAheadFindings f = LookAheadDetector.forBacktests(JavaStrategies.peeking(1, JavaStrategies.ON_CLOSE)).check(DATA);
        assertTrue(f.flagged());
        // the 1,000-bar prefix cannot see bar 1,000, so its last bar differs from the full run's
        assertEquals(999, f.firstDifferingBar());
        assertEquals(DATA.time(999), f.firstDifferingTime());
        assertTrue(f.differences().get(0).startsWith("bar 999: run on the first 1000 bars emitted"), f.differences().get(0));
    }

    @Test
    void peekingFurtherThanTheFillDelayIsFlagged() {
        LookAheadFindings f = LookAheadDetector.forBacktests(JavaStrategies.peeking(3, JavaStrategies.PROPS)).check(DATA);
        assertTrue(f.flagged());
        assertTrue(f.firstDifferingBar() >= 997 && f.firstDifferingBar() <= 999, "first differing bar " + f.firstDifferingBar());
    }

    @Test
    void aOneBarPeekWithNextOpenFillsNeedsDecisionSignals() {
        // fills at the next open only use bars that exist by the fill bar: the fill list cannot show this peek ...
        assertFalse(LookAheadDetector.forBacktests(JavaStrategies.peeking(1, JavaStrategies.PROPS)).check(DATA).flagged());
        // ... but the decisions (bar the order was placed on) do
        LookAheadFindings f = new LookAheadDetector(JavaStrategies.decisions(JavaStrategies.peekingLogic(1), JavaStrategies.PROPS)).check(DATA);
        assertTrue(f.flagged());
        assertEquals(999, f.firstDifferingBar());
    }

    @Test
    void signalsOutsideThePrefixAreRejected() {
        LookAheadDetector broken = new LookAheadDetector(bars -> List.of(new Signal(bars.size(), "late")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> broken.check(DATA));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
    }

    @Test
    void fractionsMustLieInsideTheData() {
        LookAheadDetector d = LookAheadDetector.forBacktests(JavaStrategies.smaCross(10, 30));
        assertThrows(IllegalArgumentException.class, () -> d.checkFractions(DATA, new double[] {1.0}));
    }
}
