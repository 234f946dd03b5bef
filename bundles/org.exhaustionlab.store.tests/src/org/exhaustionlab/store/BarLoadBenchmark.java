package org.exhaustionlab.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.exhaustionlab.market.BarSeries;

/**
 * Measures loading one million one-minute bars from the store into a {@link BarSeries} (goal: under 0.5 s). Not a
 * unit test; run it with the test classpath: {@code java -cp ... org.exhaustionlab.store.BarLoadBenchmark}.
 */
public final class BarLoadBenchmark {

    private BarLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int bars = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path home = Files.createTempDirectory("exhaustionlab-bench");
        try (MarketStore store = MarketStore.open(home)) {
            long t0 = System.nanoTime();
            for (int from = 0; from < bars; from += 100_000) {
                store.bars().upsert(TestBars.KEY, TestBars.minutes(from, Math.min(100_000, bars - from)));
            }
            long writeMs = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("wrote %,d bars in %d ms; file %,d bytes%n", bars, writeMs,
                    Files.size(store.file()) + walSize(store.file()));
            long[] ms = new long[7];
            long[] cpuMs = new long[ms.length];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int run = 0; run < ms.length; run++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                BarSeries s = store.bars().loadAll(TestBars.KEY);
                ms[run] = (System.nanoTime() - start) / 1_000_000;
                cpuMs[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
                if (s.size() != bars) {
                    throw new IllegalStateException("loaded " + s.size() + " bars, expected " + bars);
                }
            }
            System.out.println("load runs, wall ms: " + Arrays.toString(ms));
            // CPU time of the loading thread: what the load costs when other processes compete for the cores
            System.out.println("load runs, cpu ms:  " + Arrays.toString(cpuMs));
            long[] sorted = ms.clone();
            Arrays.sort(sorted);
            System.out.printf("load %,d bars: first %d ms, median %d ms, best %d ms%n", bars, ms[0],
                    sorted[sorted.length / 2], sorted[0]);
        } finally {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long walSize(Path db) throws java.io.IOException {
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        return Files.exists(wal) ? Files.size(wal) : 0;
    }
}
