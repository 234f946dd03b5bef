package org.exhaustionlab.pine.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.ParseResult;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.FunctionDecl;
import org.exhaustionlab.pine.ast.Name;
import org.exhaustionlab.pine.ast.Nodes;
import org.exhaustionlab.pine.ast.Parameter;
import org.exhaustionlab.pine.ast.Script;
import org.exhaustionlab.pine.ast.ScriptKind;
import org.exhaustionlab.pine.ast.TupleDecl;
import org.exhaustionlab.pine.ast.VarDecl;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.catalog.CatalogExtensions;
import org.exhaustionlab.pine.catalog.PineVersion;
import org.exhaustionlab.pine.catalog.Qualifier;

/**
 * The Pine semantic checker: name resolution, type and qualifier inference and the diagnostics of
 * {@code org.exhaustionlab.pine.check}. See the package documentation for the model and the codes.
 *
 * @implNote Stateless and thread-safe. Never throws for any parse result: problems it cannot analyse degrade to an
 *     unknown type that silences follow-up errors. A script with reassignments is checked twice (or more when
 *     reassignments feed each other): each pass learns the qualifier reassigned variables end up with.
 */
public final class Checker {

    private Checker() {
    }

    /**
     * Checks a parsed script against the active catalog: the standard built-ins plus the functions of installed
     * add-on libraries ({@link CatalogExtensions#active()}).
     */
    public static CheckResult check(ParseResult parsed) {
        return check(parsed, CatalogExtensions.active());
    }

    /**
     * Checks against {@code catalog}; libraries the script imports are looked up on the default library path
     * ({@link LocalLibraries#defaultRoots()}).
     */
    public static CheckResult check(ParseResult parsed, BuiltinCatalog catalog) {
        return check(parsed, catalog, hasImports(parsed.script()) ? LocalLibraries.defaultRoots() : List.of());
    }

    /** As {@link #check(ParseResult, BuiltinCatalog)}, looking imported libraries up in {@code libraryRoots}. */
    public static CheckResult check(ParseResult parsed, BuiltinCatalog catalog, List<java.nio.file.Path> libraryRoots) {
        LocalLibraries.Resolution libraries = hasImports(parsed.script())
                ? LocalLibraries.resolve(parsed.script(), libraryRoots, catalog) : LocalLibraries.Resolution.NONE;
        return check(parsed, catalog, libraries);
    }

    /** As {@link #check(ParseResult, BuiltinCatalog)} with the script's imports already resolved. */
    public static CheckResult check(ParseResult parsed, BuiltinCatalog catalog, LocalLibraries.Resolution libraries) {
        CheckResult result = checkWith(parsed, libraries.extend(catalog));
        if (libraries.problems().isEmpty()) {
            return result;
        }
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.addAll(libraries.problems());
        return new CheckResult(all, result.model(), result.version());
    }

    private static boolean hasImports(Script script) {
        for (org.exhaustionlab.pine.ast.Stmt s : script.statements()) {
            if (s instanceof org.exhaustionlab.pine.ast.ImportStmt) {
                return true;
            }
        }
        return false;
    }

    private static CheckResult checkWith(ParseResult parsed, BuiltinCatalog catalog) {
        Script script = parsed.script();
        int declared = script.version();
        PineVersion version = declared == 5 || declared > 0 && declared < 5 ? PineVersion.V5 : PineVersion.V6;
        BuiltinCatalog view = catalog.version().isPresent() ? catalog : catalog.forVersion(version);
        // only needed to explain an unknown name, and a full tree walk is not free: computed on first use
        java.util.function.Supplier<Map<String, Integer>> declaredAnywhere = new java.util.function.Supplier<>() {
            private Map<String, Integer> names;

            @Override
            public Map<String, Integer> get() {
                if (names == null) {
                    names = declaredNames(script);
                }
                return names;
            }
        };
        Set<Integer> v4 = new HashSet<>();
        for (Diagnostic d : parsed.diagnostics()) {
            if (d.code().equals("compat.v4-function")) {
                v4.add(d.range().startOffset());
            }
        }
        Analysis analysis;
        try {
            // each pass learns the qualifier every reassigned variable ends up with; reassignments can feed each
            // other, so repeat until a pass confirms what it was given (usually 1 pass, 2 with reassignments)
            Map<Integer, Qualifier> known = Map.of();
            analysis = run(script, view, version, known, declaredAnywhere, v4);
            for (int pass = 0; pass < 4 && !analysis.assignedQualifiers.equals(known); pass++) {
                known = analysis.assignedQualifiers;
                analysis = run(script, view, version, known, declaredAnywhere, v4);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // safety net for the editor and the LLM loop; tests assert this never happens
            analysis = new Analysis(script, view, version, Map.of(), declaredAnywhere);
            analysis.report.warning(new SourceRange(0, 0, 1, 1, 1, 1), "checker.internal",
                    "the checker failed on this script (" + e + "): only syntax errors are reported");
        }
        List<Diagnostic> out = new ArrayList<>();
        Set<Integer> checkerStarts = new HashSet<>();
        analysis.report.list().forEach(d -> checkerStarts.add(d.range().startOffset()));
        for (Diagnostic d : parsed.diagnostics()) {
            // the checker's v4.syntax error replaces the parser's hint on the same name
            if (!(d.code().equals("compat.v4-namespace") && checkerStarts.contains(d.range().startOffset()))) {
                out.add(d);
            }
        }
        out.addAll(analysis.report.list());
        SourceRange start = new SourceRange(0, 0, 1, 1, 1, 1);
        if (declared == 0) {
            out.add(new Diagnostic(start, org.exhaustionlab.pine.Severity.INFO, "version.default",
                    "no //@version: checked as Pine v6"));
        }
        if (script.kind() == ScriptKind.NONE) {
            out.add(new Diagnostic(start, org.exhaustionlab.pine.Severity.ERROR, "script.no-declaration",
                    "the script declares neither indicator(), strategy() nor library(): add one, e.g. "
                            + "indicator(\"My script\")"));
        }
        out.sort((x, y) -> x.range().startOffset() != y.range().startOffset()
                ? Integer.compare(x.range().startOffset(), y.range().startOffset())
                : x.severity().compareTo(y.severity()));
        return new CheckResult(out, analysis.model(), version);
    }

    private static Analysis run(Script script, BuiltinCatalog catalog, PineVersion version,
            Map<Integer, Qualifier> known, java.util.function.Supplier<Map<String, Integer>> declaredAnywhere,
            Set<Integer> v4) {
        Analysis a = new Analysis(script, catalog, version, known, declaredAnywhere);
        a.v4Reported.addAll(v4);
        a.statements.script(script);
        return a;
    }

    /** Every declared variable, parameter and function name with the offset of its first declaration. */
    private static Map<String, Integer> declaredNames(Script script) {
        Map<String, Integer> names = new HashMap<>();
        Nodes.forEach(script, n -> {
            if (n instanceof VarDecl v) {
                names.merge(v.name().name(), v.name().range().startOffset(), Math::min);
            } else if (n instanceof TupleDecl t) {
                for (Name name : t.names()) {
                    names.merge(name.name(), name.range().startOffset(), Math::min);
                }
            } else if (n instanceof Parameter p) {
                names.merge(p.name().name(), p.name().range().startOffset(), Math::min);
            } else if (n instanceof FunctionDecl f) {
                names.merge(f.name().name(), f.name().range().startOffset(), Math::min);
            }
        });
        return names;
    }
}
