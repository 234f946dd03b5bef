package org.exhaustionlab.meta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.evolution.KnowledgeBase;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.store.MarketStore;

/** Demo bars, small strategies and a store in a temporary folder, shared by the meta tests. */
final class MetaTestData {

    static final long START = 1_704_067_200_000L; // 2024-01-01T00:00Z

    private MetaTestData() {
    }

    /** About a month of hourly demo data: enough trades to tell strategies apart, fast to backtest. */
    static BarSeries bars(String symbol) {
        return DemoMarket.generate(symbol, Timeframe.HOUR_1, START, 800, 20240101);
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
            r = ta.rsi(close, rsiLength)
            if ta.crossover(r, lower)
                strategy.entry("L", strategy.long)
            if ta.crossunder(r, upper)
                strategy.entry("S", strategy.short)
            """;

    /** The EMA cross with other numbers and names: the same idea. */
    static final String EMA_CROSS_RENAMED = EMA_CROSS.replace("fastLength", "quick").replace("slowLength", "lazy")
            .replace("input.int(9,", "input.int(12,").replace("EMA Cross", "Moving average crossing");

    static final String INDICATOR = """
            //@version=6
            indicator("Just a plot")
            plot(ta.sma(close, 10))
            """;

    static final String NEVER_TRADES = """
            //@version=6
            strategy("Never", overlay = true)
            r = ta.rsi(close, 14)
            if r > 100
                strategy.entry("L", strategy.long)
            """;

    static final String LOOKAHEAD = """
            //@version=6
            strategy("Peeks", overlay = true)
            h = request.security(syminfo.tickerid, "240", close, lookahead = barmerge.lookahead_on)
            if close > h
                strategy.entry("L", strategy.long)
            if close < h
                strategy.entry("S", strategy.short)
            """;

    static KnowledgeBase smallKnowledge() {
        return KnowledgeCurator.toKnowledgeBase(List.of(
                new KnowledgeEntry(KnowledgeEntry.idOf(EMA_CROSS), KnowledgeEntry.Origin.EXAMPLE, "EMA cross", "",
                        java.util.Set.of("trend-following", "ema"), 0.6, EMA_CROSS),
                new KnowledgeEntry(KnowledgeEntry.idOf(RSI_REVERSION), KnowledgeEntry.Origin.EXAMPLE, "RSI",
                        "", java.util.Set.of("mean-reversion", "rsi"), 0.5, RSI_REVERSION)));
    }

    /** A store and the meta tables in {@code home}. */
    record Stores(MarketStore store, MetaDatabase meta) implements AutoCloseable {
        static Stores open(Path home) throws IOException {
            MarketStore store = MarketStore.open(home);
            return new Stores(store, MetaDatabase.open(store.file()));
        }

        long newRun(MetaConfig config) throws IOException {
            long id = store.registry().startRun("meta", "{}", System.currentTimeMillis());
            meta.createRun(id, config);
            return id;
        }

        @Override
        public void close() {
            meta.close();
            store.close();
        }
    }

    /** The repository's pine/examples folder, or null. */
    static Path examplesFolder() {
        List<String> candidates = new ArrayList<>();
        String property = System.getProperty("exhaustionlab.pine");
        if (property != null && !property.isBlank()) {
            candidates.add(property);
        }
        candidates.addAll(List.of("../../pine", "../pine", "pine", "../../../pine"));
        for (String c : candidates) {
            Path folder = Path.of(c).resolve("examples");
            if (Files.isRegularFile(folder.resolve("index.tsv"))) {
                return folder.toAbsolutePath().normalize();
            }
        }
        return null;
    }
}
