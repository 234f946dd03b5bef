package org.exhaustionlab.pine.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.*;
import org.exhaustionlab.pine.catalog.BaseType;
import org.exhaustionlab.pine.catalog.FunctionSig;
import org.exhaustionlab.pine.catalog.Param;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.catalog.Qualifier;
import org.exhaustionlab.pine.catalog.TypeMatcher;

/** Resolves calls (built-ins, user functions and methods, constructors) and checks their arguments. */
final class CallChecker {

    /** Where v5 moved bare v4 functions (math first: v4 max(a, b) is math.max): sma → ta.sma, abs → math.abs. */
    private static final List<String> V4_NAMESPACES = List.of("math", "ta", "str", "request", "ticker");

    /** Built-ins TradingView only accepts in the global scope. */
    private static final java.util.Set<String> GLOBAL_ONLY = java.util.Set.of("plot", "plotshape", "plotchar",
            "plotcandle", "plotbar", "plotarrow", "bgcolor", "barcolor", "fill", "hline", "alertcondition",
            "indicator", "strategy", "library");

    private final Analysis a;

    CallChecker(Analysis a) {
        this.a = a;
    }

    PineType call(Call c) {
        List<PineType> argTypes = new ArrayList<>();
        for (Argument arg : c.arguments()) {
            argTypes.add(a.expressions.type(arg.value(), true));
        }
        List<BaseType> typeArgs = new ArrayList<>();
        for (TypeRef ref : c.typeArguments()) {
            typeArgs.add(a.typeResolver.resolve(ref).base());
        }
        Expr callee = c.callee();
        if (callee instanceof Identifier id) {
            return byName(c, id, argTypes, typeArgs);
        }
        if (callee instanceof MemberAccess m) {
            String path = Names.dotted(m);
            if (path != null) {
                Identifier root = Names.root(m);
                Symbol rootSymbol = a.scope.lookup(root.name());
                if (rootSymbol == null || !rootSymbol.isVariable() || shadowsNamespace(rootSymbol, path)) {
                    if (rootSymbol != null && rootSymbol.kind() == SymbolKind.LIBRARY_ALIAS) {
                        a.bind(root, rootSymbol);
                        if (!a.catalog.isNamespace(root.name()) || m.target() != root) {
                            return unresolved(c); // not found offline: warned at the import
                        }
                        List<FunctionSig> exported = a.catalog.functions(path);
                        if (exported.isEmpty()) {
                            a.report.error(m.member().range(), "import.unknown-export", "library '" + root.name()
                                    + "' exports no function '" + m.member().name() + "'; it exports "
                                    + a.catalog.namespaceMemberNames(root.name()));
                            return unresolved(c);
                        }
                        return builtin(c, m.member().range(), path, exported, argTypes, typeArgs, null, null);
                    }
                    UserType ut = a.userTypes.get(root.name());
                    if (ut != null && m.target() == root) {
                        return typeCall(c, m, ut, argTypes);
                    }
                    List<FunctionSig> sigs = a.catalog.functions(path);
                    if (!sigs.isEmpty()) {
                        a.expressions.names.bindNamespaces(m.target());
                        return builtin(c, m.member().range(), path, sigs, argTypes, typeArgs, null, null);
                    }
                    String prefix = Names.dotted(m.target());
                    if (a.catalog.value(path).isPresent()) {
                        a.expressions.names.bindNamespaces(m.target());
                        a.report.error(m.member().range(), "call.not-a-function", "'" + path + "' is a built-in "
                                + (a.catalog.value(path).get().constant() ? "constant" : "variable")
                                + ", not a function: use it without parentheses");
                        return unresolved(c);
                    }
                    if (rootSymbol == null && a.catalog.isNamespace(prefix)) {
                        unknownFunction(m.member().range(), path);
                        return unresolved(c);
                    }
                }
            }
            PineType receiver = a.expressions.type(m.target(), true);
            return methodCall(c, m, receiver, argTypes, typeArgs);
        }
        a.expressions.type(callee, true);
        a.report.error(callee.range(), "call.not-a-function", "this expression is not a function and cannot be "
                + "called");
        return unresolved(c);
    }

    /** A variable named like a namespace ({@code color}, {@code str}) does not hide that namespace's functions. */
    boolean shadowsNamespace(Symbol variable, String path) {
        if (variable.type() != null && a.userTypes.containsKey(Types.nameOf(variable.type()))) {
            return false;
        }
        return !a.catalog.functions(path).isEmpty() || a.catalog.value(path).isPresent()
                || a.catalog.isNamespace(path);
    }

    private PineType unresolved(Call c) {
        a.bindCall(c, CallBinding.unresolved(null));
        return Types.UNKNOWN;
    }

    private PineType byName(Call c, Identifier id, List<PineType> argTypes, List<BaseType> typeArgs) {
        String name = id.name();
        List<UserFunction> user = a.userFunctions(name);
        if (!user.isEmpty()) {
            a.bind(id, user.get(0).symbol());
            return userCall(c, id.range(), name, user, argTypes, null, null);
        }
        if (a.currentFunction != null && a.currentFunction.name().name().equals(name)) {
            a.report.error(id.range(), "call.recursive", "'" + name + "' calls itself: Pine does not allow "
                    + "recursion");
            return unresolved(c);
        }
        List<FunctionSig> sigs = a.catalog.functions(name);
        if (!sigs.isEmpty()) {
            return builtin(c, id.range(), name, sigs, argTypes, typeArgs, null, null);
        }
        Symbol s = a.scope.lookup(name);
        if (s != null && s.isVariable()) {
            a.bind(id, s);
            a.report.error(id.range(), "call.not-a-function", "'" + name + "' is a variable, not a function");
            return unresolved(c);
        }
        if (a.catalog.value(name).isPresent()) {
            a.report.error(id.range(), "call.not-a-function", "'" + name + "' is a built-in variable, not a "
                    + "function" + (name.equals("close") || name.equals("open") ? ": use " + name + "[1] for the "
                    + "previous bar" : ""));
            return unresolved(c);
        }
        if (a.userTypes.containsKey(name)) {
            a.report.error(id.range(), "call.not-a-function", "'" + name + "' is a type: create objects with "
                    + name + ".new(...)");
            return unresolved(c);
        }
        if (a.v4Reported.contains(id.range().startOffset())) {
            return unresolved(c);
        }
        for (String ns : V4_NAMESPACES) {
            if (!a.catalog.functions(ns + "." + name).isEmpty()) {
                a.report.error(id.range(), "v4.syntax", name + "() is Pine v4 spelling: use " + ns + "." + name
                        + "()");
                return unresolved(c);
            }
        }
        unknownFunction(id.range(), name);
        return unresolved(c);
    }

    private void unknownFunction(SourceRange at, String name) {
        if (a.report.muted > 0) {
            return;
        }
        List<String> suggestions = new ArrayList<>(a.suggest(name));
        suggestions.removeIf(s -> a.catalog.functions(s).isEmpty());
        String local = Suggest.closest(name, a.functions.keySet());
        if (local != null) {
            suggestions.add(0, local);
        }
        a.report.error(at, "call.unknown-function", "'" + name + "' is not a known function"
                + (suggestions.isEmpty() ? "" : ": did you mean " + String.join(", ", suggestions) + "?"));
    }

    /** Overload resolution over built-in signatures; {@code receiver} non-null for method calls. */
    private PineType builtin(Call c, SourceRange calleeRange, String name, List<FunctionSig> sigs,
            List<PineType> argTypes, List<BaseType> typeArgs, PineType receiver, SourceRange receiverRange) {
        ArgumentMatcher.Failure best = null;
        for (FunctionSig sig : sigs) {
            List<ArgumentMatcher.Spec> specs = new ArrayList<>();
            for (Param p : sig.params()) {
                specs.add(new ArgumentMatcher.Spec(p.name(), p.type(), p.isRequired()));
            }
            Map<String, BaseType> fixed = typeArgs.size() == sig.typeParams().size() && !typeArgs.isEmpty()
                    ? sig.typeArguments(typeArgs) : Map.of();
            ArgumentMatcher.Match m = ArgumentMatcher.match(name + "()", specs, sig.variadic(), c.arguments(),
                    argTypes, receiver, receiverRange, calleeRange, fixed, !a.v6());
            if (m.ok()) {
                return bound(c, calleeRange, sig, m, argTypes, receiver);
            }
            if (best == null || m.failure().rank() > best.rank()) {
                best = m.failure();
            }
        }
        if (best != null) {
            a.report.error(best.range(), best.code(), best.message());
        }
        return unresolved(c);
    }

    private PineType bound(Call c, SourceRange calleeRange, FunctionSig sig, ArgumentMatcher.Match m,
            List<PineType> argTypes, PineType receiver) {
        if (sig.availability().isDeprecated()) {
            String hint = sig.availability().deprecation();
            a.report.warning(calleeRange, "deprecated", sig.name() + "() is deprecated" + (hint.isEmpty() ? ""
                    : ": " + hint));
        }
        if (GLOBAL_ONLY.contains(sig.name()) && (a.scope.local || a.currentFunction != null)) {
            a.report.error(calleeRange, "call.local-scope", sig.name() + "() cannot be called inside a block or "
                    + "function: call it at the top level (make its arguments conditional instead, e.g. "
                    + "plot(cond ? x : na))");
        }
        if ((sig.name().startsWith("strategy.") || sig.name().equals("strategy"))
                && a.script.kind() == ScriptKind.INDICATOR) {
            a.report.error(calleeRange, "strategy.in-indicator", sig.name() + "() only works in strategies: "
                    + "declare the script with strategy() instead of indicator()");
        }
        List<PineType> slots = new ArrayList<>();
        for (int idx : m.map()) {
            PineType t = idx == CallBinding.DEFAULT ? null : idx == CallBinding.RECEIVER ? receiver
                    : argTypes.get(idx);
            slots.add(t != null && Types.isUnknown(t) ? Types.UNKNOWN_ARG : t);
        }
        while (!slots.isEmpty() && slots.get(slots.size() - 1) == null) {
            slots.remove(slots.size() - 1);
        }
        PineType result = sig.resultFor(slots, m.bindings()).orElseGet(() -> sig.returnType().substitute(
                m.bindings()));
        result = tupleOfArrays(result);
        a.bind(c.callee(), new Symbol(SymbolKind.BUILTIN_FUNCTION, sig.name(), null, null,
                org.exhaustionlab.pine.ast.DeclMode.NONE, -1, -1, sig));
        CallBinding.Kind kind = receiver != null ? CallBinding.Kind.BUILTIN_METHOD : CallBinding.Kind.BUILTIN;
        a.bindCall(c, new CallBinding(kind, sig, null, null, m.map(), receiver != null,
                Types.isUnknown(result) ? null : result));
        return result;
    }

    /** {@code request.security_lower_tf} with a tuple expression returns a tuple of arrays, not an array of tuples. */
    private static PineType tupleOfArrays(PineType t) {
        if ("array".equals(Types.collection(t)) && Types.typeArg(t, 0) instanceof BaseType.Tuple tuple) {
            List<PineType> arrays = new ArrayList<>();
            for (PineType e : tuple.elements()) {
                arrays.add(Types.generic("array", List.of(e.base())));
            }
            return new PineType(Qualifier.SERIES, new BaseType.Tuple(arrays));
        }
        return t;
    }

    /** User functions and methods: overloads by arity and written parameter types. */
    private PineType userCall(Call c, SourceRange calleeRange, String name, List<UserFunction> candidates,
            List<PineType> argTypes, PineType receiver, SourceRange receiverRange) {
        ArgumentMatcher.Failure best = null;
        int given = c.arguments().size() + (receiver == null ? 0 : 1);
        List<UserFunction> ordered = new ArrayList<>(candidates);
        // an overload taking exactly the arguments given wins over one that fills the rest with defaults
        ordered.sort((x, y) -> Boolean.compare(x.decl().parameters().size() != given,
                y.decl().parameters().size() != given));
        for (UserFunction f : ordered) {
            List<ArgumentMatcher.Spec> specs = new ArrayList<>();
            for (int i = 0; i < f.decl().parameters().size(); i++) {
                Parameter p = f.decl().parameters().get(i);
                PineType t = f.paramTypes().get(i);
                if (t != null && p.qualifier() == null) {
                    t = t.withQualifier(Qualifier.SERIES); // the argument decides the qualifier
                }
                specs.add(new ArgumentMatcher.Spec(p.name().name(), t, p.defaultValue() == null));
            }
            ArgumentMatcher.Match m = ArgumentMatcher.match(name + "()", specs, false, c.arguments(), argTypes,
                    receiver, receiverRange, calleeRange, Map.of(), !a.v6());
            if (m.ok()) {
                PineType result = f.returnType();
                if (f.hasUntypedParams() && Types.isUnknown(result)) {
                    result = a.functionChecker.instantiate(f, parameterTypes(f, m.map(), argTypes, receiver));
                }
                Qualifier q = receiver == null ? Qualifier.CONST : Types.qualifierOf(receiver);
                for (PineType t : argTypes) {
                    q = q.max(Types.qualifierOf(t));
                }
                result = Types.withMaxQualifier(result, q);
                a.bindCall(c, new CallBinding(f.isMethod() && receiver != null ? CallBinding.Kind.USER_METHOD
                        : CallBinding.Kind.USER_FUNCTION, null, f.decl(), null, m.map(), receiver != null,
                        Types.isUnknown(result) ? null : result));
                return result;
            }
            if (best == null || m.failure().rank() > best.rank()) {
                best = m.failure();
            }
        }
        if (best != null) {
            a.report.error(best.range(), best.code(), best.message());
        }
        return unresolved(c);
    }

    /** Per parameter: the argument's type, the default's type, or the written type where one is written. */
    private List<PineType> parameterTypes(UserFunction f, int[] map, List<PineType> argTypes, PineType receiver) {
        List<PineType> out = new ArrayList<>();
        for (int p = 0; p < f.decl().parameters().size(); p++) {
            PineType written = f.paramTypes().get(p);
            int idx = p < map.length ? map[p] : CallBinding.DEFAULT;
            PineType t;
            if (written != null) {
                t = written;
            } else if (idx == CallBinding.RECEIVER) {
                t = receiver;
            } else if (idx >= 0) {
                t = argTypes.get(idx);
            } else {
                Expr d = f.decl().parameters().get(p).defaultValue();
                t = d == null || a.types[d.id()] == null ? Types.UNKNOWN : a.types[d.id()];
            }
            out.add(Types.isNa(t) ? Types.UNKNOWN : t);
        }
        return out;
    }

    private PineType typeCall(Call c, MemberAccess m, UserType ut, List<PineType> argTypes) {
        String member = m.member().name();
        PineType instance = Types.of(Qualifier.SERIES, ut.name());
        if (!ut.isEnum() && member.equals("new")) {
            List<ArgumentMatcher.Spec> specs = new ArrayList<>();
            for (UserType.Field f : ut.fields()) {
                specs.add(new ArgumentMatcher.Spec(f.name(), f.type(), false));
            }
            ArgumentMatcher.Match match = ArgumentMatcher.match(ut.name() + ".new()", specs, false, c.arguments(),
                    argTypes, null, null, m.member().range(), Map.of(), !a.v6());
            if (!match.ok()) {
                a.report.error(match.failure().range(), match.failure().code(), match.failure().message());
                return unresolved(c);
            }
            a.bindCall(c, new CallBinding(CallBinding.Kind.CONSTRUCTOR, null, null, ut, match.map(), false,
                    instance));
            return instance;
        }
        if (!ut.isEnum() && member.equals("copy") && argTypes.size() == 1) {
            a.bindCall(c, new CallBinding(CallBinding.Kind.COPY, null, null, ut, new int[] {0}, false, instance));
            return instance;
        }
        a.report.error(m.member().range(), "call.unknown-function", (ut.isEnum() ? "enum " : "type ") + ut.name()
                + " has no function '" + member + "'" + (ut.isEnum() ? "" : ": use " + ut.name() + ".new(...)"));
        return unresolved(c);
    }

    private PineType methodCall(Call c, MemberAccess m, PineType receiver, List<PineType> argTypes,
            List<BaseType> typeArgs) {
        String name = m.member().name();
        if (Types.isUnknown(receiver)) {
            return unresolved(c);
        }
        List<UserFunction> user = new ArrayList<>();
        for (UserFunction f : a.userFunctions(name)) {
            PineType self = f.paramTypes().isEmpty() ? null : f.paramTypes().get(0);
            if (f.isMethod() && (self == null || Types.isUnknown(self)
                    || TypeMatcher.match(self.withQualifier(Qualifier.SERIES), receiver, new HashMap<>()))) {
                user.add(f);
            }
        }
        if (!user.isEmpty()) {
            a.bind(m, user.get(0).symbol());
            return userCall(c, m.member().range(), name, user, argTypes, receiver, m.target().range());
        }
        String typeName = Types.nameOf(receiver);
        UserType ut = typeName == null ? null : a.userTypes.get(typeName);
        if (ut != null && !ut.isEnum() && name.equals("copy") && c.arguments().isEmpty()) {
            a.bindCall(c, new CallBinding(CallBinding.Kind.COPY, null, null, ut, new int[] {CallBinding.RECEIVER},
                    true, receiver));
            return receiver.withQualifier(Qualifier.SERIES);
        }
        List<FunctionSig> sigs = new ArrayList<>();
        if (typeName != null && ut == null) {
            for (FunctionSig sig : a.catalog.functions(typeName + "." + name)) {
                if (sig.methodCallable()) {
                    sigs.add(sig);
                }
            }
        }
        if (!sigs.isEmpty()) {
            return builtin(c, m.member().range(), typeName + "." + name, sigs, argTypes, typeArgs, receiver,
                    m.target().range());
        }
        if (ut != null && ut.fieldIndex(name) >= 0) {
            a.report.error(m.member().range(), "call.not-a-function", "'" + name + "' is a field of " + ut.name()
                    + ", not a method");
            return unresolved(c);
        }
        List<String> known = new ArrayList<>();
        if (typeName != null && ut == null) {
            a.catalog.namespaceMembers(typeName).stream().filter(e -> e instanceof FunctionSig f
                    && f.methodCallable()).forEach(e -> known.add(e.simpleName()));
        }
        a.functions.forEach((k, v) -> {
            if (v.stream().anyMatch(UserFunction::isMethod)) {
                known.add(k);
            }
        });
        String s = Suggest.closest(name, known);
        a.report.error(m.member().range(), "call.unknown-method", "a value of type " + Types.show(receiver)
                + " has no method '" + name + "'" + (s == null ? "" : ": did you mean " + s + "?"));
        return unresolved(c);
    }
}
