package org.exhaustionlab.pine.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The TradingView Pine Script built-ins: functions (with overloads), variables, constants, types and namespaces,
 * read from the {@code *.pinedef} resources beside this class.
 *
 * @implNote Instances are immutable and safe to share between threads; {@link #standard()} loads the data once.
 *     All lookups are hash-map reads.
 */
public final class BuiltinCatalog {
    /** The data files, in load order. */
    static final List<String> RESOURCES = List.of("core.pinedef", "ta.pinedef", "math-str.pinedef",
            "collections.pinedef", "drawing.pinedef", "plot.pinedef", "input.pinedef", "request.pinedef",
            "strategy.pinedef", "symbol-time.pinedef", "constants.pinedef");

    private final List<CatalogEntry> entries;
    private final Map<String, List<FunctionSig>> functions = new LinkedHashMap<>();
    private final Map<String, List<ValueSig>> values = new LinkedHashMap<>();
    private final Map<String, TypeSig> types = new LinkedHashMap<>();
    private final Map<String, List<FunctionSig>> methods = new LinkedHashMap<>();
    /** namespace ("" for globals) → its direct members, sorted by name; sub-namespaces appear as NamespaceEntry. */
    private final Map<String, List<CatalogEntry>> members = new LinkedHashMap<>();
    private final Map<PineVersion, BuiltinCatalog> byVersion;
    private final PineVersion version;

    private BuiltinCatalog(List<CatalogEntry> entries, PineVersion version) {
        this.entries = List.copyOf(entries);
        this.version = version;
        index();
        if (version == null) {
            Map<PineVersion, BuiltinCatalog> views = new EnumMap<>(PineVersion.class);
            for (PineVersion v : PineVersion.values()) {
                views.put(v, new BuiltinCatalog(entries.stream().filter(e -> e.availability().isIn(v))
                        .map(e -> e instanceof FunctionSig f ? f.restrictedTo(v) : e).toList(), v));
            }
            this.byVersion = views;
        } else {
            this.byVersion = Map.of(version, this);
        }
    }

    private static final class StandardHolder {
        static final BuiltinCatalog INSTANCE = loadResources();
    }

    /** The catalog shipped with this bundle, covering every version. Loaded on first use. */
    public static BuiltinCatalog standard() {
        return StandardHolder.INSTANCE;
    }

    /** Builds a catalog from declaration files; throws {@link CatalogFormatException} naming file:line. */
    public static BuiltinCatalog load(Map<String, Reader> sources) throws IOException {
        List<CatalogParser.LocatedEntry> all = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Reader> source : sources.entrySet()) {
            try {
                all.addAll(CatalogParser.parse(source.getKey(), source.getValue()));
            } catch (CatalogFormatException e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(CatalogChecks.duplicates(all));
        if (!problems.isEmpty()) {
            throw new CatalogFormatException(problems);
        }
        return new BuiltinCatalog(all.stream().map(CatalogParser.LocatedEntry::entry).toList(), null);
    }

    /**
     * This catalog plus the declarations in {@code sources} (same format as the built-in files): how add-on
     * libraries contribute their functions. The result is a new catalog of all versions; this one is unchanged.
     * An extension may add overloads but not redeclare an existing signature, variable or type.
     *
     * @throws CatalogFormatException naming {@code source:line} for malformed or clashing declarations
     * @throws IllegalStateException when called on a version view (extend the catalog of all versions)
     */
    public BuiltinCatalog withExtensions(Map<String, Reader> sources) throws IOException {
        if (version != null) {
            throw new IllegalStateException("extend the catalog of all versions, not the " + version + " view");
        }
        List<CatalogParser.LocatedEntry> all = new ArrayList<>();
        for (CatalogEntry e : entries) {
            all.add(new CatalogParser.LocatedEntry("built-in", e));
        }
        int builtIn = all.size();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Reader> source : sources.entrySet()) {
            try {
                all.addAll(CatalogParser.parse(source.getKey(), source.getValue()));
            } catch (CatalogFormatException e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(CatalogChecks.duplicates(all));
        if (!problems.isEmpty()) {
            throw new CatalogFormatException(problems);
        }
        if (all.size() == builtIn) {
            return this;
        }
        return new BuiltinCatalog(all.stream().map(CatalogParser.LocatedEntry::entry).toList(), null);
    }

    private static BuiltinCatalog loadResources() {
        Map<String, Reader> sources = new LinkedHashMap<>();
        try {
            for (String name : RESOURCES) {
                InputStream in = BuiltinCatalog.class.getResourceAsStream(name);
                if (in == null) {
                    throw new IllegalStateException("built-in catalog resource " + name + " is missing beside "
                            + BuiltinCatalog.class.getName());
                }
                sources.put(name, new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return load(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in catalog", e);
        } finally {
            for (Reader r : sources.values()) {
                try {
                    r.close();
                } catch (IOException ignored) {
                    // nothing useful to do: the data was read or the load already failed
                }
            }
        }
    }

    private void index() {
        Map<String, Map<String, List<CatalogEntry>>> byNamespace = new TreeMap<>();
        for (CatalogEntry e : entries) {
            if (e instanceof FunctionSig f) {
                functions.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
                if (f.methodCallable()) {
                    methods.computeIfAbsent(f.simpleName(), k -> new ArrayList<>()).add(f);
                }
            } else if (e instanceof ValueSig v) {
                values.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(v);
            } else if (e instanceof TypeSig t) {
                types.putIfAbsent(t.name(), t);
            }
            byNamespace.computeIfAbsent(e.namespace(), k -> new TreeMap<>())
                    .computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
            String ns = e.namespace();
            while (!ns.isEmpty()) {
                NamespaceEntry nsEntry = new NamespaceEntry(ns);
                Map<String, List<CatalogEntry>> parent = byNamespace.computeIfAbsent(nsEntry.namespace(),
                        k -> new TreeMap<>());
                List<CatalogEntry> same = parent.computeIfAbsent(ns, k -> new ArrayList<>());
                if (same.stream().noneMatch(x -> x instanceof NamespaceEntry)) {
                    same.add(nsEntry);
                }
                ns = nsEntry.namespace();
            }
        }
        byNamespace.forEach((ns, named) -> members.put(ns,
                named.values().stream().flatMap(Collection::stream).toList()));
        functions.replaceAll((k, v) -> List.copyOf(v));
        values.replaceAll((k, v) -> List.copyOf(v));
        methods.replaceAll((k, v) -> List.copyOf(v));
    }

    /** The view holding only what exists in {@code v}. */
    public BuiltinCatalog forVersion(PineVersion v) {
        BuiltinCatalog view = byVersion.get(v);
        if (view == null) {
            throw new IllegalArgumentException("this catalog is already restricted to " + version);
        }
        return view;
    }

    /** The version this view is restricted to, or empty for the catalog of all versions. */
    public Optional<PineVersion> version() {
        return Optional.ofNullable(version);
    }

    /** The overloads of a function, in declaration order; empty when no such function exists. */
    public List<FunctionSig> functions(String qualifiedName) {
        return functions.getOrDefault(qualifiedName, List.of());
    }

    /** Method-callable functions whose last name segment is {@code simpleName}: {@code "get"} gives array.get, map.get... */
    public List<FunctionSig> methods(String simpleName) {
        return methods.getOrDefault(simpleName, List.of());
    }

    public Optional<ValueSig> variable(String name) {
        return value(name).filter(v -> !v.constant());
    }

    public Optional<ValueSig> constant(String name) {
        return value(name).filter(ValueSig::constant);
    }

    /**
     * A variable or constant. In the catalog of all versions a name declared differently per version resolves to
     * the newest declaration.
     */
    public Optional<ValueSig> value(String name) {
        List<ValueSig> found = values.getOrDefault(name, List.of());
        return found.stream().max(Comparator.comparing(v -> v.availability().until()));
    }

    public Optional<TypeSig> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public boolean isNamespace(String name) {
        return !name.isEmpty() && members.containsKey(name);
    }

    /**
     * Direct members of a namespace sorted by name ({@code ""} lists the globals and top-level namespaces):
     * {@code "strategy"} gives strategy.entry..., and strategy.closedtrades as a {@link NamespaceEntry}.
     */
    public List<CatalogEntry> namespaceMembers(String namespace) {
        return members.getOrDefault(namespace, List.of());
    }

    /** The distinct member names of a namespace, for completion lists. */
    public Set<String> namespaceMemberNames(String namespace) {
        Set<String> names = new TreeSet<>();
        namespaceMembers(namespace).forEach(e -> names.add(e.name()));
        return names;
    }

    /** Every function name, sorted. */
    public Set<String> functionNames() {
        return new TreeSet<>(functions.keySet());
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    /**
     * Known names close to an unknown one, best first, for "did you mean" messages: {@code math.sma} suggests
     * {@code ta.sma}, {@code ta.crossovr} suggests {@code ta.crossover}. Covers functions, variables and constants.
     */
    public List<String> suggestNames(String unknownName, int max) {
        Set<String> names = new TreeSet<>(functions.keySet());
        names.addAll(values.keySet());
        return NameSuggestions.rank(unknownName, names, max);
    }
}
