package org.exhaustionlab.evolution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;

/** Demo bars and hand-written scripts shared by the tests. */
final class TestData {

    static final long START = 1_704_067_200_000L; // 2024-01-01T00:00Z

    private TestData() {
    }

    /** About three months of hourly demo BTC: enough for an EMA cross to trade a few dozen times. */
    static BarSeries bars() {
        return DemoMarket.generate("BTCUSDT", Timeframe.HOUR_1, START, 2000, 20240101);
    }

    static final String EMA_CROSS = """
            //@version=6
            strategy("EMA Cross", overlay = true, initial_capital = 10000, default_qty_type = strategy.percent_of_equity, default_qty_value = 10)
            fastLength = input.int(9, "Fast", minval = 2, maxval = 50, step = 1)
            slowLength = input.int(30, "Slow", minval = 10, maxval = 200, step = 5)
            fast = ta.ema(close, fastLength)
            slow = ta.ema(close, slowLength)
            if ta.crossover(fast, slow)
                strategy.entry("L", strategy.long)
            if ta.crossunder(fast, slow)
                strategy.entry("S", strategy.short)
            """;

    static final String RSI_REVERSION = """
            //@version=6
            strategy("RSI Reversion", overlay = false, initial_capital = 10000, default_qty_type = strategy.percent_of_equity, default_qty_value = 10)
            rsiLength = input.int(14, "RSI length", minval = 2, maxval = 50, step = 1)
            lower = input.float(30.0, "Oversold", minval = 5.0, maxval = 45.0, step = 1.0)
            upper = input.float(70.0, "Overbought", minval = 55.0, maxval = 95.0, step = 1.0)
            stopPct = input.float(2.0, "Stop %", minval = 0.5, maxval = 10.0, step = 0.5)
            r = ta.rsi(close, rsiLength)
            if ta.crossover(r, lower)
                strategy.entry("L", strategy.long)
            if ta.crossunder(r, upper)
                strategy.entry("S", strategy.short)
            if strategy.position_size > 0
                strategy.exit("LX", from_entry = "L", stop = strategy.position_avg_price * (1 - stopPct / 100))
            if strategy.position_size < 0
                strategy.exit("SX", from_entry = "S", stop = strategy.position_avg_price * (1 + stopPct / 100))
            plot(r, "RSI")
            """;

    /** The EMA cross written the v4 way: bare sma/ema, {@code == na}. */
    static final String EMA_CROSS_V4 = """
            //@version=6
            strategy("EMA Cross", overlay = true)
            fastLength = input.int(9, "Fast", minval = 2, maxval = 50, step = 1)
            slowLength = input.int(30, "Slow", minval = 10, maxval = 200, step = 5)
            fast = ema(close, fastLength)
            slow = ta.ema(close, period = slowLength)
            if fast == na
                fast := close
            if ta.crossover(fast, slow)
                strategy.entry("L", strategy.long)
            """;

    /** Compiles and runs but RSI is never above 100. */
    static final String NEVER_TRADES = """
            //@version=6
            strategy("Never", overlay = true)
            r = ta.rsi(close, 14)
            if r > 100 and close > open
                strategy.entry("L", strategy.long)
            """;

    static String fenced(String prose, String code) {
        return prose + "\n\n```pine\n" + code.strip() + "\n```\n";
    }

    /** The repository's pine/examples folder, or null. */
    static Path examplesFolder() {
        List<String> candidates = new ArrayList<>();
        String property = System.getProperty("exhaustionlab.pine");
        if (property != null && !property.isBlank()) {
            candidates.add(property);
        }
        candidates.addAll(List.of("../../pine", "../pine", "pine", "../../../pine", "/work/main/pine"));
        for (String c : candidates) {
            Path folder = Path.of(c).resolve("examples");
            if (Files.isRegularFile(folder.resolve("index.tsv"))) {
                return folder.toAbsolutePath().normalize();
            }
        }
        return null;
    }
}
