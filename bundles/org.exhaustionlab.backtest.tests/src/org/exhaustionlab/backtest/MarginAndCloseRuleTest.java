package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarginAndCloseRuleTest {

    @Test
    void marginCallLiquidatesFourTimesTheShortfall() {
        StrategyProperties p = StrategyProperties.builder().initialCapital(1000).margin(10, 10).qtyStep(1).build();
        Sim s = new Sim(p).flat(100, b -> Sim.entry(b, "L", Direction.LONG, 50)).flat(100);
        assertEquals(50, s.broker.positionSize());
        s.bar(100, 100, 92, 95);
        assertEquals(0, s.broker.marginCalls(), "at 92: equity 600 covers the 460 margin");
        // at 88: equity 400 < margin 440; shortfall 40 = 4.55 contracts of 8.8 margin → 4 × 4.55 = 18.2 → 19
        s.bar(95, 95, 88, 90);
        assertEquals(1, s.broker.marginCalls());
        assertEquals(31, s.broker.positionSize());
        Trade t = s.lastClosed();
        assertEquals(19, t.qty());
        assertEquals(88, t.exitPrice());
        assertEquals("Margin call", t.exitSignal());
        assertEquals(1, s.broker.result().metrics().marginCalls());
    }

    @Test
    void noMarginCallsWithMarginOff() {
        StrategyProperties p = StrategyProperties.builder().initialCapital(1000).margin(0, 0).build();
        Sim s = new Sim(p).flat(100, b -> Sim.entry(b, "L", Direction.LONG, 50)).flat(100).bar(100, 100, 70, 80);
        assertEquals(0, s.broker.marginCalls());
        assertEquals(50, s.broker.positionSize());
    }

    private static Sim twoEntriesThenCloseB(CloseEntriesRule rule) {
        StrategyProperties p = StrategyProperties.builder().pyramiding(2).closeEntriesRule(rule).build();
        return new Sim(p).flat(100, b -> Sim.longEntry(b, "A")).flat(101, b -> Sim.longEntry(b, "B"))
                .flat(102, b -> b.close("B")).flat(103);
    }

    @Test
    void fifoClosesTheOldestTradeWhateverEntryTheCloseNames() {
        Sim s = twoEntriesThenCloseB(CloseEntriesRule.FIFO);
        assertEquals(1, s.broker.positionSize());
        assertEquals("A", s.lastClosed().entryId());
        assertEquals("B", s.lastClosed().exitId());
        assertEquals("B", s.broker.positionEntryName());
    }

    @Test
    void anyClosesTheNamedEntry() {
        Sim s = twoEntriesThenCloseB(CloseEntriesRule.ANY);
        assertEquals(1, s.broker.positionSize());
        assertEquals("B", s.lastClosed().entryId());
        assertEquals("A", s.broker.positionEntryName());
    }
}
