package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final double E = 1e-9;

    /** Three closed trades (+10 long, −5 short, +5 long) and one open long (+2), all filled at closes. */
    private static BacktestResult threeTrades() {
        Sim s = new Sim(StrategyProperties.builder().initialCapital(1000).processOrdersOnClose(true).build());
        s.flat(100, b -> Sim.longEntry(b, "L")).bar(100, 112, 99, 110, b -> b.close("L"));
        s.flat(110, b -> Sim.entry(b, "S", Direction.SHORT, 1)).bar(110, 116, 109, 115, b -> b.close("S"));
        s.flat(100, b -> Sim.longEntry(b, "L2")).flat(102).flat(105, b -> b.close("L2"));
        s.flat(105, b -> Sim.longEntry(b, "L3")).flat(107);
        return s.broker.result();
    }

    @Test
    void tradeFiguresForAllLongAndShort() {
        Metrics m = threeTrades().metrics();
        TradeStats all = m.all();
        assertEquals(3, all.totalClosedTrades());
        assertEquals(1, all.openTrades());
        assertEquals(10, all.netProfit(), E);
        assertEquals(1, all.netProfitPercent(), E);
        assertEquals(15, all.grossProfit(), E);
        assertEquals(5, all.grossLoss(), E);
        assertEquals(3, all.profitFactor(), E);
        assertEquals(2, all.winningTrades());
        assertEquals(1, all.losingTrades());
        assertEquals(0, all.evenTrades());
        assertEquals(200.0 / 3, all.percentProfitable(), E);
        assertEquals(10.0 / 3, all.avgTrade(), E);
        assertEquals(7.5, all.avgWinningTrade(), E);
        assertEquals(5, all.avgLosingTrade(), E);
        assertEquals(1.5, all.ratioAvgWinAvgLoss(), E);
        assertEquals(10, all.largestWinningTrade(), E);
        assertEquals(10, all.largestWinningTradePercent(), E);
        assertEquals(5, all.largestLosingTrade(), E);
        assertEquals(5 / 110.0 * 100, all.largestLosingTradePercent(), E);
        assertEquals(4.0 / 3, all.avgBarsInTrades(), E);
        assertEquals(1.5, all.avgBarsInWinningTrades(), E);
        assertEquals(1, all.avgBarsInLosingTrades(), E);
        assertEquals(2, all.openPnl(), E);
        assertEquals(1, all.maxContractsHeld(), E);
        assertEquals(0, all.commissionPaid(), E);

        assertEquals(2, m.longs().totalClosedTrades());
        assertEquals(15, m.longs().netProfit(), E);
        assertTrue(Double.isNaN(m.longs().profitFactor()), "no losing long: profit factor undefined");
        assertEquals(1, m.longs().openTrades());
        assertEquals(1, m.shorts().totalClosedTrades());
        assertEquals(-5, m.shorts().netProfit(), E);
        assertEquals(0, m.shorts().profitFactor(), E);
        assertEquals(0, m.shorts().openTrades());
    }

    @Test
    void equityCurveAndBuyAndHold() {
        BacktestResult r = threeTrades();
        EquityCurve curve = r.equityCurve();
        assertEquals(9, curve.size());
        assertEquals(1010, curve.equity()[1], E);
        assertEquals(1005, curve.equity()[3], E);
        assertEquals(1012, curve.equity()[8], E);
        assertEquals(2, curve.openProfit()[8], E);
        assertEquals(7, r.metrics().buyAndHoldReturnPercent(), E);
        assertEquals(70, r.metrics().buyAndHoldReturn(), E);
        assertEquals(5, r.metrics().maxDrawdown(), E);
        assertEquals(5 / 1010.0 * 100, r.metrics().maxDrawdownPercent(), E);
        assertEquals(12, r.metrics().maxRunup(), E);
    }

    @Test
    void drawdownAndRunupSeeIntrabarExtremes() {
        Sim s = new Sim(StrategyProperties.builder().initialCapital(1000).build())
                .flat(100, b -> Sim.longEntry(b, "L")).bar(100, 101, 90, 95);
        assertEquals(10, s.broker.maxDrawdown(), E, "equity touched 990 at the low");
        assertEquals(1, s.broker.maxRunup(), E);
        s.bar(95, 120, 95, 118);
        assertEquals(30, s.broker.maxRunup(), E, "from the 990 trough to 1020 at the high");
        assertEquals(30 / 990.0 * 100, s.broker.result().metrics().maxRunupPercent(), E);
    }

    @Test
    void tradeRunupAndDrawdownIncludeTheEntryCommission() {
        Sim s = new Sim(StrategyProperties.builder().commission(CommissionType.CASH_PER_ORDER, 1).build())
                .flat(100, b -> Sim.longEntry(b, "L")).bar(100, 104, 97, 100, b -> b.close("L")).flat(100);
        Trade t = s.lastClosed();
        assertEquals(3, t.maxRunup(), E, "4 at the high minus the 1 entry commission");
        assertEquals(4, t.maxDrawdown(), E, "3 at the low plus the 1 entry commission");
    }

    @Test
    void sharpeAndSortinoOnMonthlyReturns() {
        long[] t = {at("2024-01-15"), at("2024-02-15"), at("2024-03-15"), at("2024-04-15")};
        EquityCurve curve = new EquityCurve(t, new double[] {1010, 1000, 1030, 1030}, new double[4]);
        List<PeriodReturn> monthly = PeriodReturns.monthly(curve, 1000);
        assertEquals(4, monthly.size());
        assertEquals(at("2024-02-01"), monthly.get(1).start());
        assertEquals(1000.0 / 1010 - 1, monthly.get(1).returnRate(), E);
        // expected values computed independently (Python) from the formulas documented on Metrics
        assertEquals(0.39686386969686305, PeriodReturns.sharpe(monthly, 0.02 / 12), 1e-12);
        assertEquals(1.0024869295602892, PeriodReturns.sortino(monthly, 0.02 / 12), 1e-12);
        assertTrue(Double.isNaN(PeriodReturns.sharpe(monthly.subList(0, 1), 0)), "one period: undefined");
    }

    @Test
    void shortHistoryUsesDailyReturns() {
        Sim s = new Sim().flat(100, b -> Sim.longEntry(b, "L"));
        for (int i = 0; i < 100; i++) {
            s.flat(100 + (i % 7));
        }
        Metrics m = s.broker.result().metrics();
        assertEquals("daily", m.ratioPeriod());
        assertEquals(5, m.dailyReturns().size(), "101 hourly bars span 5 UTC days");
        assertEquals(1, m.monthlyReturns().size());
    }

    private static long at(String day) {
        return Instant.parse(day + "T00:00:00Z").toEpochMilli();
    }
}
