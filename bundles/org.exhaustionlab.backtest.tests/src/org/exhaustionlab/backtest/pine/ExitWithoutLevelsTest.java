package org.exhaustionlab.backtest.pine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.junit.jupiter.api.Test;

/**
 * strategy.exit whose price levels are all na on a bar (TradingView accepts the call and places no exit order): the
 * run continues, and once a level is available the exit works as usual.
 */
class ExitWithoutLevelsTest {

    private static BacktestResult run(String script, BarSeries bars) {
        PineProgram program = PineEngine.compile(script, "exit.pine");
        assertFalse(program.hasErrors(), program.diagnostics().toString());
        PineStrategyHost host = new PineStrategyHost(bars, Double.NaN);
        RunResult result = program.run(bars, RunOptions.defaults().withStrategyHost(host));
        assertTrue(result.ok(), String.valueOf(result.failure()));
        assertEquals(bars.size(), result.bars());
        return host.result();
    }

    @Test
    void allNaLevelsPlaceNoOrderAndTheRunGoesOn() {
        BarSeries bars = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, 1_704_067_200_000L, 600, 5);
        // the exit's levels are na for ever: the entry stays open to the end, no exit ever fills
        BacktestResult never = run("""
                //@version=6
                strategy("never")
                if bar_index == 10
                    strategy.entry("L", strategy.long)
                strategy.exit("X", "L", stop = na, limit = na, profit = na, loss = na)
                """, bars);
        assertTrue(never.allTrades().stream().noneMatch(t -> "X".equals(t.exitId())), "no exit order was placed");
        // the levels become available on bar 50: from then on the bracket exits the trade
        BacktestResult later = run("""
                //@version=6
                strategy("later")
                if bar_index == 10
                    strategy.entry("L", strategy.long)
                float stopLevel = bar_index >= 50 ? strategy.position_avg_price * 0.999 : na
                float limitLevel = bar_index >= 50 ? strategy.position_avg_price * 1.001 : na
                strategy.exit("X", "L", stop = stopLevel, limit = limitLevel)
                """, bars);
        assertTrue(later.allTrades().stream().anyMatch(t -> "X".equals(t.exitId()) && t.exitBarIndex() >= 50),
                "the exit works once its levels exist: " + later.allTrades());
    }
}
