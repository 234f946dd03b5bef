package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** strategy.exit brackets, trailing stops, partial exits; strategy.close with qty / qty_percent. */
class ExitOrdersTest {

    @Test
    void takeProfitInTicksWithItsOwnComment() {
        ExitParams p = ExitParams.builder().fromEntry("L").profit(100).loss(50).comment("x")
                .commentProfit("TP").commentLoss("SL").build();
        Sim s = new Sim().flat(100, b -> {
            Sim.longEntry(b, "L");
            b.exit("bracket", p);
        }).bar(100, 100.5, 99.8, 100.2);
        assertEquals(1, s.broker.positionSize(), "neither 101 nor 99.5 reached");
        s.bar(100.2, 101.2, 100, 101);
        Trade t = s.lastClosed();
        assertEquals(101, t.exitPrice());
        assertEquals("TP", t.exitSignal());
        assertEquals("bracket", t.exitId());
    }

    @Test
    void stopLossInTicksFillsWithSlippage() {
        ExitParams p = ExitParams.builder().fromEntry("L").loss(50).commentLoss("SL").build();
        Sim s = new Sim(StrategyProperties.builder().slippageTicks(1).build()).flat(100, b -> {
            Sim.longEntry(b, "L");
            b.exit("sl", p);
        }).bar(100, 100, 100, 100);
        double entry = s.broker.positionAvgPrice();
        assertEquals(100.01, entry, 1e-12, "market entry with 1 tick slippage");
        s.bar(100, 100.2, 99, 99.5);
        assertEquals(99.51 - 0.01, s.lastClosed().exitPrice(), 1e-9, "stop 99.51 (entry − 50 ticks) − 1 tick");
        assertEquals("SL", s.lastClosed().exitSignal());
    }

    @Test
    void exitWaitsForItsEntryAndWorksOnTheEntryBar() {
        Sim s = new Sim().flat(100, b -> {
            Sim.longEntry(b, "L");
            b.exit("tp", ExitParams.builder().fromEntry("L").limit(102).build());
        });
        assertEquals(1, s.broker.pendingOrders().size() - 1, "entry and waiting exit are both pending");
        s.bar(100, 103, 99.5, 101);
        Trade t = s.lastClosed();
        assertEquals(1, t.entryBarIndex());
        assertEquals(1, t.exitBarIndex());
        assertEquals(102, t.exitPrice());
    }

    @Test
    void armedExitIsCancelledWhenItsEntryClosesOtherwise() {
        Sim s = new Sim().flat(100, b -> Sim.longEntry(b, "L")).flat(100,
                b -> b.exit("tp", ExitParams.builder().fromEntry("L").limit(110).build()));
        s.flat(100, b -> b.close("L"));
        s.flat(101);
        assertEquals(0, s.broker.positionSize());
        assertTrue(s.broker.pendingOrders().isEmpty(), "the exit left with its entry");
    }

    @Test
    void trailingStopActivatesThenFollowsTheBestPrice() {
        ExitParams trail = ExitParams.builder().fromEntry("L").trailPoints(100).trailOffset(50)
                .commentTrailing("trail").build();
        Sim s = new Sim().flat(100, b -> {
            Sim.longEntry(b, "L");
            b.exit("t", trail);
        });
        // entry at 100; low first (0.2 < 3): 100 → 99.8 → 103 (activates at 101, best 103, stop 102.5) → 102.8
        s.bar(100, 103, 99.8, 102.8);
        assertEquals(1, s.broker.positionSize());
        // high first (0.6 < 0.8): 102.8 → 103.4 (new best, stop 102.9) → 102 crosses 102.9
        s.bar(102.8, 103.4, 102, 102.2);
        Trade t = s.lastClosed();
        assertEquals(102.9, t.exitPrice(), 1e-12);
        assertEquals("trail", t.exitSignal());
    }

    @Test
    void trailingStopForAShort() {
        ExitParams trail = ExitParams.builder().fromEntry("S").trailPrice(98).trailOffset(100).build();
        Sim s = new Sim().flat(100, b -> {
            b.entry("S", Direction.SHORT, 1, Double.NaN, Double.NaN, null, null, null, null);
            b.exit("t", trail);
        });
        s.bar(100, 100.1, 96, 96.5); // high first: activates at 98, best 96, stop 97
        assertEquals(-1, s.broker.positionSize());
        s.bar(96.5, 97.5, 96.4, 97.2); // high nearer: reaches 97 → buy stop fills at 97
        assertEquals(97, s.lastClosed().exitPrice(), 1e-12);
        assertEquals(3, s.lastClosed().profit(), 1e-9);
    }

    @Test
    void partialExitsReserveTheirShareOfTheEntry() {
        Sim s = new Sim().flat(100, b -> Sim.entry(b, "L", Direction.LONG, 4)).flat(100, b -> {
            b.exit("half1", ExitParams.builder().fromEntry("L").qtyPercent(50).profit(100).build());
            b.exit("half2", ExitParams.builder().fromEntry("L").qtyPercent(50).profit(300).build());
        });
        s.bar(100, 101.5, 100, 101);
        assertEquals(2, s.broker.positionSize());
        s.bar(101, 103.5, 101, 103);
        assertEquals(0, s.broker.positionSize(), "the second half is 2 contracts, not 50 % of what was left");
        assertEquals(2, s.closed().size());
        assertEquals(2, s.closed().get(1).qty());
        assertEquals(2 * 1 + 2 * 3, s.broker.netProfit(), 1e-9);
    }

    @Test
    void closeWithQtyPercentSplitsTheTrade() {
        Sim s = new Sim().flat(100, b -> Sim.entry(b, "L", Direction.LONG, 4))
                .flat(102, b -> b.close("L", Double.NaN, 25, "quarter", null, false)).flat(104);
        assertEquals(3, s.broker.positionSize());
        Trade part = s.lastClosed();
        assertEquals(1, part.qty());
        assertEquals(104, part.exitPrice());
        assertEquals(2, part.profit(), 1e-9, "bought at 102 (bar 1 open), a quarter sold at 104 (bar 2 open)");
        s.flat(104, b -> b.close("L", 2, Double.NaN, null, null, true));
        assertEquals(1, s.broker.positionSize());
        assertEquals(2, s.broker.closedTradesCount());
        s.flat(104, b -> b.closeAll("all", null, true));
        assertEquals(0, s.broker.positionSize());
        assertEquals("all", s.lastClosed().exitSignal());
    }

    @Test
    void exitWithoutFromEntryAppliesToTheWholePosition() {
        Sim s = new Sim(StrategyProperties.builder().pyramiding(2).build())
                .flat(100, b -> Sim.longEntry(b, "A")).flat(102, b -> Sim.longEntry(b, "B"))
                .flat(104, b -> b.exit("all", ExitParams.builder().stop(101).build()));
        assertEquals(2, s.broker.positionSize());
        s.bar(104, 104, 100, 100.5);
        assertEquals(0, s.broker.positionSize());
        assertEquals(101 - 102 + 101 - 104, s.broker.netProfit(), 1e-9);
    }

    @Test
    void oneExitIdServesSeveralEntries() {
        ExitParams.Builder x = ExitParams.builder().loss(200); // A filled at 102 → stop 100; B at 104 → stop 102
        Sim s = new Sim(StrategyProperties.builder().pyramiding(2).closeEntriesRule(CloseEntriesRule.ANY).build())
                .flat(100, b -> Sim.longEntry(b, "A")).flat(102, b -> Sim.longEntry(b, "B")).flat(104, b -> {
                    b.exit("stop", x.fromEntry("A").build());
                    b.exit("stop", x.fromEntry("B").build());
                });
        assertEquals(2, s.broker.pendingOrders().size());
        s.bar(104, 104, 101, 101.5);
        assertEquals(1, s.broker.positionSize(), "B's stop (102) filled, A's (100) did not");
        assertEquals("B", s.lastClosed().entryId());
        assertEquals(102, s.lastClosed().exitPrice());
    }

    @Test
    void entryAndCloseWithTheSameIdAreDifferentOrders() {
        Sim s = new Sim().flat(100, b -> Sim.longEntry(b, "L")).flat(100, b -> {
            b.close("L");
            Sim.entry(b, "L", Direction.LONG, 1);
        });
        assertEquals(2, s.broker.pendingOrders().size());
    }
}
