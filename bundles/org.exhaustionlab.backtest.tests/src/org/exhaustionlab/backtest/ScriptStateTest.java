package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a script reads during a bar: strategy.* variables, closedtrades/opentrades accessors, fills. */
class ScriptStateTest {

    @Test
    void variablesTheScriptReads() {
        Sim s = new Sim(StrategyProperties.builder().initialCapital(1000).build());
        s.flat(100, b -> b.entry("L", Direction.LONG, 2, Double.NaN, Double.NaN, null, null, "in", "buy alert"));
        s.bar(100, 106, 99, 105, b -> {
            assertEquals(1, b.fillsThisBar());
            assertEquals(2, b.positionSize());
            assertEquals(10, b.openProfit(), 1e-9);
            assertEquals(1010, b.equity(), 1e-9);
            assertEquals(1000, b.initialCapital());
            assertEquals(1, b.openTradesCount());
            Trade open = b.openTrade(0);
            assertEquals("in", open.entryComment());
            assertEquals(1, open.entryBarIndex());
            assertEquals(12, open.maxRunup(), 1e-9, "high 106 seen");
            assertEquals(2, open.maxDrawdown(), 1e-9, "low 99 seen");
            b.close("L", Double.NaN, Double.NaN, "out", "sell alert", true);
            assertEquals(2, b.fillsThisBar(), "entry at the open, close at once");
        });
        s.flat(103, b -> {
            assertEquals(0, b.fillsThisBar());
            assertEquals(1, b.closedTradesCount());
            assertEquals(1, b.winTrades());
            assertEquals(0, b.lossTrades());
            assertEquals(0, b.evenTrades());
            assertEquals(10, b.netProfit(), 1e-9);
            assertEquals(10, b.grossProfit(), 1e-9);
            assertEquals(0, b.grossLoss(), 1e-9);
            assertEquals(2, b.maxContractsHeldAll());
            assertEquals(2, b.maxContractsHeldLong());
            assertEquals(0, b.maxContractsHeldShort());
            Trade t = b.closedTrade(0);
            assertEquals(105, t.exitPrice());
            assertEquals("L", t.exitId());
            assertEquals("out", t.exitComment());
            assertEquals(1, t.exitBarIndex());
            assertEquals(Sim.T0 + Sim.HOUR, t.exitTime());
            assertEquals("", b.positionEntryName());
            assertTrue(Double.isNaN(b.positionAvgPrice()));
        });
        List<Fill> fills = s.broker.fills();
        assertEquals(2, fills.size());
        assertEquals(new Fill(1, Sim.T0 + Sim.HOUR, "L", 1, 2, 100, "in", "buy alert"), fills.get(0));
        assertEquals(new Fill(1, Sim.T0 + Sim.HOUR, "L", -1, 2, 105, "out", "sell alert"), fills.get(1));
    }

    @Test
    void shortTradeSignedSizeAndExitLegComment() {
        Sim s = new Sim().flat(100, b -> {
            Sim.entry(b, "S", Direction.SHORT, 3);
            b.exit("x", ExitParams.builder().fromEntry("S").profit(100).commentProfit("tp").alertMessage("a").build());
        }).bar(100, 100, 98, 99);
        Trade t = s.lastClosed();
        assertEquals(-3, t.signedSize());
        assertEquals(99, t.exitPrice());
        assertEquals("tp", s.broker.fills().get(1).comment());
        assertEquals("a", s.broker.fills().get(1).alertMessage());
    }
}
