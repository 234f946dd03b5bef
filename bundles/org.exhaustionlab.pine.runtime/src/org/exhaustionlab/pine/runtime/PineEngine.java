package org.exhaustionlab.pine.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.ParseResult;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.check.CheckResult;
import org.exhaustionlab.pine.check.Checker;
import org.exhaustionlab.pine.check.LocalLibraries;
import org.exhaustionlab.pine.runtime.interp.Executable;

/** Entry point of the Pine runtime: compile once, run many times. */
public final class PineEngine {
    private PineEngine() {
    }

    /**
     * Parses and compiles a script. Never throws for any source: a script with errors (syntax, unknown names,
     * features the interpreter does not support) gives a program whose {@link PineProgram#diagnostics()} say why and
     * whose {@link PineProgram#hasErrors()} is true. Functions of the installed indicator libraries
     * ({@link PineLibraries#current()}) are available.
     */
    public static PineProgram compile(String source, String fileName) {
        return compile(source, fileName, PineLibraries.current());
    }

    /** As {@link #compile(String, String)} with the functions of {@code libraries} instead of the installed ones. */
    public static PineProgram compile(String source, String fileName, LibrarySet libraries) {
        return compile(source, fileName, libraries, null);
    }

    /**
     * As {@link #compile(String, String, LibrarySet)}, looking the Pine libraries the script imports
     * ({@code import user/Lib/1 as L}) up as {@code <root>/user/Lib/1.pine} in {@code libraryPath} first, then on the
     * default path ({@link LocalLibraries#defaultRoots()}); null = the default path only.
     */
    public static PineProgram compile(String source, String fileName, LibrarySet libraries,
            List<Path> libraryPath) {
        ParseResult parsed = PineParser.parse(source);
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        if (parsed.hasErrors()) {
            return new PineProgram(fileName, diagnostics, null);
        }
        // the semantic checker decides validity (names, types, qualifiers) as TradingView's compiler would; the
        // interpreter's own compile pass then reports what it cannot run
        List<Path> roots = new ArrayList<>();
        if (libraryPath != null) {
            roots.addAll(libraryPath);
        }
        roots.addAll(LocalLibraries.defaultRoots());
        LocalLibraries.Resolution imported = LocalLibraries.Resolution.NONE;
        CheckResult checked;
        try {
            imported = LocalLibraries.resolve(parsed.script(), roots, libraries.catalog());
            checked = Checker.check(parsed, libraries.catalog(), imported);
        } catch (RuntimeException | StackOverflowError e) {
            checked = null; // a checker bug must not stop the engine: the compile pass still validates
        }
        if (checked != null) {
            diagnostics = new ArrayList<>(checked.diagnostics());
            if (checked.hasErrors()) {
                return new PineProgram(fileName, diagnostics, null);
            }
        }
        Executable exe = Executable.compile(parsed.script(), diagnostics, libraries, imported);
        return new PineProgram(fileName, diagnostics, exe);
    }
}
