package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.exhaustionlab.market.BarSeries;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's four built-in strategies on the broker and compares with TradingView's list of trades: first
 * trade by trade (direction, signals, entry/exit times and prices, qty, net P&L and P&L % within the export's
 * rounding), then our {@link TradeListCsv} output line by line with the export file (every column, including run-up,
 * drawdown and cumulative P&L). Skipped when shared/conformance is absent.
 */
class TradingViewStrategiesConformanceTest {

    /**
     * Trades known NOT to match, "file#trade" → reason. Anything else that differs fails the test. Empty: all 2,583
     * trades of the four exports match, and all 5,170 exported lines are reproduced byte for byte.
     */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    @Test
    void rsiStrategy() throws IOException {
        check("rsi_trades.csv", "ohlcv.csv", StrategyProperties.defaults(), BuiltinStrategies.rsi());
    }

    @Test
    void macdStrategy() throws IOException {
        check("macd_trades.csv", "ohlcv.csv", StrategyProperties.defaults(), BuiltinStrategies.macd());
    }

    @Test
    void bollingerBandsStrategy() throws IOException {
        check("bollinger_trades.csv", "ohlcv.csv", StrategyProperties.defaults(), BuiltinStrategies.bollinger());
    }

    @Test
    void slippageBasic() throws IOException {
        check("slippage_basic_trades.csv", "slippage_basic_ohlcv.csv", BuiltinStrategies.slippageBasicProperties(),
                BuiltinStrategies.slippageBasic());
    }

    /** The comparison is not vacuous: without the slippage and commission the slippage_basic trades differ. */
    @Test
    void comparisonDetectsWrongProperties() throws IOException {
        BarSeries bars = SharedData.bars("slippage_basic_ohlcv.csv");
        List<TvTrade> expected = TvTrade.parse(SharedData.lines("slippage_basic_trades.csv"));
        BacktestResult result = BarScript.run(bars, StrategyProperties.defaults(), BuiltinStrategies.slippageBasic());
        TradeComparison c = TradeComparison.compare(expected, result);
        assertEquals(0, c.exact);
        assertFalse(c.mismatches.isEmpty());
    }

    private static void check(String tradesFile, String barsFile, StrategyProperties props, BarScript script)
            throws IOException {
        BarSeries bars = SharedData.bars(barsFile);
        List<String> exportLines = SharedData.lines(tradesFile);
        List<TvTrade> expected = TvTrade.parse(exportLines);
        BacktestResult result = BarScript.run(bars, props, script);
        TradeComparison c = TradeComparison.compare(expected, result);
        List<String> unexpected = c.mismatches.stream().filter(m -> !known(tradesFile, m)).toList();
        System.out.println(tradesFile + ": " + c.exact + " of " + expected.size() + " trades match exactly");
        unexpected.stream().limit(20).forEach(m -> System.out.println("  " + m));
        assertTrue(unexpected.isEmpty(), tradesFile + ": " + unexpected.size() + " unexpected differences, first: "
                + (unexpected.isEmpty() ? "" : unexpected.get(0)));
        assertEquals(expected.size(), result.allTrades().size(), tradesFile + ": trade count");

        String[] ours = TradeListCsv.toCsv(result, TradeComparison.EXCHANGE).split("\n");
        List<String> differentLines = new ArrayList<>();
        for (int i = 0; i < Math.max(ours.length, exportLines.size()); i++) {
            String theirs = i < exportLines.size() ? exportLines.get(i) : "<none>";
            String mine = i < ours.length ? ours[i] : "<none>";
            if (!theirs.equals(mine) && (i == 0 || !known(tradesFile, "trade #" + theirs.split(",")[0] + ":"))) {
                differentLines.add("line " + (i + 1) + "\n  TV   " + theirs + "\n  ours " + mine);
            }
        }
        System.out.println(tradesFile + ": " + (exportLines.size() - differentLines.size()) + " of "
                + exportLines.size() + " CSV lines identical");
        assertTrue(differentLines.isEmpty(), tradesFile + ": " + differentLines.size() + " CSV lines differ, first "
                + (differentLines.isEmpty() ? "" : differentLines.get(0)));
    }

    private static boolean known(String file, String mismatch) {
        String trade = mismatch.substring(0, mismatch.indexOf(':')).replace("trade ", "");
        return KNOWN_DIFFERENCES.containsKey(file + trade);
    }
}
