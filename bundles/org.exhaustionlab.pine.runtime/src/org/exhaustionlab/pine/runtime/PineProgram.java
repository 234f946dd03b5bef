package org.exhaustionlab.pine.runtime;

import java.util.List;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.Severity;
import org.exhaustionlab.pine.runtime.interp.Executable;

/**
 * A compiled Pine script, or the diagnostics explaining why it could not be compiled. Immutable and thread-safe:
 * {@link #run} may be called concurrently (each run has its own state).
 */
public final class PineProgram {
    private final String fileName;
    private final List<Diagnostic> diagnostics;
    private final Executable executable;

    PineProgram(String fileName, List<Diagnostic> diagnostics, Executable executable) {
        this.fileName = fileName;
        this.diagnostics = List.copyOf(diagnostics);
        this.executable = executable;
    }

    public String fileName() {
        return fileName;
    }

    /** Parser and compiler diagnostics (warnings included). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** True when the script cannot run (then {@link #run} throws). */
    public boolean hasErrors() {
        return executable == null || diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** The script's title from indicator()/strategy(). */
    public String title() {
        return executable == null ? "" : executable.title();
    }

    public boolean isStrategy() {
        return executable != null && executable.isStrategy();
    }

    /** Every input.* call in source order. */
    public List<InputInfo> inputs() {
        return executable == null ? List.of() : executable.inputs();
    }

    /** Runs the script over every bar; runtime errors end up in {@link RunResult#failure()}, never thrown. */
    public RunResult run(BarSeries bars, RunOptions options) {
        if (hasErrors()) {
            throw new IllegalStateException(fileName + " has errors and cannot run: " + diagnostics);
        }
        return executable.run(bars, options == null ? RunOptions.defaults() : options);
    }
}
