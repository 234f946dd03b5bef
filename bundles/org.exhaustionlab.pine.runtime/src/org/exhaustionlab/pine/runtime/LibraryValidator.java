package org.exhaustionlab.pine.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.exhaustionlab.pine.catalog.BaseType;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.catalog.CatalogEntry;
import org.exhaustionlab.pine.catalog.CatalogFormatException;
import org.exhaustionlab.pine.catalog.FunctionSig;
import org.exhaustionlab.pine.catalog.Param;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.runtime.spi.IndicatorLibrary;
import org.exhaustionlab.pine.runtime.spi.LibraryRejectedException;
import org.exhaustionlab.pine.runtime.spi.NativeFunction;
import org.exhaustionlab.pine.runtime.spi.StatefulFunction;

/** Checks an indicator library against the SPI contract before it is installed (see {@link IndicatorLibrary}). */
final class LibraryValidator {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Pine keywords and type words: a namespace spelled like one could not be written in a script. */
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "if", "else", "for", "to", "by", "in",
            "while", "switch", "var", "varip", "true", "false", "na", "import", "export", "method", "type", "enum",
            "continue", "break", "series", "simple", "const", "input", "int", "float", "bool", "string", "color");
    private static final Set<String> VALUE_TYPES = Set.of("int", "float", "bool");

    /** A library that passed the checks, with copies of what it returned. */
    record Accepted(IndicatorLibrary library, String namespace, String definitions, BuiltinCatalog catalog,
            Map<String, NativeFunction> natives, Map<String, StatefulFunction> statefuls) {
        String sourceName() {
            return namespace + ".pinedef";
        }
    }

    private LibraryValidator() {
    }

    static Accepted validate(IndicatorLibrary library, LibrarySet installed) {
        if (library == null) {
            throw new LibraryRejectedException("indicator library refused: it is null");
        }
        String ns = null;
        try {
            ns = library.namespace();
            return check(library, ns, installed);
        } catch (LibraryRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw refused(library, ns, "it failed while being checked: " + oneLine(e.toString()));
        }
    }

    private static Accepted check(IndicatorLibrary library, String ns, LibrarySet installed) {
        if (library.spiVersion() < 1 || library.spiVersion() > IndicatorLibrary.SPI_VERSION) {
            throw refused(library, ns, "it needs SPI version " + library.spiVersion() + " but this engine supports 1 to "
                    + IndicatorLibrary.SPI_VERSION);
        }
        if (installed.contains(library)) {
            throw refused(library, ns, "it is already installed");
        }
        if (ns == null || !IDENTIFIER.matcher(ns).matches() || RESERVED.contains(ns)) {
            throw refused(library, ns, "namespace must be an identifier that is not a Pine keyword");
        }
        if (BuiltinCatalog.standard().namespaceMemberNames("").contains(ns)) {
            throw refused(library, ns, "namespace '" + ns + "' clashes with the built-in namespace or name '" + ns
                    + "'");
        }
        IndicatorLibrary owner = installed.owner(ns);
        if (owner != null) {
            throw refused(library, ns, "namespace '" + ns + "' is already used by " + owner.displayName());
        }
        String definitions = library.definitions();
        if (definitions == null) {
            throw refused(library, ns, "definitions() returned null");
        }
        BuiltinCatalog base = installed.catalog();
        BuiltinCatalog extended;
        try {
            extended = LibrarySet.extend(base, Map.of(ns + ".pinedef", definitions));
        } catch (CatalogFormatException e) {
            String more = e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : "";
            throw refused(library, ns, "definitions do not parse: " + e.problems().get(0) + more);
        }
        List<CatalogEntry> added = extended.entries().subList(base.entries().size(), extended.entries().size());
        if (added.isEmpty()) {
            throw refused(library, ns, "definitions declare no functions");
        }
        Set<String> declared = new TreeSet<>();
        for (CatalogEntry e : added) {
            declared.add(checkDeclaration(library, ns, e));
        }
        Map<String, NativeFunction> natives = copy(library, ns, library.nativeFunctions(), "nativeFunctions()");
        Map<String, StatefulFunction> statefuls = copy(library, ns, library.statefulFunctions(),
                "statefulFunctions()");
        for (String name : natives.keySet()) {
            if (statefuls.containsKey(name)) {
                throw refused(library, ns, name + " has both a native and a stateful implementation");
            }
        }
        Set<String> implemented = new TreeSet<>(natives.keySet());
        implemented.addAll(statefuls.keySet());
        for (String name : declared) {
            if (!implemented.contains(name)) {
                throw refused(library, ns, "function " + name + " is declared but has no implementation");
            }
        }
        for (String name : implemented) {
            if (!declared.contains(name)) {
                throw refused(library, ns, "implementation " + name + " is not declared in its definitions");
            }
        }
        return new Accepted(library, ns, definitions, extended, natives, statefuls);
    }

    /** The qualified name of a valid declaration; refuses anything but a plain numeric function of the namespace. */
    private static String checkDeclaration(IndicatorLibrary library, String ns, CatalogEntry e) {
        if (!(e instanceof FunctionSig f)) {
            throw refused(library, ns, "definitions may only declare functions, not '" + e.name() + "'");
        }
        if (!f.name().startsWith(ns + ".")) {
            throw refused(library, ns, "function " + f.name() + " is outside the namespace '" + ns + "'");
        }
        if (!f.typeParams().isEmpty() || f.variadic()) {
            throw refused(library, ns, "function " + f.name() + " must not be generic or variadic");
        }
        for (Param p : f.params()) {
            if (!isValueType(p.type())) {
                throw refused(library, ns, "parameter '" + p.name() + "' of " + f.name()
                        + " must be int, float or bool, not " + p.type());
            }
        }
        if (!isValueType(f.returnType())) {
            throw refused(library, ns, "function " + f.name() + " must return int, float or bool, not "
                    + f.returnType());
        }
        return f.name();
    }

    private static boolean isValueType(PineType t) {
        return t.base() instanceof BaseType.Named n && n.args().isEmpty() && VALUE_TYPES.contains(n.name());
    }

    private static <T> Map<String, T> copy(IndicatorLibrary library, String ns, Map<String, T> map, String what) {
        if (map == null) {
            throw refused(library, ns, what + " returned null");
        }
        Map<String, T> out = new HashMap<>();
        for (Map.Entry<String, T> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw refused(library, ns, what + " has a null name or implementation");
            }
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    static LibraryRejectedException refused(IndicatorLibrary library, String ns, String problem) {
        String who = (ns == null ? "" : "'" + ns + "' ") + "(" + safeName(library) + ")";
        return new LibraryRejectedException("indicator library " + who + " refused: " + oneLine(problem));
    }

    private static String safeName(IndicatorLibrary library) {
        try {
            String n = library.displayName();
            return n == null ? library.getClass().getName() : n;
        } catch (RuntimeException e) {
            return library.getClass().getName();
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
