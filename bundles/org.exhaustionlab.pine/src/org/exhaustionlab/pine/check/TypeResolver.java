package org.exhaustionlab.pine.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exhaustionlab.pine.ast.TypeRef;
import org.exhaustionlab.pine.catalog.BaseType;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.catalog.Qualifier;

/** Turns written types ({@code float}, {@code array<int>}, {@code float[]}, {@code MyType}) into PineTypes. */
final class TypeResolver {

    private static final Set<String> GENERIC = Set.of("array", "map", "matrix");

    private final Analysis a;

    TypeResolver(Analysis a) {
        this.a = a;
    }

    /** The type written, with the {@code series} qualifier (callers apply written qualifiers); unknown on error. */
    PineType resolve(TypeRef ref) {
        if (ref == null) {
            return Types.UNKNOWN; // the parser reported the missing type
        }
        BaseType base = base(ref, true);
        return base == null ? Types.UNKNOWN : new PineType(Qualifier.SERIES, base);
    }

    private BaseType base(TypeRef ref, boolean report) {
        if (ref == null) {
            return null;
        }
        String name = ref.name();
        BaseType result;
        if (GENERIC.contains(name)) {
            int expected = name.equals("map") ? 2 : 1;
            if (ref.typeArguments().size() != expected) {
                if (report) {
                    a.report.error(ref.range(), "type.arguments", name + " needs " + expected
                            + " type argument" + (expected == 1 ? "" : "s") + ", e.g. " + (expected == 1 ? name
                            + "<float>" : "map<string, float>"));
                }
                return null;
            }
            List<BaseType> args = new ArrayList<>();
            for (TypeRef arg : ref.typeArguments()) {
                BaseType b = base(arg, report);
                args.add(b == null ? BaseType.Special.ANY : b);
            }
            result = new BaseType.Named(name, args);
        } else {
            result = simple(ref, report);
            if (result == null) {
                return null;
            }
        }
        return ref.legacyArray() ? new BaseType.Named("array", List.of(result)) : result;
    }

    private BaseType simple(TypeRef ref, boolean report) {
        String name = ref.name();
        if (a.userTypes.containsKey(name) || a.catalog.type(name).isPresent()) {
            return BaseType.Named.of(name);
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            Symbol first = a.scope.lookup(name.substring(0, dot));
            if (first != null && first.kind() == SymbolKind.LIBRARY_ALIAS) {
                return null; // a type of an imported library: unknown offline, already warned at the import
            }
        }
        if (report) {
            a.report.error(ref.range(), "type.unknown", "unknown type '" + name + "'" + suggestion(name));
        }
        return null;
    }

    private String suggestion(String name) {
        List<String> known = new ArrayList<>(a.userTypes.keySet());
        known.addAll(List.of("int", "float", "bool", "string", "color", "line", "label", "box", "table",
                "linefill", "polyline", "chart.point", "array", "map", "matrix"));
        String best = Suggest.closest(name, known);
        return best == null ? "" : ": did you mean " + best + "?";
    }

    static Qualifier qualifier(org.exhaustionlab.pine.ast.Qualifier q) {
        return switch (q) {
            case CONST -> Qualifier.CONST;
            case INPUT -> Qualifier.INPUT;
            case SIMPLE -> Qualifier.SIMPLE;
            case SERIES -> Qualifier.SERIES;
        };
    }
}
