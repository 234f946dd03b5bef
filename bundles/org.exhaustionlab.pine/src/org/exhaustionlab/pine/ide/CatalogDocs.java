package org.exhaustionlab.pine.ide;

import java.util.List;
import java.util.Optional;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.catalog.CatalogEntry;
import org.exhaustionlab.pine.catalog.FunctionSig;
import org.exhaustionlab.pine.catalog.Param;
import org.exhaustionlab.pine.catalog.TypeSig;
import org.exhaustionlab.pine.catalog.ValueSig;

/** Hover and completion texts for catalog entries: signatures, parameters, descriptions. */
final class CatalogDocs {

    /** More overloads than this are summarised: a hover is not a reference manual. */
    static final int MAX_OVERLOADS = 4;

    private CatalogDocs() {
    }

    /** Every overload's signature, its description, then the parameters with their descriptions. */
    static String function(List<FunctionSig> overloads) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < overloads.size() && i < MAX_OVERLOADS; i++) {
            b.append(overloads.get(i).display()).append('\n');
        }
        if (overloads.size() > MAX_OVERLOADS) {
            b.append("(+").append(overloads.size() - MAX_OVERLOADS).append(" more overloads)\n");
        }
        String doc = overloads.stream().map(FunctionSig::doc).filter(d -> !d.isEmpty()).findFirst().orElse("");
        if (!doc.isEmpty()) {
            b.append('\n').append(doc).append('\n');
        }
        deprecation(overloads.get(0), b);
        List<Param> params = overloads.get(0).params();
        if (!params.isEmpty()) {
            b.append("\nParameters:\n");
            for (Param p : params) {
                b.append("  ").append(param(p)).append('\n');
            }
        }
        return b.toString().strip();
    }

    static String param(Param p) {
        return p.toString() + (p.doc().isEmpty() ? "" : " \u2014 " + p.doc());
    }

    static String value(ValueSig v) {
        String head = (v.constant() ? "constant " : "variable ") + v.name() + ": " + v.type();
        StringBuilder b = new StringBuilder(head);
        if (!v.doc().isEmpty()) {
            b.append("\n\n").append(v.doc());
        }
        deprecation(v, b);
        return b.toString();
    }

    static String namespace(BuiltinCatalog catalog, String name) {
        List<CatalogEntry> members = catalog.namespaceMembers(name);
        long functions = members.stream().filter(e -> e instanceof FunctionSig).map(CatalogEntry::name).distinct()
                .count();
        long values = members.stream().filter(e -> e instanceof ValueSig).count();
        return "namespace " + name + ": " + functions + " functions, " + values + " variables and constants";
    }

    static String type(TypeSig t) {
        String params = t.typeParams().isEmpty() ? "" : "<" + String.join(", ", t.typeParams()) + ">";
        return "type " + t.name() + params + (t.doc().isEmpty() ? "" : "\n\n" + t.doc());
    }

    /** The best description of a dotted name, or empty when the catalog does not know it. */
    static Optional<String> describe(BuiltinCatalog catalog, String name, boolean called) {
        List<FunctionSig> functions = catalog.functions(name);
        Optional<ValueSig> value = catalog.value(name);
        if (!functions.isEmpty() && (called || value.isEmpty())) {
            return Optional.of(function(functions));
        }
        if (value.isPresent()) {
            return Optional.of(value(value.get()));
        }
        if (catalog.isNamespace(name)) {
            return Optional.of(namespace(catalog, name));
        }
        return catalog.type(name).map(CatalogDocs::type);
    }

    private static void deprecation(CatalogEntry e, StringBuilder b) {
        if (e.availability().isDeprecated()) {
            String hint = e.availability().deprecation();
            b.append("\nDeprecated").append(hint.isEmpty() ? "." : ": " + hint);
        }
    }
}
