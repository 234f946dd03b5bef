package org.exhaustionlab.pine.runtime.bench;

/**
 * Outcome of {@link SqueezeBenchmark}: throughput of the interpreter and of the hand-written Java baseline over the
 * same bars, single-threaded, plus the aggregate throughput of {@code threads} concurrent interpreter runs.
 *
 * @param bars             bars per run
 * @param warmup           warm-up iterations per side (not measured)
 * @param iterations       measured iterations per side
 * @param engineBest       best interpreter bars/s
 * @param engineMedian     median interpreter bars/s
 * @param javaBest         best Java bars/s
 * @param javaMedian       median Java bars/s
 * @param threads          threads of the parallel measurement
 * @param engineParallel   aggregate interpreter bars/s with that many concurrent runs (median of iterations)
 * @param outputsIdentical true when the interpreter's momentum column equals the Java one bit for bit
 */
public record BenchmarkResult(int bars, int warmup, int iterations, double engineBest, double engineMedian,
        double javaBest, double javaMedian, int threads, double engineParallel, boolean outputsIdentical) {

    /** Interpreter median / Java median (the project's goal: at least 0.3). */
    public double ratio() {
        return engineMedian / javaMedian;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "squeeze_momentum over %d bars (%d warm-up, %d measured): engine best %.0f / median %.0f bars/s; "
                        + "java best %.0f / median %.0f bars/s; ratio %.3f; %d threads: %.0f bars/s; outputs %s",
                bars, warmup, iterations, engineBest, engineMedian, javaBest, javaMedian, ratio(), threads,
                engineParallel, outputsIdentical ? "identical" : "DIFFER");
    }
}
