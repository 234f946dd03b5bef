package org.exhaustionlab.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.csv.CsvBarExporter;
import org.exhaustionlab.market.csv.CsvBarImporter;
import org.exhaustionlab.market.csv.CsvTimeStyle;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One million 1-minute bars: CSV import against a baseline that only reads the same file's lines (the I/O floor),
 * and synthetic generation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class MarketDataBenchmark {

    static final long START = 1_704_067_200_000L;
    Path csv;

    @Setup
    public void setUp() throws IOException {
        csv = Files.createTempFile("bench-BTCUSDT-1m", ".csv");
        CsvBarExporter.export(DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, START, 1_000_000, 1), csv,
                CsvTimeStyle.ISO_UTC);
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
    }

    @Benchmark
    public long baselineReadLines() throws IOException {
        try (var lines = Files.lines(csv)) {
            return lines.count();
        }
    }

    @Benchmark
    public BarSeries importMillionBarCsv() throws IOException {
        return CsvBarImporter.importFile(csv);
    }

    @Benchmark
    public BarSeries generateMillionBars() {
        return DemoMarket.generate("ETHUSDT", Timeframe.MINUTE_1, START, 1_000_000, 7);
    }
}
