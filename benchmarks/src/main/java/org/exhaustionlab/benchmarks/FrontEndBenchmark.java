package org.exhaustionlab.benchmarks;

import java.util.concurrent.TimeUnit;

import org.exhaustionlab.pine.ParseResult;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.check.CheckResult;
import org.exhaustionlab.pine.check.PineChecker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing and checking a 1,000-line script, against a baseline that only walks its characters once (the least any front end must
 * do), so the ratio says how much work per character the parser adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrontEndBenchmark {

    String script;

    @Setup
    public void setUp() {
        script = SampleScripts.indicator(1_000);
        CheckResult checked = PineChecker.check(script, "benchmark.pine");
        if (checked.hasErrors()) {
            throw new IllegalStateException("benchmark script has errors: " + checked.diagnostics());
        }
    }

    @Benchmark
    public int baselineCharacterScan() {
        int h = 0;
        String s = script;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    @Benchmark
    public ParseResult parse1000Lines() {
        return PineParser.parse(script);
    }

    /** What {@code exhaustionlab check} and the editor do: parse, resolve, type and check every call. */
    @Benchmark
    public CheckResult check1000Lines() {
        return PineChecker.check(script, "benchmark.pine");
    }
}
