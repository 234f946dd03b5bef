package org.exhaustionlab.pine.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.ParseResult;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.Severity;

/**
 * Parses and checks every {@code *.pine} file of a corpus folder and prints the share with no syntax error, the
 * share with no error at all, the most frequent error codes and messages and the first error of failing files.
 * Not a unit test: {@code java ... org.exhaustionlab.pine.check.CorpusCheckReport [/work/corpus/dev] [--all]}.
 */
public final class CorpusCheckReport {

    private CorpusCheckReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/corpus/dev");
        boolean listAll = args.length > 1 && args[1].equals("--all");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".pine")).sorted().toList();
        }
        Map<String, Integer> byCode = new TreeMap<>();
        Map<String, Integer> byMessage = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int syntaxClean = 0;
        long nanos = 0;
        long lines = 0;
        for (Path file : files) {
            String src = Files.readString(file, StandardCharsets.UTF_8);
            lines += src.lines().count();
            ParseResult parsed = PineParser.parse(src);
            long t0 = System.nanoTime();
            CheckResult result = Checker.check(parsed);
            nanos += System.nanoTime() - t0;
            if (!parsed.hasSyntaxErrors()) {
                syntaxClean++;
            }
            if (!result.hasErrors()) {
                continue;
            }
            Diagnostic first = null;
            for (Diagnostic d : result.diagnostics()) {
                if (d.severity() == Severity.ERROR) {
                    byCode.merge(d.code(), 1, Integer::sum);
                    byMessage.merge(d.message().replaceAll("'[^']*'", "'…'"), 1, Integer::sum);
                    if (first == null) {
                        first = d;
                    }
                }
            }
            String line = src.lines().skip(first.line() - 1L).findFirst().orElse("").strip();
            failures.add(file.getFileName() + ":" + first + "   | " + (line.length() > 100 ? line.substring(0, 100)
                    : line));
        }
        int clean = files.size() - failures.size();
        System.out.printf("files: %d, syntax-clean: %d (%.2f%%), error-free: %d (%.2f%%), %d lines checked in %d ms"
                + "%n", files.size(), syntaxClean, pct(syntaxClean, files.size()), clean, pct(clean, files.size()),
                lines, nanos / 1_000_000);
        System.out.println("errors by code:");
        top(byCode, 25);
        System.out.println("errors by message:");
        top(byMessage, 40);
        System.out.println("failing files (first error):");
        failures.stream().limit(listAll ? Integer.MAX_VALUE : 60).forEach(f -> System.out.println("  " + f));
    }

    private static double pct(int n, int of) {
        return of == 0 ? 0.0 : 100.0 * n / of;
    }

    private static void top(Map<String, Integer> counts, int limit) {
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(limit)
                .forEach(e -> System.out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
    }
}
