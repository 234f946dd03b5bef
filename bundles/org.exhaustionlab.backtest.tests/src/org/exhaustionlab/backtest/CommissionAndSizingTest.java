package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CommissionAndSizingTest {

    /** Buys 2 at 100 (bar 1 open), sells at 110 (bar 2 open). */
    private static Trade roundTrip(StrategyProperties p) {
        Sim s = new Sim(p).flat(99, b -> Sim.entry(b, "L", Direction.LONG, 2)).flat(100, b -> b.close("L")).flat(110);
        assertEquals(1, s.closed().size());
        return s.lastClosed();
    }

    @Test
    void percentCommissionOnEachFillsValue() {
        Trade t = roundTrip(StrategyProperties.builder().commission(CommissionType.PERCENT, 0.1).build());
        assertEquals(0.2 + 0.22, t.commission(), 1e-12);
        assertEquals(20 - 0.42, t.profit(), 1e-12);
    }

    @Test
    void cashPerContract() {
        Trade t = roundTrip(StrategyProperties.builder().commission(CommissionType.CASH_PER_CONTRACT, 0.5).build());
        assertEquals(2, t.commission(), 1e-12);
        assertEquals(18, t.profit(), 1e-12);
    }

    @Test
    void cashPerOrder() {
        Trade t = roundTrip(StrategyProperties.builder().commission(CommissionType.CASH_PER_ORDER, 3).build());
        assertEquals(6, t.commission(), 1e-12);
        assertEquals(14, t.profit(), 1e-12);
    }

    @Test
    void cashPerOrderOfAReversalIsSplitBetweenItsLegs() {
        Sim s = new Sim(StrategyProperties.builder().commission(CommissionType.CASH_PER_ORDER, 3).build())
                .flat(100, b -> Sim.entry(b, "L", Direction.LONG, 2))
                .flat(100, b -> Sim.entry(b, "S", Direction.SHORT, 1)).flat(100);
        // the reversal sells 3: 2 close the long (2/3 of 3), 1 opens the short (1/3 of 3)
        assertEquals(3 + 2, s.lastClosed().commission(), 1e-12);
        assertEquals(1, s.broker.openTrade(0).commission(), 1e-12);
        assertEquals(6, s.broker.commissionPaid(), 1e-12);
    }

    @Test
    void percentOfEquityIsSizedAtThePlacementClose() {
        StrategyProperties p = StrategyProperties.builder().initialCapital(10_000)
                .defaultQty(QtyType.PERCENT_OF_EQUITY, 10).build();
        Sim s = new Sim(p).flat(100, b -> Sim.longEntry(b, "L")).flat(105);
        assertEquals(10, s.broker.positionSize(), 1e-12, "10 % of 10,000 at the close 100");
        Sim stepped = new Sim(StrategyProperties.builder().initialCapital(10_000)
                .defaultQty(QtyType.PERCENT_OF_EQUITY, 10).qtyStep(1).build()).flat(99, b -> Sim.longEntry(b, "L"))
                .flat(99);
        assertEquals(10, stepped.broker.positionSize(), "1000 / 99 = 10.1 floored to the qty step");
    }

    @Test
    void percentOfEquityUsesCurrentEquity() {
        StrategyProperties p = StrategyProperties.builder().initialCapital(1_000)
                .defaultQty(QtyType.PERCENT_OF_EQUITY, 100).build();
        Sim s = new Sim(p).flat(100, b -> Sim.longEntry(b, "L")).flat(100, b -> b.close("L")).flat(150);
        assertEquals(500, s.broker.netProfit(), 1e-9, "10 contracts from 100 to 150");
        s.flat(150, b -> Sim.longEntry(b, "L2")).flat(150);
        assertEquals(10, s.broker.positionSize(), 1e-9, "equity 1,500 at 150");
    }

    @Test
    void cashSizingAndPriceOrdersSizedAtTheirFill() {
        StrategyProperties p = StrategyProperties.builder().defaultQty(QtyType.CASH, 1000).build();
        Sim s = new Sim(p).flat(50, b -> Sim.longEntry(b, "L")).flat(50);
        assertEquals(20, s.broker.positionSize(), 1e-12);
        Sim limit = new Sim(p).flat(100, b -> b.entry("L", Direction.LONG, Double.NaN, 80, Double.NaN, null, null,
                null, null)).bar(100, 100, 79, 85);
        assertEquals(12.5, limit.broker.positionSize(), 1e-12);
    }

    @Test
    void pointValueScalesProfit() {
        Trade t = roundTrip(StrategyProperties.builder().pointValue(50).build());
        assertEquals(1000, t.profit(), 1e-9);
        assertEquals(10, t.profitPercent(50), 1e-9);
    }
}
