package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarketOrdersTest {

    @Test
    void marketEntryFillsAtNextOpen() {
        Sim s = new Sim().bar(100, 101, 99, 100.5, b -> Sim.longEntry(b, "L"));
        assertEquals(0, s.broker.positionSize(), "nothing fills on the bar the order is placed");
        s.bar(102, 103, 101, 102.5);
        assertEquals(1, s.broker.positionSize());
        assertEquals(102, s.broker.positionAvgPrice());
        assertEquals("L", s.broker.positionEntryName());
        assertEquals(1, s.broker.openTrade(0).entryBarIndex());
        assertEquals(0.5, s.broker.openProfit(), 1e-12);
    }

    @Test
    void processOrdersOnCloseFillsAtTheSameBarsClose() {
        Sim s = new Sim(StrategyProperties.builder().processOrdersOnClose(true).build())
                .bar(100, 101, 99, 100.5, b -> Sim.longEntry(b, "L"));
        assertEquals(1, s.broker.positionSize());
        assertEquals(100.5, s.broker.positionAvgPrice());
        assertEquals(0, s.broker.openTrade(0).entryBarIndex());
    }

    @Test
    void closeImmediatelyFillsAtTheCurrentClose() {
        Sim s = new Sim().bar(100, 100, 100, 100, b -> Sim.longEntry(b, "L")).bar(101, 103, 100, 102);
        s.bar(102, 104, 101, 103, b -> {
            b.close("L", Double.NaN, Double.NaN, "now", null, true);
            assertEquals(0, b.positionSize(), "the script sees the close at once");
        });
        Trade t = s.lastClosed();
        assertEquals(103, t.exitPrice());
        assertEquals(2, t.exitBarIndex());
        assertEquals("now", t.exitSignal());
        assertEquals(2, t.profit(), 1e-9);
    }

    @Test
    void closeFillsAtNextOpenAndIgnoresUnknownEntry() {
        Sim s = new Sim().flat(100, b -> Sim.longEntry(b, "L")).bar(101, 102, 100, 101, b -> {
            b.close("nope");
            b.close("L");
        });
        assertEquals(1, s.broker.pendingOrders().size());
        s.bar(99, 100, 98, 99);
        assertEquals(0, s.broker.positionSize());
        assertEquals(-2, s.lastClosed().profit(), 1e-9);
        assertEquals("L", s.lastClosed().exitId());
    }

    @Test
    void entryOppositeDirectionReversesInOneOrder() {
        Sim s = new Sim().flat(100, b -> Sim.entry(b, "L", Direction.LONG, 2)).flat(101,
                b -> b.entry("S", Direction.SHORT, 1, Double.NaN, Double.NaN, null, null, "go short", null));
        s.bar(105, 106, 104, 105);
        assertEquals(-1, s.broker.positionSize());
        Trade closed = s.lastClosed();
        assertEquals("L", closed.entryId());
        assertEquals("S", closed.exitId());
        assertEquals("go short", closed.exitSignal());
        assertEquals(105, closed.exitPrice());
        assertEquals(8, closed.profit(), 1e-9, "2 contracts bought at 101 (next open), sold at 105");
        assertEquals("S", s.broker.positionEntryName());
    }

    @Test
    void pyramidingLimitsEntriesInOneDirection() {
        Sim one = new Sim().flat(100, b -> Sim.longEntry(b, "A")).flat(102, b -> Sim.longEntry(b, "B")).flat(104);
        assertEquals(1, one.broker.positionSize(), "pyramiding 1: the second entry is ignored");
        Sim two = new Sim(StrategyProperties.builder().pyramiding(2).build()).flat(100, b -> Sim.longEntry(b, "A"))
                .flat(102, b -> Sim.longEntry(b, "B")).flat(104, b -> Sim.longEntry(b, "C")).flat(106);
        assertEquals(2, two.broker.positionSize());
        assertEquals(103, two.broker.positionAvgPrice(), 1e-12);
        assertEquals(2, two.broker.openTradesCount());
    }

    @Test
    void strategyOrderNetsWithoutReversalLogic() {
        Sim s = new Sim().flat(100, b -> b.order("buy", Direction.LONG, 2, Double.NaN, Double.NaN, null, null, null,
                null)).flat(101, b -> b.order("sell", Direction.SHORT, 3, Double.NaN, Double.NaN, null, null, null,
                        null)).flat(102);
        assertEquals(-1, s.broker.positionSize(), "3 sold against 2 held leaves 1 short");
        assertEquals(1, s.closed().size());
        assertEquals(2, s.lastClosed().qty());
        assertEquals(2, s.lastClosed().profit(), 1e-9);
        assertEquals("sell", s.broker.positionEntryName());
    }

    @Test
    void reissuingAnIdModifiesThePendingOrder() {
        Sim s = new Sim().flat(100, b -> {
            Sim.entry(b, "L", Direction.LONG, 1);
            Sim.entry(b, "L", Direction.LONG, 3);
        }).flat(100);
        assertEquals(3, s.broker.positionSize());
    }

    @Test
    void cancelAndCancelAllRemovePendingOrders() {
        Sim s = new Sim().flat(100, b -> {
            b.entry("A", Direction.LONG, 1, 90, Double.NaN, null, null, null, null);
            b.entry("B", Direction.LONG, 1, 80, Double.NaN, null, null, null, null);
            b.cancel("A");
        });
        assertEquals(1, s.broker.pendingOrders().size());
        s.flat(100, Broker::cancelAll);
        assertTrue(s.broker.pendingOrders().isEmpty());
    }

    @Test
    void misuseGivesClearErrors() {
        Broker b = new Broker(StrategyProperties.defaults(), 0.01);
        assertThrows(IllegalStateException.class, () -> b.entry("L", Direction.LONG));
        assertThrows(IllegalArgumentException.class, () -> b.beginBar(0, 0, 10, 9, 8, 10, 0));
        b.beginBar(0, 0, 10, 11, 9, 10, 0);
        b.exit("x", ExitParams.builder().fromEntry("L").build()); // all levels na: accepted, no order (as TradingView)
        assertTrue(b.pendingOrders().isEmpty(), "an exit without any level places no order");
        assertThrows(IllegalArgumentException.class, () -> Sim.entry(b, "L", Direction.LONG, -1));
        assertThrows(IllegalArgumentException.class, () -> Sim.longEntry(b, ""));
    }
}
