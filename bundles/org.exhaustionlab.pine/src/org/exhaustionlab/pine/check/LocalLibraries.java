package org.exhaustionlab.pine.check;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.ParseResult;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.Severity;
import org.exhaustionlab.pine.ast.FunctionDecl;
import org.exhaustionlab.pine.ast.ImportStmt;
import org.exhaustionlab.pine.ast.Parameter;
import org.exhaustionlab.pine.ast.ScriptKind;
import org.exhaustionlab.pine.ast.Script;
import org.exhaustionlab.pine.ast.Stmt;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.catalog.Qualifier;

/**
 * Pine libraries available offline: {@code import user/Lib/1 as L} is looked up as {@code <root>/user/Lib/1.pine} on
 * a library path (by default {@code <exhaustionlab.pine>/libraries} and {@code ~/.exhaustionlab/libraries}). A found
 * library is parsed and checked on its own; its exported functions become catalog functions {@code L.name} with the
 * written parameter types, so the importing script is checked against them. Libraries that are not found keep the
 * checker's offline warning.
 *
 * @implNote Exported functions, methods and types (arguments and results of the library's own types are not
 *     checked: they are {@code any} in the catalog). An exported method is also a function {@code L.m(x, ...)};
 *     on a built-in type it is a catalog method too ({@code close.m(...)}). A
 *     library importing another library is resolved with the same path; import cycles are cut.
 */
public final class LocalLibraries {
    private LocalLibraries() {
    }

    /** One resolved import: the library's parse, its file and its exported functions' declarations. */
    public record Loaded(ImportStmt importStmt, String alias, String path, Path file, ParseResult parsed,
            List<FunctionDecl> exports, String pinedef) {
    }

    /** The libraries a script imports that were found, by alias, and the problems with found ones. */
    public record Resolution(Map<String, Loaded> byAlias, List<Diagnostic> problems) {
        public static final Resolution NONE = new Resolution(Map.of(), List.of());

        public Resolution {
            byAlias = Collections.unmodifiableMap(new LinkedHashMap<>(byAlias));
            problems = List.copyOf(problems);
        }

        /** {@code base} plus every found library's exported functions. */
        public BuiltinCatalog extend(BuiltinCatalog base) {
            if (byAlias.isEmpty()) {
                return base;
            }
            Map<String, Reader> readers = new LinkedHashMap<>();
            byAlias.values().forEach(l -> readers.put("library " + l.path(), new StringReader(l.pinedef())));
            try {
                return base.withExtensions(readers);
            } catch (IOException | RuntimeException e) {
                return base; // a declaration the catalog cannot read: the library stays unchecked (as offline)
            }
        }
    }

    private static final ThreadLocal<Set<String>> RESOLVING = ThreadLocal.withInitial(HashSet::new);

    /** The default library path: {@code <exhaustionlab.pine>/libraries} (when set) and the user's. */
    public static List<Path> defaultRoots() {
        List<Path> roots = new ArrayList<>();
        String pine = System.getProperty("exhaustionlab.pine");
        if (pine != null && !pine.isBlank()) {
            roots.add(Path.of(pine, "libraries"));
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank()) {
            roots.add(Path.of(home, ".exhaustionlab", "libraries"));
        }
        return roots;
    }

    /** Finds, parses and checks the libraries {@code script} imports, searching {@code roots} in order. */
    public static Resolution resolve(Script script, List<Path> roots, BuiltinCatalog catalog) {
        Map<String, Loaded> found = new LinkedHashMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Stmt s : script.statements()) {
            if (!(s instanceof ImportStmt i)) {
                continue;
            }
            String path = i.user() + "/" + i.library() + "/" + i.version();
            Path file = find(roots, i);
            if (file == null || !RESOLVING.get().add(path)) {
                continue;
            }
            try {
                Loaded loaded = load(i, path, file, roots, catalog, problems);
                if (loaded != null) {
                    found.put(loaded.alias(), loaded);
                }
            } finally {
                RESOLVING.get().remove(path);
            }
        }
        return new Resolution(found, problems);
    }

    private static Path find(List<Path> roots, ImportStmt i) {
        for (Path root : roots) {
            Path f = root.resolve(i.user()).resolve(i.library()).resolve(i.version() + ".pine");
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }

    private static Loaded load(ImportStmt i, String path, Path file, List<Path> roots, BuiltinCatalog catalog,
            List<Diagnostic> problems) {
        String alias = i.alias() != null ? i.alias().name() : i.library();
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(problem(i, "library " + path + " cannot be read from " + file + ": " + e.getMessage()));
            return null;
        }
        ParseResult parsed = PineParser.parse(source);
        CheckResult checked = Checker.check(parsed, catalog, roots);
        Diagnostic firstError = checked.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .findFirst().orElse(null);
        if (firstError != null) {
            problems.add(problem(i, "library " + path + " (" + file + ") has errors, first at "
                    + firstError.range().startLine() + ":" + firstError.range().startColumn() + ": "
                    + firstError.message()));
            return null;
        }
        if (parsed.script().kind() != ScriptKind.LIBRARY) {
            problems.add(problem(i, file + " is not a library: it must declare library(\"" + i.library() + "\")"));
            return null;
        }
        Analysis analysis = new Analysis(parsed.script(), catalog.version().isPresent() ? catalog
                : catalog.forVersion(checked.version()), checked.version(), Map.of(), Map::of);
        analysis.statements.script(parsed.script());
        List<FunctionDecl> exports = new ArrayList<>();
        StringBuilder pinedef = new StringBuilder();
        for (Stmt s : parsed.script().statements()) {
            if (!(s instanceof FunctionDecl fd) || !fd.exported()) {
                continue;
            }
            UserFunction uf = analysis.userFunctions(fd.name().name()).stream().filter(f -> f.decl() == fd)
                    .findFirst().orElse(null);
            if (uf == null) {
                continue;
            }
            exports.add(fd);
            Set<String> own = analysis.userTypes.keySet();
            // a method is also a function of the library: L.m(receiver, ...)
            pinedef.append(declaration(alias + "." + fd.name().name(), path, source, uf, own, false)).append('\n');
            String receiver = fd.method() && !uf.paramTypes().isEmpty() ? receiverNamespace(uf.paramTypes().get(0),
                    own) : null;
            if (receiver != null) {
                // on a built-in type it is callable as value.m(...); on the library's own types calls stay unchecked
                pinedef.append(declaration(receiver + "." + fd.name().name(), path, source, uf, own, true))
                        .append('\n');
            }
        }
        return new Loaded(i, alias, path, file, parsed, exports, pinedef.toString());
    }

    /**
     * The namespace under which the catalog offers methods on values of {@code t} ({@code float}, {@code array},
     * {@code line}, ...), or null for the library's own and unknown types.
     */
    private static String receiverNamespace(PineType t, Set<String> libraryTypes) {
        if (t == null || Types.isUnknown(t) || mentions(t, libraryTypes)) {
            return null;
        }
        return Types.nameOf(t);
    }

    /**
     * The catalog line of one exported function, {@code fn L.f(x: series float, n: series int = 14) -> ...}, or with
     * {@code method} of an exported method on a built-in type, {@code fn float.m(self: series float, ...) -> ...
     * @method}.
     */
    private static String declaration(String qualified, String path, String source, UserFunction f,
            Set<String> libraryTypes, boolean method) {
        StringBuilder line = new StringBuilder("fn ").append(qualified).append('(');
        List<Parameter> params = f.decl().parameters();
        for (int k = 0; k < params.size(); k++) {
            Parameter p = params.get(k);
            PineType t = f.paramTypes().get(k);
            if (k > 0) {
                line.append(", ");
            }
            String type;
            if (t == null || Types.isUnknown(t) || mentions(t, libraryTypes)) {
                type = "any"; // the library's own types are not catalog types: such arguments are not checked
            } else {
                // without a written qualifier the argument decides: accept anything up to series
                type = (p.qualifier() == null ? t.withQualifier(Qualifier.SERIES) : t).toString();
            }
            line.append(p.name().name()).append(": ").append(type);
            if (p.defaultValue() != null) {
                var r = p.defaultValue().range();
                line.append(" = ").append(source, r.startOffset(), r.endOffset());
            }
        }
        PineType result = f.returnType();
        String returns;
        boolean pure = false;
        if (result == null || Types.isUnknown(result) || mentions(result, libraryTypes)) {
            returns = "any";
        } else if (result.isTuple() || result.isVoid()) {
            returns = result.toString();
        } else {
            // the result's qualifier follows the arguments when the body only computes on its parameters
            pure = result.qualifier() != Qualifier.SERIES;
            returns = result.withQualifier(Qualifier.SERIES).toString();
        }
        line.append(") -> ").append(returns).append(pure ? " @pure" : "").append(method ? " @method" : "")
                .append(" | Exported by library ")
                .append(path).append('.');
        return line.toString().replace('\n', ' ');
    }

    /** True when the type names one of the library's own types (also inside array<...>, map<...>, tuples). */
    private static boolean mentions(PineType t, Set<String> libraryTypes) {
        String text = t.toString();
        for (String name : libraryTypes) {
            if (java.util.regex.Pattern.compile("(?<![\\w.])" + java.util.regex.Pattern.quote(name) + "(?![\\w])")
                    .matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static Diagnostic problem(ImportStmt i, String message) {
        return new Diagnostic(i.range(), Severity.ERROR, "import.library", message);
    }
}
