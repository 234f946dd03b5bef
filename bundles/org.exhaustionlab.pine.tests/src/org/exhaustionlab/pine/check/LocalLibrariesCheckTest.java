package org.exhaustionlab.pine.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports of libraries found on the library path are checked against their exported functions. */
class LocalLibrariesCheckTest {

    @TempDir
    Path dir;

    private CheckResult check(String source) {
        return Checker.check(PineParser.parse(source), BuiltinCatalog.standard(), List.of(dir));
    }

    private void library(String source) throws IOException {
        Path f = dir.resolve("me/Stats/1.pine");
        Files.createDirectories(f.getParent());
        Files.writeString(f, source);
    }

    private static List<String> codes(CheckResult r) {
        return r.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void exportedFunctionsAreCheckedWithTheirSignatures() throws IOException {
        library("""
                //@version=6
                library("Stats")
                export zscore(float src, simple int length) =>
                    (src - ta.sma(src, length)) / ta.stdev(src, length)
                export pair(float a, float b = 1.0) =>
                    [a + b, a - b]
                export half(float x) =>
                    x / 2
                """);
        CheckResult ok = check("""
                //@version=6
                indicator("x")
                import me/Stats/1 as st
                z = st.zscore(close, 20)
                [s, d] = st.pair(close)
                plot(z + s + d + st.half(3))
                """);
        assertFalse(ok.hasErrors(), ok.diagnostics().toString());
        assertFalse(codes(ok).contains("import.offline"), ok.diagnostics().toString());

        CheckResult series = check("""
                //@version=6
                indicator("x")
                import me/Stats/1 as st
                len = bar_index + 1
                plot(st.zscore(close, len))
                """);
        assertTrue(series.hasErrors(), "length is simple int: a series argument is rejected " + series.diagnostics());

        CheckResult unknown = check("""
                //@version=6
                indicator("x")
                import me/Stats/1 as st
                plot(st.mean(close))
                """);
        assertTrue(codes(unknown).contains("import.unknown-export"), unknown.diagnostics().toString());
        assertTrue(unknown.diagnostics().toString().contains("zscore"), "lists what the library exports");

        CheckResult arity = check("""
                //@version=6
                indicator("x")
                import me/Stats/1 as st
                plot(st.half(1, 2, 3))
                """);
        assertTrue(arity.hasErrors(), arity.diagnostics().toString());
    }

    @Test
    void notFoundKeepsTheOfflineWarningAndProblemsAreErrorsAtTheImport() throws IOException {
        CheckResult offline = check("""
                //@version=6
                indicator("x")
                import other/Thing/4 as t
                plot(t.anything(close))
                """);
        assertFalse(offline.hasErrors(), offline.diagnostics().toString());
        assertTrue(codes(offline).contains("import.offline"));

        library("""
                //@version=6
                indicator("not a library")
                export f(float x) =>
                    x
                """);
        CheckResult notLibrary = check("""
                //@version=6
                indicator("x")
                import me/Stats/1 as st
                plot(close)
                """);
        assertTrue(codes(notLibrary).contains("import.library"), notLibrary.diagnostics().toString());
        Diagnostic d = notLibrary.diagnostics().stream().filter(x -> x.code().equals("import.library")).findFirst()
                .orElseThrow();
        assertEquals(3, d.range().startLine(), "reported on the import line");
    }
}
