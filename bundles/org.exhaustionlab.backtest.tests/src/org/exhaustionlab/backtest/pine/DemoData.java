package org.exhaustionlab.backtest.pine;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Resampler;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;

/**
 * The demo data the example index is measured on: one year of 1m demo bars (seed 20240101, from 2024-01-01 UTC)
 * resampled to the wanted timeframe. Cached per JVM: the year of 1m bars takes a moment to generate.
 */
final class DemoData {
    static final long START = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    static final long SEED = 20240101L;
    static final int YEAR_OF_MINUTES = 365 * 1440;

    private static final Map<String, BarSeries> CACHE = new ConcurrentHashMap<>();

    private DemoData() {
    }

    /** {@code minutes} 1m demo bars of {@code symbol}, resampled to {@code timeframe} (unless it is 1m). */
    static BarSeries bars(String symbol, int minutes, Timeframe timeframe) {
        return CACHE.computeIfAbsent(symbol + "/" + minutes + "/" + timeframe, key -> {
            BarSeries minute = DemoMarket.generate(symbol, Timeframe.MINUTE_1, START, minutes, SEED);
            return timeframe == Timeframe.MINUTE_1 ? minute : Resampler.resample(minute, timeframe);
        });
    }

    /** One year of 1h bars: the data of the example index. */
    static BarSeries yearHourly(String symbol) {
        return bars(symbol, YEAR_OF_MINUTES, Timeframe.HOUR_1);
    }

    /** How index.tsv names the data its rows were measured on. */
    static String describeYearHourly(java.util.List<String> symbols) {
        return String.join("+", symbols) + " 1h resampled from 365*1440 1m DemoMarket bars, seed " + SEED
                + ", from 2024-01-01T00:00Z";
    }
}
