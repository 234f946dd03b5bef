package org.exhaustionlab.validation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;

import org.exhaustionlab.validation.Direction;
import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.TradeOutcome;
import org.junit.jupiter.api.Test;

class PerformanceSummaryTest {
    private static final long DAY = 86_400_000L;

    @Test
    void summaryAgreesWithTheIndividualMetrics() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 400;
        long[] t = new long[n];
        double[] e = new double[n];
        e[0] = 10_000;
        for (int i = 0; i < n; i++) {
            t[i] = 1_767_225_600_000L + i * DAY; // from 2026-01-01
            if (i > 0) {
                e[i] = e[i - 1] * (1 + 0.0008 + 0.01 * Normal.inverseCdf(rng.nextDouble()));
            }
        }
        EquityCurve curve = new EquityCurve(t, e);
        List<TradeOutcome> trades = List.of(new TradeOutcome(0, DAY, Direction.LONG, 1000, 40), new TradeOutcome(DAY, 2 * DAY, Direction.SHORT, 1000, -25),
                new TradeOutcome(2 * DAY, 3 * DAY, Direction.LONG, 1000, 70));
        PerformanceSummary s = PerformanceSummary.of(curve, trades, 365);
        double[] r = curve.simpleReturns();
        assertEquals(RatioMetrics.annualisedSharpe(r, 365), s.annualisedSharpe(), 1e-12);
        assertEquals(RatioMetrics.sharpePerPeriod(r), s.sharpePerPeriod(), 1e-12);
        assertEquals(Drawdowns.of(curve).maxDrawdownFraction(), s.maxDrawdown(), 0);
        assertEquals(MonthlyReturns.monthlyVolatility(curve), s.monthlyVolatility(), 0);
        assertEquals(TailRisk.valueAtRisk95(r), s.valueAtRisk95(), 0);
        assertEquals(curve.annualisedReturn(), s.annualisedReturn(), 0);
        assertEquals(2.0 / 3, s.winRate(), 1e-15);
        assertEquals(110.0 / 25, s.profitFactor(), 1e-12);
        assertEquals(70.0, s.largestWin());
        assertEquals(-25.0, s.largestLoss());
        assertEquals(3, s.trades());
    }

    @Test
    void tooShortCurveIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> PerformanceSummary.of(new EquityCurve(new long[] {0, 1}, new double[] {1, 2}), List.of(), 365));
    }
}
