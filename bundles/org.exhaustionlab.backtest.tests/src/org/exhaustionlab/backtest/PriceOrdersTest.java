package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Limit, stop and stop-limit orders along the intrabar path, gaps, slippage, the limit fill assumption. */
class PriceOrdersTest {

    private static void limitBuy(Broker b, double limit) {
        b.entry("L", Direction.LONG, 1, limit, Double.NaN, null, null, null, null);
    }

    private static void stopBuy(Broker b, double stop) {
        b.entry("L", Direction.LONG, 1, Double.NaN, stop, null, null, null, null);
    }

    @Test
    void buyLimitFillsAtItsPriceWhenReached() {
        Sim s = new Sim().flat(100, b -> limitBuy(b, 95)).bar(100, 101, 95.5, 96);
        assertEquals(0, s.broker.positionSize(), "low 95.5 does not reach 95");
        s.bar(96, 97, 94, 96);
        assertEquals(1, s.broker.positionSize());
        assertEquals(95, s.broker.positionAvgPrice());
    }

    @Test
    void priceCrossedInTheGapFillsAtTheOpen() {
        Sim limit = new Sim().flat(100, b -> limitBuy(b, 95)).bar(93, 94, 92, 93.5);
        assertEquals(93, limit.broker.positionAvgPrice(), "limit 95 gapped through: fills at the better open");
        Sim stop = new Sim(StrategyProperties.builder().slippageTicks(3).build()).flat(100, b -> stopBuy(b, 105))
                .bar(107, 108, 106, 107);
        assertEquals(107.03, stop.broker.positionAvgPrice(), 1e-12, "stop gapped through: open plus slippage");
    }

    @Test
    void stopFillsAtItsLevelPlusSlippage() {
        Sim s = new Sim(StrategyProperties.builder().slippageTicks(2).build()).flat(100, b -> stopBuy(b, 105))
                .bar(100, 106, 99, 105.5);
        assertEquals(105.02, s.broker.positionAvgPrice(), 1e-12);
    }

    @Test
    void limitsGetNoSlippage() {
        Sim s = new Sim(StrategyProperties.builder().slippageTicks(5).build()).flat(100, b -> limitBuy(b, 95))
                .bar(100, 100, 94, 96);
        assertEquals(95, s.broker.positionAvgPrice());
    }

    @Test
    void limitMustBeCrossedByTheFillAssumptionTicks() {
        StrategyProperties p = StrategyProperties.builder().fillLimitsAssumptionTicks(2).build();
        Sim s = new Sim(p).flat(100, b -> limitBuy(b, 95)).bar(100, 100, 94.99, 96);
        assertEquals(0, s.broker.positionSize(), "touching by 1 tick is not enough");
        s.bar(96, 96, 94.98, 95.5);
        assertEquals(95, s.broker.positionAvgPrice(), "crossed by 2 ticks: fills at the limit");
    }

    @Test
    void stopLimitWorksAsALimitOnceItsStopIsReached() {
        // low first (open nearer the low): 100 → 99 → 107 → 106; stop 105 triggers, limit 105.5 is marketable
        Sim s = new Sim().flat(100, b -> b.entry("L", Direction.LONG, 1, 105.5, 105, null, null, null, null))
                .bar(100, 107, 99, 106);
        assertEquals(105, s.broker.positionAvgPrice());
        // gap above the limit: stop triggered at the open, the limit fills only when price comes back to 105.5
        Sim gap = new Sim().flat(100, b -> b.entry("L", Direction.LONG, 1, 105.5, 105, null, null, null, null))
                .bar(107, 108, 106, 107);
        assertEquals(0, gap.broker.positionSize());
        gap.bar(107, 107.5, 105, 106);
        assertEquals(105.5, gap.broker.positionAvgPrice());
    }

    @Test
    void intrabarPathVisitsTheNearerExtremeFirst() {
        ExitParams bracket = ExitParams.builder().fromEntry("L").profit(200).loss(200).build();
        // equal distance: the low counts as nearer → the stop (98) fills before the limit (102)
        Sim tie = new Sim().flat(100, b -> Sim.longEntry(b, "L")).bar(100, 100, 100, 100, b -> b.exit("x", bracket))
                .bar(100, 103, 97, 100);
        assertEquals(98, tie.lastClosed().exitPrice());
        // high nearer: open → high first → the limit fills
        Sim up = new Sim().flat(100, b -> Sim.longEntry(b, "L")).bar(100, 100, 100, 100, b -> b.exit("x", bracket))
                .bar(100, 102.5, 97, 100);
        assertEquals(102, up.lastClosed().exitPrice());
    }

    @Test
    void sellStopEntryAndShortLimit() {
        Sim s = new Sim().flat(100, b -> b.entry("S", Direction.SHORT, 1, Double.NaN, 95, null, null, null, null))
                .bar(100, 100.5, 94, 94.5);
        assertEquals(-1, s.broker.positionSize());
        assertEquals(95, s.broker.positionAvgPrice());
        Sim l = new Sim().flat(100, b -> b.entry("S", Direction.SHORT, 1, 103, Double.NaN, null, null, null, null))
                .bar(100, 104, 99.5, 101);
        assertEquals(103, l.broker.positionAvgPrice());
    }

    @Test
    void orderPricesAreRoundedAwayFromTheFillingSide() {
        Sim s = new Sim(StrategyProperties.builder().pyramiding(2).build()).flat(100, b -> {
            b.entry("BL", Direction.LONG, 1, 95.457, Double.NaN, null, null, null, null);
            b.entry("BS", Direction.LONG, 1, Double.NaN, 105.451, null, null, null, null);
        });
        // buy limit rounds down, buy stop rounds up
        s.bar(100, 105.46, 95.45, 100);
        assertEquals(2, s.broker.openTradesCount());
        Trade first = s.broker.openTrade(0);
        Trade second = s.broker.openTrade(1);
        assertEquals(95.45, Math.min(first.entryPrice(), second.entryPrice()), 1e-12);
        assertEquals(105.46, Math.max(first.entryPrice(), second.entryPrice()), 1e-12);
    }

    @Test
    void ocaCancelRemovesTheOtherOrdersOfTheGroup() {
        Sim s = new Sim().flat(100, b -> {
            b.entry("up", Direction.LONG, 1, Double.NaN, 102, "g", OcaType.CANCEL, null, null);
            b.entry("down", Direction.SHORT, 1, Double.NaN, 98, "g", OcaType.CANCEL, null, null);
        }).bar(100, 103, 99.5, 102.5);
        assertEquals(1, s.broker.positionSize());
        assertTrue(s.broker.pendingOrders().isEmpty(), "the short stop was cancelled by the fill");
        s.bar(102.5, 102.5, 97, 97.5);
        assertEquals(1, s.broker.positionSize());
    }

    @Test
    void ocaReduceShrinksTheOtherOrdersOfTheGroup() {
        Sim s = new Sim().flat(100, b -> Sim.entry(b, "L", Direction.LONG, 3)).flat(100, b -> {
            b.order("tp", Direction.SHORT, 1, 110, Double.NaN, "g", OcaType.REDUCE, null, null);
            b.order("sl", Direction.SHORT, 2, Double.NaN, 90, "g", OcaType.REDUCE, null, null);
        }).bar(100, 111, 99, 105);
        assertEquals(2, s.broker.positionSize(), "take-profit sold 1");
        s.bar(105, 105, 89, 90);
        assertEquals(1, s.broker.positionSize(), "the stop was reduced from 2 to 1");
    }
}
