package org.exhaustionlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.exhaustionlab.pine.Severity;
import org.exhaustionlab.pine.check.CheckResult;
import org.exhaustionlab.pine.check.PineChecker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = { "Check Pine Script files (v5/v6): syntax, names, types, qualifiers, built-in calls.",
                "Prints file:line:col: error|warning: message [code]. Exit 0 without errors, 1 with errors,",
                "2 when a file cannot be read." })
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pine Script files.")
    List<Path> files;

    @Option(names = "--json", description = "One JSON array of {file, diagnostics:[{line, column, endLine, endColumn, "
            + "severity, code, message}]}.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean unreadable = false;
        boolean errors = false;
        long errorCount = 0;
        long warningCount = 0;
        List<String> jsonParts = new ArrayList<>();
        for (Path file : files) {
            String source;
            try {
                source = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                err.println("exhaustionlab: no such file: " + file);
                unreadable = true;
                continue;
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("exhaustionlab: cannot read " + file + ": " + e.getMessage());
                unreadable = true;
                continue;
            }
            CheckResult result = PineChecker.check(source, file.toString());
            errors |= result.hasErrors();
            errorCount += result.count(Severity.ERROR);
            warningCount += result.count(Severity.WARNING);
            if (json) {
                jsonParts.add(PineChecker.formatJson(file.toString(), result.diagnostics()));
            } else {
                out.print(PineChecker.formatText(file.toString(), result.diagnostics()));
            }
        }
        if (json) {
            out.println("[" + String.join(",", jsonParts) + "]");
        } else {
            out.printf("%d file(s) checked: %d error(s), %d warning(s)%n", files.size(), errorCount, warningCount);
        }
        out.flush();
        return unreadable ? Cli.BAD_INPUT : errors ? Cli.FAILED : Cli.OK;
    }
}
