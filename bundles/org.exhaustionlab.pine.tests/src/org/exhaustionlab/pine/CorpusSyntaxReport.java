package org.exhaustionlab.pine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Parses every {@code *.pine} file of a corpus folder and prints the share that has no syntax error, the most
 * frequent error codes and messages, and the first error of each failing file. Not a unit test: run it by hand,
 * {@code java ... org.exhaustionlab.pine.CorpusSyntaxReport [/work/corpus/dev] [--all]}.
 */
public final class CorpusSyntaxReport {

    private CorpusSyntaxReport() {
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
        long nanos = 0;
        long lines = 0;
        for (Path file : files) {
            String src = Files.readString(file, StandardCharsets.UTF_8);
            lines += src.lines().count();
            long t0 = System.nanoTime();
            ParseResult result = PineParser.parse(src);
            nanos += System.nanoTime() - t0;
            if (!result.hasSyntaxErrors()) {
                continue;
            }
            Diagnostic first = null;
            for (Diagnostic d : result.diagnostics()) {
                if (d.severity() == Severity.ERROR && (d.code().startsWith("syntax.") || d.code().startsWith("lex."))) {
                    byCode.merge(d.code(), 1, Integer::sum);
                    byMessage.merge(d.message(), 1, Integer::sum);
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
        System.out.printf("files: %d, syntax-clean: %d (%.2f%%), %d lines parsed in %d ms%n", files.size(), clean,
                files.isEmpty() ? 0.0 : 100.0 * clean / files.size(), lines, nanos / 1_000_000);
        System.out.println("errors by code:");
        top(byCode, 20);
        System.out.println("errors by message:");
        top(byMessage, 25);
        System.out.println("failing files (first error):");
        failures.stream().limit(listAll ? Integer.MAX_VALUE : 40).forEach(f -> System.out.println("  " + f));
    }

    private static void top(Map<String, Integer> counts, int limit) {
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(limit)
                .forEach(e -> System.out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
    }
}
