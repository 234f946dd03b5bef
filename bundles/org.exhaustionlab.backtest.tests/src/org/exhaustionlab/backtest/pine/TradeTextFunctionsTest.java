package org.exhaustionlab.backtest.pine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.backtest.Trade;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.pine.runtime.DrawingObject;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The string-valued trade accessors (strategy.closedtrades.entry_id / entry_comment / exit_id / exit_comment,
 * strategy.opentrades.entry_id / entry_comment) read the broker's trades: the script labels them, and the labels
 * must agree with the broker's list of trades.
 */
class TradeTextFunctionsTest {

    private static final String SCRIPT = """
            //@version=6
            strategy("trade texts")
            show(s) => na(s) ? "<na>" : s
            phase = bar_index % 30
            if phase == 0
                strategy.entry(bar_index % 60 == 0 ? "Long" : "Short", bar_index % 60 == 0 ? strategy.long : strategy.short,
                     comment = "in@" + str.tostring(bar_index))
            // a bracket (exit comment "bracket") on every trade; trades it does not close are closed at phase 20,
            // alternately with the comment "timeout" and without a comment (exit_comment is then na)
            strategy.exit("X", profit = 15000, loss = 15000, comment = "bracket")
            if phase == 20
                if bar_index % 60 == 20
                    strategy.close_all(comment = "timeout")
                else
                    strategy.close_all()
            n = strategy.closedtrades
            if n > n[1]
                k = n - 1
                label.new(bar_index, close, show(strategy.closedtrades.entry_id(k)) + "|"
                     + show(strategy.closedtrades.entry_comment(k)) + "|" + show(strategy.closedtrades.exit_id(k)) + "|"
                     + show(strategy.closedtrades.exit_comment(k)))
            if strategy.opentrades > 0 and phase == 10
                label.new(bar_index, close, "open:" + show(strategy.opentrades.entry_id(0)) + "|"
                     + show(strategy.opentrades.entry_comment(0)))
            // out-of-range trade numbers are na
            plot(na(strategy.closedtrades.exit_comment(-1)) and na(strategy.closedtrades.exit_id(strategy.closedtrades))
                 and na(strategy.opentrades.entry_id(strategy.opentrades)) ? 1 : 0, "na out of range")
            """;

    private static String show(String s) {
        return s == null || s.isEmpty() ? "<na>" : s;
    }

    @Test
    void closedAndOpenTradeTextsMatchTheBrokersTrades() {
        BarSeries bars = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, 1_704_067_200_000L, 900, 7);
        PineProgram program = PineEngine.compile(SCRIPT, "texts.pine");
        assertFalse(program.hasErrors(), program.diagnostics().toString());
        PineStrategyHost host = new PineStrategyHost(bars, Double.NaN);
        RunResult result = program.run(bars, RunOptions.defaults().withStrategyHost(host));
        assertTrue(result.ok(), String.valueOf(result.failure()));
        List<Trade> closed = host.result().allTrades().stream().filter(t -> !t.open()).toList();
        assertTrue(closed.size() >= 20, "enough trades: " + closed.size());
        // both kinds of exit and a missing comment happened, so every branch is covered
        assertTrue(closed.stream().anyMatch(t -> "bracket".equals(t.exitComment())), closed.toString());
        assertTrue(closed.stream().anyMatch(t -> "timeout".equals(t.exitComment())), closed.toString());
        assertTrue(closed.stream().anyMatch(t -> t.exitComment() == null), closed.toString());

        List<String> closedLabels = new ArrayList<>();
        List<String> openLabels = new ArrayList<>();
        for (DrawingObject d : result.drawings()) {
            String text = (String) d.properties().get("text");
            (text.startsWith("open:") ? openLabels : closedLabels).add(text);
        }
        List<String> expected = new ArrayList<>();
        for (Trade t : closed) {
            expected.add(t.entryId() + "|" + show(t.entryComment()) + "|" + t.exitId() + "|" + show(t.exitComment()));
        }
        assertEquals(expected, closedLabels);
        assertTrue(closedLabels.get(0).matches("(Long|Short)\\|in@\\d+\\|.+"), closedLabels.get(0));

        // every open-trade label names the trade entered at the start of its 30-bar cycle
        assertFalse(openLabels.isEmpty());
        for (DrawingObject d : result.drawings()) {
            String text = (String) d.properties().get("text");
            if (text.startsWith("open:")) {
                int entryBar = d.createdBar() - 10;
                String id = entryBar % 60 == 0 ? "Long" : "Short";
                // the market entry fills on the next bar's open but keeps its id and comment
                assertEquals("open:" + id + "|in@" + entryBar, text);
            }
        }
        double[] naOut = result.plot("na out of range").values();
        for (double v : naOut) {
            assertEquals(1.0, v);
        }
    }

    @Test
    void withoutABrokerTheTextsAreNa() {
        BarSeries bars = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, 1_704_067_200_000L, 50, 7);
        PineProgram program = PineEngine.compile("""
                //@version=6
                strategy("no host")
                if bar_index == 1
                    strategy.entry("L", strategy.long, comment = "c")
                plot(na(strategy.closedtrades.exit_comment(0)) and na(strategy.opentrades.entry_comment(0)) ? 1 : 0, "na")
                """, "nohost.pine");
        assertFalse(program.hasErrors(), program.diagnostics().toString());
        RunResult result = program.run(bars, RunOptions.defaults());
        assertTrue(result.ok(), String.valueOf(result.failure()));
        assertEquals(1.0, result.plot("na").values()[49]);
    }
}
