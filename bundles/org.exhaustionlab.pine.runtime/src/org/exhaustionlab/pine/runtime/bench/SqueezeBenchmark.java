package org.exhaustionlab.pine.runtime.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;

/**
 * Benchmark harness (not a test): runs squeeze_momentum.pine through the engine and {@link SqueezeJava} over the
 * same demo bars in this process, with warm-up iterations first, and reports best/median bars per second. The
 * script is the copy bundled beside this class (a test keeps it identical to pine/indicators/squeeze_momentum.pine).
 */
public final class SqueezeBenchmark {
    private SqueezeBenchmark() {
    }

    /** The bundled squeeze_momentum.pine source. */
    public static String bundledScript() {
        try (InputStream in = SqueezeBenchmark.class.getResourceAsStream("squeeze_momentum.pine")) {
            if (in == null) {
                throw new IllegalStateException("squeeze_momentum.pine is missing from the bench package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read squeeze_momentum.pine: " + e.getMessage(), e);
        }
    }

    /** Demo bars used by the benchmark (deterministic). */
    public static BarSeries demoBars(int bars) {
        String symbol = DemoMarket.symbols().get(0).name();
        return DemoMarket.generate(symbol, Timeframe.parse("1m"), 1_700_000_000_000L, bars, 42L);
    }

    /** Runs the benchmark with the default settings: 200,000 bars, 5 warm-up and 10 measured iterations, 2 threads. */
    public static BenchmarkResult run() {
        return run(bundledScript(), demoBars(200_000), 5, 10, 2);
    }

    public static BenchmarkResult run(String script, BarSeries bars, int warmup, int iterations, int threads) {
        PineProgram program = PineEngine.compile(script, "squeeze_momentum.pine");
        if (program.hasErrors()) {
            throw new IllegalArgumentException("squeeze_momentum.pine does not compile: " + program.diagnostics());
        }
        RunOptions options = RunOptions.defaults();
        int n = bars.size();
        for (int i = 0; i < warmup; i++) {
            program.run(bars, options);
            SqueezeJava.run(bars, 20, 20, 1.5, true);
        }
        double[] engine = new double[iterations];
        double[] java = new double[iterations];
        RunResult last = null;
        SqueezeJava.Output javaOut = null;
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            last = program.run(bars, options);
            long t1 = System.nanoTime();
            javaOut = SqueezeJava.run(bars, 20, 20, 1.5, true);
            long t2 = System.nanoTime();
            engine[i] = n / ((t1 - t0) / 1e9);
            java[i] = n / ((t2 - t1) / 1e9);
        }
        boolean same = last != null && javaOut != null && last.ok()
                && Arrays.equals(last.plot("Momentum").values(), javaOut.val());
        double parallel = parallel(program, bars, options, Math.max(1, threads), Math.max(1, iterations / 2));
        return new BenchmarkResult(n, warmup, iterations, max(engine), median(engine), max(java), median(java),
                threads, parallel, same);
    }

    private static double parallel(PineProgram program, BarSeries bars, RunOptions options, int threads, int rounds) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double[] rates = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                List<Future<RunResult>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> program.run(bars, options)));
                }
                for (Future<RunResult> f : futures) {
                    f.get();
                }
                rates[r] = (double) bars.size() * threads / ((System.nanoTime() - t0) / 1e9);
            }
            return median(rates);
        } catch (Exception e) {
            throw new IllegalStateException("parallel benchmark failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN
                : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Command-line entry: prints the result. */
    public static void main(String[] args) {
        int bars = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        System.out.println(run(bundledScript(), demoBars(bars), 5, 10, 2));
    }
}
