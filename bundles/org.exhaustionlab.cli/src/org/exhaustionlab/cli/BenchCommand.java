package org.exhaustionlab.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.exhaustionlab.pine.runtime.bench.BenchmarkResult;
import org.exhaustionlab.pine.runtime.bench.SqueezeBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = { "Measure the Pine engine against hand-written Java.",
                "LazyBear's Squeeze Momentum through the engine against the same",
                "logic hand-written in Java, on the same demo bars in this process; prints bars/s and the ratio." })
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bars", defaultValue = "200000", description = "Default: ${DEFAULT-VALUE}")
    int bars;

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up iterations. Default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--iterations", defaultValue = "10", description = "Measured iterations. Default: ${DEFAULT-VALUE}")
    int iterations;

    @Override
    public Integer call() {
        if (bars < 1000 || warmup < 0 || iterations < 1) {
            throw new UsageException("--bars must be at least 1000 and --iterations at least 1");
        }
        BenchmarkResult r = SqueezeBenchmark.run(SqueezeBenchmark.bundledScript(), SqueezeBenchmark.demoBars(bars),
                warmup, iterations, 1);
        spec.commandLine().getOut().println(r);
        spec.commandLine().getOut().printf(Locale.ROOT, "engine/hand-written ratio (median): %.2f%n", r.ratio());
        return Cli.OK;
    }
}
