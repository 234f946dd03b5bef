package org.exhaustionlab.backtest.pine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Trade;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.junit.jupiter.api.Test;

/**
 * strategy(calc_on_order_fills = true) through the broker: the script runs again at each intrabar fill point (at
 * most 4 executions per bar), orders it places there fill on the rest of the same bar, and its state is rolled back.
 */
class CalcOnOrderFillsTest {

    /**
     * Bar 0 flat at 100. Bar 1: open 100, low 99 (nearer), high 105, close 101: path 100 → 99 → 105 → 101. Bar 2:
     * open 101, low 100, high 103, close 102: path 101 → 100 → 103 → 102. Bar 3 flat at 102.
     */
    static BarSeries bars() {
        double[] o = {100, 100, 101, 102};
        double[] h = {100, 105, 103, 102};
        double[] l = {100, 99, 100, 102};
        double[] c = {100, 101, 102, 102};
        long[] t = new long[o.length];
        double[] v = new double[o.length];
        for (int i = 0; i < o.length; i++) {
            t[i] = 1_704_067_200_000L + 3_600_000L * i;
            v[i] = 1;
        }
        return BarSeries.of(Symbol.of("T", 0.01, 0.01), Timeframe.parse("1h"), t, o, h, l, c, v);
    }

    record Outcome(BacktestResult backtest, RunResult run) {
    }

    static Outcome run(String declaration, String body) {
        String source = "//@version=6\nstrategy(\"C\"" + declaration + ")\n" + body;
        PineProgram program = PineEngine.compile(source, "cof.pine");
        assertFalse(program.hasErrors(), program.diagnostics().toString());
        BarSeries bars = bars();
        PineStrategyHost host = new PineStrategyHost(bars, Double.NaN);
        RunResult r = program.run(bars, RunOptions.defaults().withStrategyHost(host));
        assertTrue(r.ok(), String.valueOf(r.failure()));
        return new Outcome(host.result(), r);
    }

    /** Enters on bar 0 (fills at bar 1's open) and sets a take-profit 2 above the entry once it sees the position. */
    static final String TAKE_PROFIT = """
            if bar_index == 0
                strategy.entry("L", strategy.long)
            if strategy.position_size > 0
                strategy.exit("TP", from_entry = "L", limit = strategy.position_avg_price + 2)
            """;

    @Test
    void exitPlacedAfterTheEntryFillFillsOnTheSameBar() {
        Trade plain = run("", TAKE_PROFIT).backtest().closedTrades().get(0);
        Trade recalc = run(", calc_on_order_fills = true", TAKE_PROFIT).backtest().closedTrades().get(0);
        assertEquals(1, plain.entryBarIndex());
        assertEquals(2, plain.exitBarIndex(), "without the property the exit is placed at bar 1's close");
        assertEquals(102, plain.exitPrice(), 1e-9);
        assertEquals(1, recalc.entryBarIndex());
        assertEquals(1, recalc.exitBarIndex(), "re-run at the entry fill: the exit fills on the way up to 105");
        assertEquals(102, recalc.exitPrice(), 1e-9);
    }

    @Test
    void marketOrderPlacedAtAFillPointFillsAtTheNextTickOfThePath() {
        String body = """
                if bar_index == 0
                    strategy.entry("L", strategy.long)
                if strategy.position_size > 0
                    strategy.close("L")
                """;
        Trade plain = run("", body).backtest().closedTrades().get(0);
        Trade recalc = run(", calc_on_order_fills = true", body).backtest().closedTrades().get(0);
        assertEquals(2, plain.exitBarIndex());
        assertEquals(101, plain.exitPrice(), 1e-9, "next bar's open");
        assertEquals(1, recalc.exitBarIndex());
        assertEquals(99, recalc.exitPrice(), 1e-9, "the next path vertex after the open: the low");
    }

    @Test
    void atMostFourExecutionsPerBarEachEntryAtTheNextTick() {
        String body = """
                var int runs = 0
                runs += 1
                strategy.entry("L", strategy.long)
                plot(runs, "runs")
                """;
        Outcome o = run(", pyramiding = 100, calc_on_order_fills = true", body);
        double[] bar1 = prices(o, 1);
        assertArrayEquals(new double[] {100, 99, 105, 101}, bar1,
                "open fill + 3 re-executions whose entries fill at the next vertex; the 4th execution is the close");
        assertArrayEquals(new double[] {101, 100, 103, 102}, prices(o, 2));
        assertArrayEquals(new double[] {1, 2, 3, 4}, o.run().plot("runs").values(), "var rolled back");
        Outcome plain = run(", pyramiding = 100", body);
        assertArrayEquals(new double[] {100}, prices(plain, 1), "one entry per bar without the property");
    }

    private static double[] prices(Outcome o, int bar) {
        return o.backtest().allTrades().stream().filter(t -> t.entryBarIndex() == bar)
                .mapToDouble(Trade::entryPrice).toArray();
    }
}
