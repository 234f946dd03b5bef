package org.exhaustionlab.pine.runtime.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.Severity;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.exhaustionlab.pine.runtime.bench.SqueezeBenchmark;

/**
 * Compiles and runs every {@code *.pine} file of a corpus folder on demo bars, twice: with the tree interpreter and
 * as compiled bar code, and prints how many compile, how many run, whether both back ends agree to the bit (plots,
 * colours, events, failures), and the most frequent first compile errors and runtime failures. Strategies run
 * without a broker (their strategy.* calls are no-ops). Not a unit test:
 * {@code java ... org.exhaustionlab.pine.runtime.interp.CorpusRunReport [/work/corpus/dev] [bars]}.
 */
public final class CorpusRunReport {

    private CorpusRunReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/corpus/dev");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        BarSeries bars = SqueezeBenchmark.demoBars(n);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".pine")).sorted().toList();
        }
        Map<String, Integer> compileErrors = new TreeMap<>();
        Map<String, Integer> runFailures = new TreeMap<>();
        int compiled = 0;
        int ran = 0;
        int agree = 0;
        int timedOut = 0;
        for (Path file : files) {
            PineProgram p = PineEngine.compile(Files.readString(file), file.getFileName().toString());
            if (p.hasErrors()) {
                Diagnostic d = p.diagnostics().stream().filter(x -> x.severity() == Severity.ERROR).findFirst()
                        .orElseThrow();
                compileErrors.merge(d.code() + ": " + shorten(d.message()), 1, Integer::sum);
                continue;
            }
            compiled++;
            RunResult tree = run(p, bars, Integer.MAX_VALUE, false);
            RunResult code = run(p, bars, 0, true);
            if (tree.ok()) {
                ran++;
            } else {
                runFailures.merge(shorten(tree.failure().message()), 1, Integer::sum);
            }
            if (same(tree, code)) {
                agree++;
            } else if (timedOut(tree) || timedOut(code)) {
                timedOut++; // where a time limit stops a run depends on the machine's load: not comparable
            } else {
                System.out.println("DIFFERENT " + file.getFileName() + ": tree " + tree.failure() + ", bar code "
                        + code.failure());
            }
        }
        System.out.printf("%d scripts, %d compile (%.1f %%), %d run %d bars without a runtime failure (%.1f %%), "
                + "tree and bar code agree on %d of %d (%d stopped by the time limit)%n", files.size(), compiled,
                100.0 * compiled / files.size(), ran, n, 100.0 * ran / files.size(), agree, compiled, timedOut);
        print("first compile errors", compileErrors);
        print("runtime failures", runFailures);
    }

    private static RunResult run(PineProgram p, BarSeries bars, int minBars, boolean compile) {
        int savedMin = Executable.specializeMinBars;
        boolean savedCompile = Executable.compileBars;
        Executable.specializeMinBars = minBars;
        Executable.compileBars = compile;
        try {
            return p.run(bars, RunOptions.defaults().withLimits(1_000_000, 500_000_000L, 20_000_000_000L));
        } finally {
            Executable.specializeMinBars = savedMin;
            Executable.compileBars = savedCompile;
        }
    }

    private static boolean timedOut(RunResult r) {
        return r.failure() != null && r.failure().message().contains("time limit");
    }

    private static boolean same(RunResult a, RunResult b) {
        if (!Objects.equals(a.failure(), b.failure()) || a.plots().size() != b.plots().size()
                || !Objects.equals(a.events(), b.events())) {
            return false;
        }
        for (int i = 0; i < a.plots().size(); i++) {
            if (!Arrays.equals(a.plots().get(i).values(), b.plots().get(i).values())
                    || !Arrays.equals(a.plots().get(i).colors(), b.plots().get(i).colors())) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String message) {
        String m = message.replaceAll("\\d+", "N");
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    private static void print(String title, Map<String, Integer> counts) {
        System.out.println("-- " + title);
        counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(25)
                .forEach(e -> System.out.printf("%5d  %s%n", e.getValue(), e.getKey()));
    }
}
