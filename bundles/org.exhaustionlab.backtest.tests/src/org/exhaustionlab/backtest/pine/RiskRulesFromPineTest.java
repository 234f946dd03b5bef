package org.exhaustionlab.backtest.pine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Direction;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.junit.jupiter.api.Test;

/** strategy.risk.* calls in a Pine script reach the broker's risk rules. */
class RiskRulesFromPineTest {

    static final String CROSS = "fast = ta.sma(close, 10)\nslow = ta.sma(close, 30)\n"
            + "if ta.crossover(fast, slow)\n    strategy.entry(\"L\", strategy.long)\n"
            + "if ta.crossunder(fast, slow)\n    strategy.entry(\"S\", strategy.short)\n";

    private static BacktestResult run(String script) {
        BarSeries bars = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, 1_704_067_200_000L, 5_000, 11);
        PineProgram program = PineEngine.compile(script, "risk.pine");
        assertFalse(program.hasErrors(), program.diagnostics().toString());
        PineStrategyHost host = new PineStrategyHost(bars, Double.NaN);
        RunResult result = program.run(bars, RunOptions.defaults().withStrategyHost(host));
        assertTrue(result.ok(), String.valueOf(result.failure()));
        return host.result();
    }

    @Test
    void allowEntryInLongOnlyKeepsTheStrategyOutOfShorts() {
        BacktestResult free = run("//@version=6\nstrategy(\"R\")\n" + CROSS);
        BacktestResult longOnly = run("//@version=6\nstrategy(\"R\")\n"
                + "strategy.risk.allow_entry_in(strategy.direction.long)\n" + CROSS);
        assertTrue(free.allTrades().stream().anyMatch(t -> t.direction() == Direction.SHORT), "the cross goes short");
        assertTrue(longOnly.allTrades().stream().allMatch(t -> t.direction() == Direction.LONG),
                "allow_entry_in(long) allows no short trade");
        assertEquals(Direction.LONG, longOnly.properties().risk().allowEntryIn());
    }

    @Test
    void maxPositionSizeIsPassedToTheBroker() {
        BacktestResult capped = run("//@version=6\nstrategy(\"R\")\nstrategy.risk.max_position_size(5)\n" + CROSS);
        assertEquals(5.0, capped.properties().risk().maxPositionSize(), 0.0);
    }
}
