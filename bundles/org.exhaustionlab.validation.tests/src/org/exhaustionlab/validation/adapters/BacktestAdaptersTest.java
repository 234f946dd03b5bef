package org.exhaustionlab.validation.adapters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Direction;
import org.exhaustionlab.backtest.StrategyProperties;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.ReturnSeries;
import org.exhaustionlab.validation.TradeOutcome;
import org.junit.jupiter.api.Test;

class BacktestAdaptersTest {
    static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00Z
    static final long DAY = 86_400_000L;

    /** Daily bars at 100, 100, 110, 120, 90, 90; long 1 contract bought at bar 1's close, sold at bar 3's close. */
    private static BacktestResult longThenShort() {
        double[] closes = {100, 100, 110, 120, 90, 90};
        BarSeries.Builder b = BarSeries.builder(Symbol.of("TESTUSDT", 0.01, 0.001), Timeframe.DAY_1);
        for (int i = 0; i < closes.length; i++) {
            b.add(T0 + i * DAY, closes[i], closes[i], closes[i], closes[i], 1);
        }
        BarSeries bars = b.build();
        StrategyProperties props = StrategyProperties.builder().initialCapital(1000).processOrdersOnClose(true).build();
        return JavaStrategies.run(bars, props, (broker, s, i, d) -> {
            if (i == 1) {
                broker.entry("L", Direction.LONG, 1, Double.NaN, Double.NaN, null, null, null, null);
            }
            if (i == 3) {
                broker.entry("S", Direction.SHORT, 2, Double.NaN, Double.NaN, null, null, null, null);
            }
        }, new java.util.ArrayList<>());
    }

    @Test
    void closedTradesBecomeTradeOutcomes() {
        BacktestResult r = longThenShort();
        List<TradeOutcome> trades = BacktestAdapters.tradeOutcomes(r);
        assertEquals(1, trades.size(), "the short is still open and is left out");
        TradeOutcome t = trades.get(0);
        assertEquals(org.exhaustionlab.validation.Direction.LONG, t.direction());
        assertEquals(T0 + DAY, t.entryTime());
        assertEquals(T0 + 3 * DAY, t.exitTime());
        assertEquals(100, t.notional(), 1e-9);
        assertEquals(20, t.profit(), 1e-9);
    }

    @Test
    void equityCurveAndPeriodReturns() {
        BacktestResult r = longThenShort();
        EquityCurve c = BacktestAdapters.equityCurve(r);
        assertEquals(6, c.size());
        assertEquals(T0 + 5 * DAY, c.timeAt(5));
        // 1000, 1000, 1010, 1020, then short 2 from 120 → 90: +60
        assertArrayEquals(new double[] {1000, 1000, 1010, 1020, 1080, 1080}, c.equity(), 1e-9);
        ReturnSeries daily = BacktestAdapters.dailyReturns(r);
        assertEquals(6, daily.size());
        assertEquals(365, daily.periodsPerYear());
        assertEquals(1080.0 / 1020 - 1, daily.returns()[4], 1e-12);
        ReturnSeries monthly = BacktestAdapters.monthlyReturns(r);
        assertEquals(1, monthly.size());
        assertEquals(0.08, monthly.returns()[0], 1e-12);
        assertEquals(365.25, BacktestAdapters.barsPerYear(Timeframe.DAY_1), 1e-12);
    }

    @Test
    void blownAccountIsReportedClearly() {
        double[] closes = {100, 100, 300, 300};
        BarSeries.Builder b = BarSeries.builder(Symbol.of("TESTUSDT", 0.01, 0.001), Timeframe.DAY_1);
        for (int i = 0; i < closes.length; i++) {
            b.add(T0 + i * DAY, closes[i], closes[i], closes[i], closes[i], 1);
        }
        StrategyProperties props = StrategyProperties.builder().initialCapital(100).processOrdersOnClose(true).margin(0, 0).build();
        BacktestResult r = JavaStrategies.run(b.build(), props, (broker, s, i, d) -> {
            if (i == 1) {
                broker.entry("S", Direction.SHORT, 5, Double.NaN, Double.NaN, null, null, null, null);
            }
        }, new java.util.ArrayList<>());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BacktestAdapters.equityCurve(r));
        assertTrue(e.getMessage().contains("account blown"), e.getMessage());
    }
}
