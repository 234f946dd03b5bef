package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RiskRulesTest {

    private static StrategyProperties with(RiskRules r) {
        return StrategyProperties.builder().pyramiding(5).risk(r).build();
    }

    @Test
    void allowEntryInTurnsOppositeEntriesIntoExits() {
        Sim s = new Sim(with(RiskRules.NONE.withAllowEntryIn(Direction.LONG))).flat(100, b -> Sim.longEntry(b, "L"))
                .flat(101, b -> Sim.entry(b, "S", Direction.SHORT, 1)).flat(102);
        assertEquals(0, s.broker.positionSize());
        assertEquals("S", s.lastClosed().exitId());
    }

    @Test
    void maxPositionSizeCutsEntries() {
        Sim s = new Sim(with(RiskRules.NONE.withMaxPositionSize(3)))
                .flat(100, b -> Sim.entry(b, "A", Direction.LONG, 2)).flat(100, b -> Sim.entry(b, "B", Direction.LONG, 2))
                .flat(100);
        assertEquals(3, s.broker.positionSize());
    }

    @Test
    void maxDrawdownClosesAndHalts() {
        Sim s = new Sim(with(RiskRules.NONE.withMaxDrawdown(5, false))).flat(100, b -> Sim.longEntry(b, "L"))
                .flat(100).bar(100, 100, 94, 94);
        assertEquals(0, s.broker.positionSize(), "equity fell 6 > 5: closed at the close");
        assertEquals(94, s.lastClosed().exitPrice());
        s.flat(94, b -> Sim.longEntry(b, "L")).flat(94);
        assertEquals(0, s.broker.positionSize(), "no trading after the halt");
    }

    @Test
    void maxIntradayFilledOrdersHaltsForTheDay() {
        Sim s = new Sim(with(RiskRules.NONE.withMaxIntradayFilledOrders(2))).flat(100, b -> Sim.longEntry(b, "A"))
                .flat(100);
        assertEquals(1, s.broker.positionSize(), "one fill of two allowed");
        s.flat(100, b -> b.close("A")).flat(100, b -> Sim.longEntry(b, "B")).flat(100);
        assertEquals(0, s.broker.positionSize(), "the close was the second fill: no more entries today");
        assertEquals(1, s.broker.closedTradesCount());
        for (int i = 0; i < 24; i++) {
            s.flat(100);
        }
        s.flat(100, b -> Sim.longEntry(b, "C")).flat(100);
        assertEquals(1, s.broker.positionSize(), "a new day: trading again");
    }
}
