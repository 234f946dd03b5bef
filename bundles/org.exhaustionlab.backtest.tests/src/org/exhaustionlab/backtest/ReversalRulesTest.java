package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** When the reversal quantity of an entry is fixed, and what percent figures are relative to. */
class ReversalRulesTest {

    @Test
    void priceEntryPlacedWhileFlatOnlyClosesAnOppositePositionOpenedMeanwhile() {
        Sim s = new Sim().flat(100, b -> {
            b.entry("S", Direction.SHORT, 1, 105, Double.NaN, null, null, null, null); // resting sell limit
            Sim.longEntry(b, "L");
        });
        assertEquals(0, s.broker.positionSize());
        s.bar(100, 101, 99, 100);
        assertEquals(1, s.broker.positionSize(), "the long filled at the open");
        s.bar(100, 106, 99, 104);
        assertEquals(0, s.broker.positionSize(), "the short limit, sized while flat, just closes the long");
        assertEquals(105, s.lastClosed().exitPrice());
    }

    @Test
    void priceEntryPlacedAgainstAPositionReverses() {
        Sim s = new Sim().flat(100, b -> Sim.longEntry(b, "L")).flat(100,
                b -> b.entry("S", Direction.SHORT, 1, 105, Double.NaN, null, null, null, null));
        s.bar(100, 106, 99, 104);
        assertEquals(-1, s.broker.positionSize());
        assertEquals(105, s.broker.positionAvgPrice());
    }

    @Test
    void marketEntryReversalIsSizedAtTheFill() {
        Sim s = new Sim().flat(100, b -> {
            Sim.entry(b, "L", Direction.LONG, 2);
        }).flat(100, b -> Sim.entry(b, "S", Direction.SHORT, 1)).flat(100);
        assertEquals(-1, s.broker.positionSize(), "closes the 2 long at the fill and opens 1 short");
    }

    @Test
    void percentFiguresAreRelativeToEntryValuePlusEntryCommission() {
        Sim s = new Sim(StrategyProperties.builder().commission(CommissionType.CASH_PER_ORDER, 10).build())
                .flat(100, b -> Sim.entry(b, "L", Direction.LONG, 10)).bar(100, 112, 95, 110, b -> b.close("L"))
                .flat(110);
        Trade t = s.lastClosed();
        assertEquals(1010, t.costBasis(1), 1e-9);
        assertEquals(100 - 20, t.profit(), 1e-9);
        assertEquals(80 / 1010.0 * 100, t.profitPercent(1), 1e-9);
        assertEquals((120 - 10) / 1010.0 * 100, t.runupPercent(1), 1e-9, "run-up at 112 net of the entry commission");
        assertEquals((50 + 10) / 1010.0 * 100, t.drawdownPercent(1), 1e-9);
        assertEquals(10, t.signedSize());
        assertEquals(10, t.entryCommission(), 1e-12);
    }
}
