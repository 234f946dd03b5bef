package org.exhaustionlab.pine.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exhaustionlab.pine.ast.DeclMode;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.Identifier;
import org.exhaustionlab.pine.ast.MemberAccess;
import org.exhaustionlab.pine.ast.ScriptKind;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.catalog.Qualifier;
import org.exhaustionlab.pine.catalog.ValueSig;
import org.exhaustionlab.pine.SourceRange;

/** Resolves names read as values: variables, built-ins, namespaces, enum members and fields. */
final class Names {

    private static final Map<String, PineType> CHART_POINT_FIELDS = Map.of(
            "time", Types.of(Qualifier.SERIES, "int"), "index", Types.of(Qualifier.SERIES, "int"),
            "price", Types.of(Qualifier.SERIES, "float"));

    /** Namespaces whose members older Pine wrote bare: red → color.red, circle → shape.circle, period → ... */
    private static final java.util.Set<String> V4_VALUE_NAMESPACES = java.util.Set.of("color", "shape", "location",
            "size", "timeframe", "syminfo", "barstate", "plot", "hline", "currency", "dayofweek", "session");

    private final Analysis a;
    private final Map<String, Symbol> builtinSymbols = new HashMap<>();

    Names(Analysis a) {
        this.a = a;
    }

    PineType identifier(Identifier id) {
        String name = id.name();
        Symbol s = a.scope.lookup(name);
        if (s != null) {
            a.bind(id, s);
            return s.type() == null ? Types.UNKNOWN : s.type();
        }
        Optional<ValueSig> value = a.catalog.value(name);
        if (value.isPresent()) {
            return builtinValue(id, value.get());
        }
        if (a.userTypes.containsKey(name) || !a.userFunctions(name).isEmpty()) {
            return Types.UNKNOWN; // a type or function named without a call or member: nothing to check
        }
        if (a.catalog.isNamespace(name)) {
            a.bind(id, namespace(name));
            return Types.UNKNOWN;
        }
        if (!a.catalog.functions(name).isEmpty()) {
            return Types.UNKNOWN;
        }
        unknownName(id.range(), name);
        return Types.UNKNOWN;
    }

    private PineType builtinValue(Expr at, ValueSig v) {
        Symbol s = builtinSymbols.computeIfAbsent(v.name(), k -> new Symbol(v.constant()
                ? SymbolKind.BUILTIN_CONSTANT : SymbolKind.BUILTIN_VARIABLE, v.name(), null, v.type(),
                DeclMode.NONE, -1, -1, v));
        a.bind(at, s);
        if (v.availability().isDeprecated()) {
            a.report.warning(at.range(), "deprecated", v.name() + " is deprecated"
                    + (v.availability().deprecation().isEmpty() ? "" : ": " + v.availability().deprecation()));
        }
        if (!v.constant() && v.name().startsWith("strategy.") && a.script.kind() == ScriptKind.INDICATOR) {
            a.report.error(at.range(), "strategy.in-indicator", v.name()
                    + " is only available in strategies: declare the script with strategy() instead of indicator()");
        }
        return v.type();
    }

    Symbol namespace(String name) {
        return builtinSymbols.computeIfAbsent("ns:" + name, k -> new Symbol(SymbolKind.NAMESPACE, name, null, null,
                DeclMode.NONE, -1, -1, null));
    }

    /** Binds {@code ta}, {@code strategy.closedtrades}... (each prefix of a built-in path) to its namespace. */
    void bindNamespaces(Expr prefix) {
        while (prefix != null) {
            String path = dotted(prefix);
            if (path == null || !a.catalog.isNamespace(path)) {
                return;
            }
            a.bind(prefix, namespace(path));
            prefix = prefix instanceof MemberAccess pm ? pm.target() : null;
        }
    }

    /** {@code a.b.c} when the expression is a chain of plain names, else null. */
    static String dotted(Expr e) {
        if (e instanceof Identifier id) {
            return id.name();
        }
        if (e instanceof MemberAccess m) {
            String t = dotted(m.target());
            return t == null ? null : t + "." + m.member().name();
        }
        return null;
    }

    static Identifier root(Expr e) {
        while (e instanceof MemberAccess m) {
            e = m.target();
        }
        return e instanceof Identifier id ? id : null;
    }

    PineType member(MemberAccess m) {
        String path = dotted(m);
        if (path != null) {
            Identifier root = root(m);
            Symbol rootSymbol = a.scope.lookup(root.name());
            if (rootSymbol == null || !rootSymbol.isVariable() || a.calls.shadowsNamespace(rootSymbol, path)) {
                if (rootSymbol != null && rootSymbol.kind() == SymbolKind.LIBRARY_ALIAS) {
                    a.bind(root, rootSymbol);
                    return Types.UNKNOWN;
                }
                UserType ut = a.userTypes.get(root.name());
                if (ut != null && m.target() == root) {
                    return typeMember(m, ut);
                }
                Optional<ValueSig> value = a.catalog.value(path);
                if (value.isPresent()) {
                    bindNamespaces(m.target());
                    return builtinValue(m, value.get());
                }
                if (a.catalog.isNamespace(path)) {
                    bindNamespaces(m);
                    return Types.UNKNOWN;
                }
                String prefix = dotted(m.target());
                if ((rootSymbol == null || !rootSymbol.isVariable()) && a.catalog.isNamespace(prefix)) {
                    a.bind(m.target(), namespace(prefix));
                    if (a.catalog.functions(path).isEmpty()) {
                        List<String> s = a.suggest(path);
                        a.report.error(m.member().range(), "name.unknown", "'" + path + "' is not a built-in"
                                + (s.isEmpty() ? "" : ": did you mean " + String.join(", ", s) + "?"));
                    }
                    return Types.UNKNOWN;
                }
            }
        }
        PineType target = a.expressions.type(m.target(), true);
        return field(m, target);
    }

    private PineType typeMember(MemberAccess m, UserType ut) {
        String member = m.member().name();
        if (ut.isEnum()) {
            int i = ut.memberIndex(member);
            if (i >= 0) {
                PineType t = Types.of(Qualifier.CONST, ut.name());
                a.bind(m, new Symbol(SymbolKind.ENUM_MEMBER, ut.name() + "." + member, ut.declaration(), t,
                        DeclMode.NONE, i, -1, null));
                return t;
            }
            String s = Suggest.closest(member, ut.members());
            a.report.error(m.member().range(), "name.unknown", "enum " + ut.name() + " has no member '" + member
                    + "'" + (s == null ? "" : ": did you mean " + s + "?"));
            return Types.UNKNOWN;
        }
        a.report.error(m.member().range(), "name.unknown", "'" + ut.name() + "." + member
                + "' is not a value: create an object with " + ut.name() + ".new(...) and read its fields");
        return Types.UNKNOWN;
    }

    /** Reading a field of a value. */
    PineType field(MemberAccess m, PineType target) {
        String member = m.member().name();
        if (Types.isUnknown(target) || Types.isNa(target)) {
            return Types.UNKNOWN;
        }
        String typeName = Types.nameOf(target);
        UserType ut = typeName == null ? null : a.userTypes.get(typeName);
        if (ut != null && !ut.isEnum()) {
            int i = ut.fieldIndex(member);
            if (i < 0) {
                List<String> fieldNames = ut.fields().stream().map(UserType.Field::name).toList();
                String s = Suggest.closest(member, fieldNames);
                a.report.error(m.member().range(), "field.unknown", "type " + ut.name() + " has no field '" + member
                        + "'" + (s == null ? "" : ": did you mean " + s + "?"));
                return Types.UNKNOWN;
            }
            a.bind(m, a.statements.fieldSymbol(ut, member));
            PineType ft = ut.fields().get(i).type();
            return ft == null ? Types.UNKNOWN : Types.withMaxQualifier(ft, Qualifier.SERIES);
        }
        if ("chart.point".equals(typeName) && CHART_POINT_FIELDS.containsKey(member)) {
            return CHART_POINT_FIELDS.get(member);
        }
        if (Types.isNumeric(target) || Types.is(target, "bool") || Types.is(target, "string")
                || Types.is(target, "color") || target.isTuple() || target.isVoid()) {
            a.report.error(m.member().range(), "field.unknown", "a value of type " + Types.show(target)
                    + " has no field '" + member + "'");
        }
        return Types.UNKNOWN;
    }

    void unknownName(SourceRange range, String name) {
        if (a.report.muted > 0) {
            return; // suggestions are expensive: skip them when nothing is reported
        }
        Integer declaredAt = a.declaredAnywhere.get().get(name);
        if (declaredAt != null) {
            if (declaredAt > range.startOffset()) {
                a.report.error(range, "name.before-declaration", "'" + name
                        + "' is used before it is declared: move its declaration above this line");
            } else {
                a.report.error(range, "name.out-of-scope", "'" + name
                        + "' is declared in another block or function and is not visible here");
            }
            return;
        }
        List<String> builtin = a.suggest(name);
        if (!builtin.isEmpty() && lastSegment(builtin.get(0)).equals(name)
                && a.catalog.value(builtin.get(0)).isPresent()
                && V4_VALUE_NAMESPACES.contains(a.catalog.value(builtin.get(0)).get().namespace())) {
            a.report.error(range, "v4.syntax", "'" + name + "' is Pine v4 spelling: use " + builtin.get(0));
            return;
        }
        List<String> visible = new ArrayList<>();
        a.scope.collectNames(visible);
        String local = Suggest.closest(name, visible);
        List<String> all = new ArrayList<>();
        if (local != null) {
            all.add(local);
        }
        builtin.stream().filter(b -> !all.contains(b)).limit(3 - all.size()).forEach(all::add);
        a.report.error(range, "name.unknown", "'" + name + "' is not declared"
                + (all.isEmpty() ? "" : ": did you mean " + String.join(", ", all) + "?"));
    }

    static String lastSegment(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
