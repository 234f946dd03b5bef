package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.exhaustionlab.pine.ast.Assignment;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.FieldDecl;
import org.exhaustionlab.pine.ast.FunctionDecl;
import org.exhaustionlab.pine.ast.HistoryRef;
import org.exhaustionlab.pine.ast.Identifier;
import org.exhaustionlab.pine.ast.ImportStmt;
import org.exhaustionlab.pine.ast.MemberAccess;
import org.exhaustionlab.pine.ast.Name;
import org.exhaustionlab.pine.ast.Nodes;
import org.exhaustionlab.pine.ast.Stmt;
import org.exhaustionlab.pine.ast.TypeDecl;
import org.exhaustionlab.pine.check.LocalLibraries;

/**
 * Links the local libraries a script imports ({@link LocalLibraries}): every function of library {@code L} becomes
 * a user function named {@code L.name}, so {@code L.f(...)} compiles like a call of a script function — one frame
 * per call site, hence per-call-site state for the {@code ta.*} calls, {@code var}s and history inside. While a
 * library body compiles, its bare calls ({@code helper(x)}) resolve to the same library first.
 */
final class LibraryLinker {
    static final LibraryLinker NONE = new LibraryLinker(LocalLibraries.Resolution.NONE);

    private final LocalLibraries.Resolution libraries;
    /** The alias prefix ({@code "L."}) of every linked library function, by declaration identity. */
    private final Map<FunctionDecl, String> prefixes = new IdentityHashMap<>();
    /** The qualified names ({@code L.Point}) of the libraries' types. */
    private final java.util.Set<String> prefixesOfTypes = new java.util.HashSet<>();

    LibraryLinker(LocalLibraries.Resolution libraries) {
        this.libraries = libraries;
    }

    /** Registers the libraries' functions and history/assignment names with the compiler (before compiling). */
    void register(Compiler comp) {
        for (LocalLibraries.Loaded lib : libraries.byAlias().values()) {
            String prefix = lib.alias() + ".";
            for (Stmt s : lib.parsed().script().statements()) {
                if (s instanceof FunctionDecl fd) {
                    Name name = new Name(fd.name().id(), fd.name().range(), prefix + fd.name().name());
                    FunctionDecl linked = new FunctionDecl(fd.id(), fd.range(), fd.exported(), false, name,
                            fd.parameters(), fd.body(), fd.docs());
                    comp.functions.put(name.name(), linked);
                    prefixes.put(linked, prefix);
                    if (fd.method()) {
                        // value.m(...) on any receiver the method's first parameter accepts (see receiverType)
                        // named L.m like the function form (compiled bodies are shared by name and argument kinds)
                        FunctionDecl method = new FunctionDecl(fd.id(), fd.range(), fd.exported(), true, name,
                                fd.parameters(), fd.body(), fd.docs());
                        comp.methods.computeIfAbsent(fd.name().name(), k -> new ArrayList<>()).add(method);
                        prefixes.put(method, prefix);
                    }
                }
            }
            registerTypes(comp, lib, prefix);
            Nodes.forEach(lib.parsed().script(), n -> {
                if (n instanceof HistoryRef h && h.target() instanceof Identifier id) {
                    comp.historyNames.add(id.name());
                }
                if (n instanceof Assignment a && a.target() instanceof Identifier id) {
                    comp.assignedNames.add(id.name());
                }
            });
        }
    }

    /**
     * The key in the compiler's types of a written type name: inside a library body the library's own types come
     * first ({@code Point} is {@code L.Point} there); {@code L.Point} written by the importing script is its key.
     */
    String udtName(Compiler comp, String name) {
        if (comp.libraryPrefix != null && comp.udts.containsKey(comp.libraryPrefix + name)) {
            return comp.libraryPrefix + name;
        }
        return name;
    }

    /** The type a call {@code T.new(...)} / {@code T.copy(...)} / {@code L.T.new(...)} names, or null. */
    String constructedType(Compiler comp, MemberAccess callee) {
        if (callee.target() instanceof Identifier t) {
            String key = udtName(comp, t.name());
            return comp.udts.containsKey(key) && comp.scope.find(t.name()) == null ? key : null;
        }
        String qualified = Compiler.qualified(callee.target());
        return qualified != null && prefixesOfTypes.contains(qualified) ? qualified : null;
    }

    /** The library's types as {@code L.Name}, with their fields (typed while the library's names come first). */
    private void registerTypes(Compiler comp, LocalLibraries.Loaded lib, String prefix) {
        List<TypeDecl> types = new ArrayList<>();
        for (Stmt s : lib.parsed().script().statements()) {
            if (s instanceof TypeDecl td) {
                String name = prefix + td.name().name();
                comp.udts.put(name, new Udt.Info(name));
                prefixesOfTypes.add(name);
                types.add(td);
            }
        }
        String saved = comp.libraryPrefix;
        comp.libraryPrefix = prefix;
        try {
            for (TypeDecl td : types) {
                Udt.Info info = comp.udts.get(prefix + td.name().name());
                List<Expr> defaults = new ArrayList<>();
                for (FieldDecl fd : td.fields()) {
                    info.add(fd.name().name(), comp.typeKind(fd.type()), comp.typeInfo(fd.type()));
                    defaults.add(fd.defaultValue());
                }
                comp.fieldDefaults.put(info, defaults);
            }
        } finally {
            comp.libraryPrefix = saved;
        }
    }

    /** An import statement compiles to nothing when its library was found; else a clear compile error. */
    Ex importStmt(ImportStmt i) {
        String alias = i.alias() != null ? i.alias().name() : i.library();
        if (libraries.byAlias().containsKey(alias)) {
            return null;
        }
        throw new Compiler.Unsupported("library " + i.user() + "/" + i.library() + "/" + i.version()
                + " was not found on the library path (<exhaustionlab.pine>/libraries, ~/.exhaustionlab/libraries or "
                + "the configured path, as <user>/<library>/<version>.pine)", i.range());
    }

    /**
     * The type key of a method's receiver parameter written as {@code written}: a library method's {@code Point} is
     * {@code L.Point}; anything else is as written.
     */
    String receiverType(Compiler comp, FunctionDecl method, String written) {
        String prefix = prefixes.get(method);
        return prefix != null && comp.udts.containsKey(prefix + written) ? prefix + written : written;
    }

    /** The library prefix to try first while compiling {@code fd}'s body, or null for the script's own functions. */
    String prefixOf(FunctionDecl fd) {
        return prefixes.get(fd);
    }
}
