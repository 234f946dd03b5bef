package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.backtest.pine.PineStrategyHost;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The whole path a user takes: TradingView's built-in strategies written in Pine, compiled and run by our engine,
 * orders filled by the broker emulator, trade lists compared trade by trade and line by line with TradingView's
 * exports.
 */
class PineStrategiesConformanceTest {

    @Test
    void rsiStrategy() throws IOException {
        check("rsi.pine", "rsi_trades.csv", "ohlcv.csv");
    }

    @Test
    void macdStrategy() throws IOException {
        check("macd.pine", "macd_trades.csv", "ohlcv.csv");
    }

    @Test
    void bollingerBandsStrategy() throws IOException {
        check("bollinger.pine", "bollinger_trades.csv", "ohlcv.csv");
    }

    @Test
    void slippageBasic() throws IOException {
        check("slippage_basic.pine", "slippage_basic_trades.csv", "slippage_basic_ohlcv.csv");
    }

    private static void check(String script, String tradesFile, String barsFile) throws IOException {
        BarSeries bars = SharedData.bars(barsFile);
        List<String> exportLines = SharedData.lines(tradesFile);
        List<TvTrade> expected = TvTrade.parse(exportLines);
        BacktestResult result = run(script, bars);
        TradeComparison c = TradeComparison.compare(expected, result);
        System.out.println(script + ": " + c.exact + " of " + expected.size() + " trades match exactly");
        c.mismatches.stream().limit(10).forEach(m -> System.out.println("  " + m));
        assertTrue(c.mismatches.isEmpty(), script + ": " + c.mismatches.size() + " differences, first: "
                + (c.mismatches.isEmpty() ? "" : c.mismatches.get(0)));
        assertEquals(expected.size(), result.allTrades().size(), script + ": trade count");
        String[] ours = TradeListCsv.toCsv(result, TradeComparison.EXCHANGE).split("\n");
        List<String> different = new ArrayList<>();
        for (int i = 0; i < Math.max(ours.length, exportLines.size()); i++) {
            String theirs = i < exportLines.size() ? exportLines.get(i) : "<none>";
            String mine = i < ours.length ? ours[i] : "<none>";
            if (!theirs.equals(mine)) {
                different.add("line " + (i + 1) + "\n  TV   " + theirs + "\n  ours " + mine);
            }
        }
        assertTrue(different.isEmpty(), script + ": " + different.size() + " CSV lines differ, first "
                + (different.isEmpty() ? "" : different.get(0)));
    }

    static BacktestResult run(String script, BarSeries bars) throws IOException {
        String source;
        try (InputStream in = PineStrategiesConformanceTest.class.getResourceAsStream("tvstrategies/" + script)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        PineProgram program = PineEngine.compile(source, script);
        assertFalse(program.hasErrors(), script + ": " + program.diagnostics());
        assertTrue(program.isStrategy());
        PineStrategyHost host = new PineStrategyHost(bars, Double.NaN);
        RunResult run = program.run(bars, RunOptions.defaults().withStrategyHost(host));
        assertTrue(run.ok(), script + ": " + run.failure());
        return host.result();
    }
}
