package org.exhaustionlab.market.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Resampler;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoMarketTest {

    static final long START = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

    @Test
    void listsTheFourDemoSymbolsWithPlausibleMetadata() {
        List<String> names = DemoMarket.symbols().stream().map(Symbol::name).collect(Collectors.toList());
        assertEquals(List.of("BTCUSDT", "ETHUSDT", "ADAUSDT", "SOLUSDT"), names);
        assertEquals(0.01, DemoMarket.symbol("BTCUSDT").tickSize());
        assertEquals(0.0001, DemoMarket.symbol("adausdt").tickSize());
        assertEquals("USDT", DemoMarket.symbol("SOLUSDT").quote());
        assertEquals("DOGE", DemoMarket.symbol("DOGEUSDT").base()); // unknown names get defaults
        assertEquals(DemoMarket.EXCHANGE, DemoMarket.symbol("DOGEUSDT").exchange());
    }

    @Test
    void sameInputsGiveIdenticalSeries() {
        BarSeries a = DemoMarket.generate("ETHUSDT", Timeframe.MINUTE_1, START, 50_000, 42);
        BarSeries b = DemoMarket.generate("ETHUSDT", Timeframe.MINUTE_1, START, 50_000, 42);
        assertEquals(a, b);
        assertNotEquals(a, DemoMarket.generate("ETHUSDT", Timeframe.MINUTE_1, START, 50_000, 43));
        assertNotEquals(a.closes()[49_999],
                DemoMarket.generate("SOLUSDT", Timeframe.MINUTE_1, START, 50_000, 42).closes()[49_999]);
    }

    @Test
    void fewerBarsAreAPrefixOfMoreBars() {
        BarSeries longer = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, START, 3_000, 7);
        BarSeries shorter = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, START, 1_000, 7);
        assertEquals(shorter, longer.slice(0, 1_000));
    }

    @Test
    void knownSeedStaysTheSameAcrossReleases() {
        // golden values: a change here changes every demo and stored test expectation built on them
        BarSeries s = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, START, 1_000, 1);
        assertEquals(60_000, s.open(0));
        assertEquals(GOLDEN_CLOSE_999, s.close(999));
    }

    private static final double GOLDEN_CLOSE_999 = 60175.34;

    @ParameterizedTest
    @ValueSource(strings = {"BTCUSDT", "ETHUSDT", "ADAUSDT", "SOLUSDT", "DOGEUSDT"})
    void everyBarIsConsistentAndOnTheGrid(String name) {
        BarSeries s = DemoMarket.generate(name, Timeframe.MINUTE_1, START, 100_000, 11);
        Symbol symbol = s.symbol();
        assertEquals(100_000, s.size());
        double tick = symbol.tickSize();
        double lot = symbol.lotSize();
        for (int i = 0; i < s.size(); i++) {
            int bar = i;
            double o = s.open(i);
            double h = s.high(i);
            double l = s.low(i);
            double c = s.close(i);
            assertTrue(h >= Math.max(o, c) && l <= Math.min(o, c) && l > 0, () -> "bar " + s.bar(bar));
            assertTrue(s.volume(i) >= 0, () -> "volume at bar " + bar);
            assertEquals(START + i * 60_000L, s.time(i));
            for (double price : new double[] {o, h, l, c}) {
                assertTrue(onGrid(price, tick), () -> "price " + price + " off the tick grid at bar " + bar);
            }
            assertTrue(onGrid(s.volume(i), lot), () -> "volume off the lot grid at bar " + bar);
            if (i > 0) {
                assertEquals(s.close(i - 1), o, () -> "open = previous close at bar " + bar);
            }
        }
        // grid values print as short decimals, e.g. 0.4512 rather than 0.45120000000000005
        int decimals = symbol.priceDecimals();
        for (int i = 0; i < 1000; i++) {
            String text = Double.toString(s.close(i));
            assertTrue(text.length() - text.indexOf('.') - 1 <= decimals, text);
        }
    }

    private static boolean onGrid(double value, double step) {
        double multiples = value / step;
        return Math.abs(multiples - Math.rint(multiples)) < 1e-6;
    }

    @Test
    void pricesStartAtPlausibleLevels() {
        assertEquals(60_000, DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, START, 1, 5).open(0));
        assertEquals(3_000, DemoMarket.generate("ETHUSDT", Timeframe.MINUTE_1, START, 1, 5).open(0));
        assertEquals(0.45, DemoMarket.generate("ADAUSDT", Timeframe.MINUTE_1, START, 1, 5).open(0));
        assertEquals(150, DemoMarket.generate("SOLUSDT", Timeframe.MINUTE_1, START, 1, 5).open(0));
        double btcVolume = 0;
        BarSeries btc = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, START, 10_000, 5);
        for (double v : btc.volumes()) {
            btcVolume += v;
        }
        double perMinute = btcVolume / btc.size();
        assertTrue(perMinute > 2 && perMinute < 50, "BTC per minute " + perMinute);
    }

    @Test
    void higherTimeframesAreGeneratedDirectlyAndAligned() {
        BarSeries days = DemoMarket.generate("BTCUSDT", Timeframe.DAY_1, START + 5_000, 400, 9);
        assertEquals(START, days.time(0)); // starts with the bar containing the start time
        assertEquals(START + 399 * 86_400_000L, days.time(399));
        BarSeries months = DemoMarket.generate("ETHUSDT", Timeframe.MONTH_1, START, 24, 9);
        assertEquals(Instant.parse("2025-12-01T00:00:00Z").toEpochMilli(), months.lastTime());
        for (int i = 0; i < months.size(); i++) {
            assertTrue(months.close(i) > 300 && months.close(i) < 30_000, "month " + i + " " + months.close(i));
        }
        assertEquals(0, DemoMarket.generate("BTCUSDT", Timeframe.HOUR_1, START, 0, 1).size());
        assertThrows(IllegalArgumentException.class,
                () -> DemoMarket.generate("BTCUSDT", Timeframe.HOUR_1, START, -1, 1));
    }

    @Test
    void resamplingGeneratedMinutesGivesConsistentHours() {
        BarSeries minutes = DemoMarket.generate("SOLUSDT", Timeframe.MINUTE_1, START, 6_000, 2);
        BarSeries hours = Resampler.resample(minutes, Timeframe.HOUR_1);
        assertEquals(100, hours.size());
        for (int h = 0; h < hours.size(); h++) {
            BarSeries part = minutes.slice(h * 60, h * 60 + 60);
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            double volume = 0;
            for (int i = 0; i < 60; i++) {
                max = Math.max(max, part.high(i));
                min = Math.min(min, part.low(i));
                volume += part.volume(i);
            }
            assertEquals(part.open(0), hours.open(h));
            assertEquals(part.close(59), hours.close(h));
            assertEquals(max, hours.high(h));
            assertEquals(min, hours.low(h));
            assertEquals(volume, hours.volume(h), 1e-9 * volume);
        }
    }

    @Test
    void millionBarsGenerate() { // speed is measured by the benchmarks, not here
        BarSeries s = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, START, 1_000_000, 1);
        assertEquals(1_000_000, s.size());
        assertEquals(START + 999_999 * 60_000L, s.lastTime());
    }
}
