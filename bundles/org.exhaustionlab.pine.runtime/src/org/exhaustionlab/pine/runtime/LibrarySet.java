package org.exhaustionlab.pine.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.runtime.spi.IndicatorLibrary;
import org.exhaustionlab.pine.runtime.spi.LibraryRejectedException;
import org.exhaustionlab.pine.runtime.spi.NativeFunction;
import org.exhaustionlab.pine.runtime.spi.StatefulFunction;

/**
 * An immutable set of validated indicator libraries: the catalog extended with their declarations plus their
 * implementations by qualified name. {@link PineLibraries#current()} is the set the platform uses; tests and tools
 * may build their own with {@link #with} and pass it to {@link PineEngine#compile(String, String, LibrarySet)}.
 *
 * @implNote Thread-safe (immutable). What a library returns is copied when it is accepted, so a library changing
 *     its maps or definitions later has no effect.
 */
public final class LibrarySet {
    /** No libraries: the standard catalog and built-ins only. */
    public static final LibrarySet EMPTY = new LibrarySet(List.of(), null);

    private final List<LibraryValidator.Accepted> accepted;
    /** Null for the standard catalog, so the empty set does not load it before it is needed. */
    private final BuiltinCatalog catalog;
    private final Map<String, NativeFunction> natives = new HashMap<>();
    private final Map<String, StatefulFunction> statefuls = new HashMap<>();

    private LibrarySet(List<LibraryValidator.Accepted> accepted, BuiltinCatalog catalog) {
        this.accepted = List.copyOf(accepted);
        this.catalog = catalog;
        for (LibraryValidator.Accepted a : accepted) {
            natives.putAll(a.natives());
            statefuls.putAll(a.statefuls());
        }
    }

    /**
     * This set plus {@code library}, after checking it (see {@link IndicatorLibrary} for the contract).
     *
     * @throws LibraryRejectedException with a one-line message naming the library and the problem
     */
    public LibrarySet with(IndicatorLibrary library) {
        LibraryValidator.Accepted ok = LibraryValidator.validate(library, this);
        List<LibraryValidator.Accepted> all = new ArrayList<>(accepted);
        all.add(ok);
        return new LibrarySet(all, ok.catalog());
    }

    /** This set without {@code library} (compared by identity); this set itself when it is not in it. */
    public LibrarySet without(IndicatorLibrary library) {
        List<LibraryValidator.Accepted> rest = new ArrayList<>();
        Map<String, String> definitions = new LinkedHashMap<>();
        for (LibraryValidator.Accepted a : accepted) {
            if (a.library() != library) {
                rest.add(a);
                definitions.put(a.sourceName(), a.definitions());
            }
        }
        if (rest.size() == accepted.size()) {
            return this;
        }
        return rest.isEmpty() ? EMPTY : new LibrarySet(rest, extend(BuiltinCatalog.standard(), definitions));
    }

    /** {@code base} plus pinedef texts by source name; throws CatalogFormatException when they do not fit. */
    static BuiltinCatalog extend(BuiltinCatalog base, Map<String, String> definitions) {
        Map<String, Reader> readers = new LinkedHashMap<>();
        definitions.forEach((name, text) -> readers.put(name, new StringReader(text)));
        try {
            return base.withExtensions(readers);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** The standard catalog extended with every library's declarations. */
    public BuiltinCatalog catalog() {
        return catalog != null ? catalog : BuiltinCatalog.standard();
    }

    /** The installed libraries in installation order. */
    public List<IndicatorLibrary> libraries() {
        return accepted.stream().map(LibraryValidator.Accepted::library).toList();
    }

    public boolean isEmpty() {
        return accepted.isEmpty();
    }

    /** The namespaces of the libraries, sorted. */
    public Set<String> namespaces() {
        Set<String> out = new TreeSet<>();
        accepted.forEach(a -> out.add(a.namespace()));
        return out;
    }

    /** The library owning a namespace, or null. */
    IndicatorLibrary owner(String namespace) {
        for (LibraryValidator.Accepted a : accepted) {
            if (a.namespace().equals(namespace)) {
                return a.library();
            }
        }
        return null;
    }

    boolean contains(IndicatorLibrary library) {
        return accepted.stream().anyMatch(a -> a.library() == library);
    }

    /** The stateless implementation of a qualified name, or null. */
    public NativeFunction nativeFunction(String qualifiedName) {
        return natives.get(qualifiedName);
    }

    /** The stateful implementation of a qualified name, or null. */
    public StatefulFunction statefulFunction(String qualifiedName) {
        return statefuls.get(qualifiedName);
    }
}
