package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.Stmt;
import org.exhaustionlab.pine.ast.VarDecl;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.catalog.BaseType;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.catalog.FunctionSig;
import org.exhaustionlab.pine.catalog.Param;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.catalog.ValueSig;
import org.exhaustionlab.pine.runtime.lib.PineColor;

/** Resolves built-in variables and calls: chooses the catalog overload, binds arguments, picks the implementation. */
final class Builtins {
    final Compiler comp;
    final Map<String, Function<Bound, Ex>> impls = new HashMap<>();

    Builtins(Compiler comp) {
        this.comp = comp;
        CoreFunctions.register(impls);
        TaFunctions.register(impls);
        StrategyFunctions.register(impls);
        Drawings.register(comp, impls);
        TimeframeFunctions.register(impls);
        VwapPivotFunctions.register(impls);
        ChartBuiltins.register(impls);
        TickerFunctions.register(impls);
    }

    Ex variable(String name, SourceRange pos) {
        Ex v = BuiltinVariables.of(comp, name, pos);
        if (v != null) {
            return v;
        }
        Ex all = Drawings.all(name, pos);
        if (all != null) {
            return all;
        }
        Optional<ValueSig> sig = comp.catalog.value(name);
        if (sig.isEmpty()) {
            return null;
        }
        ValueSig vs = sig.get();
        Kind k = kindOf(vs.type());
        if (vs.constant() && k == Kind.COLOR && name.startsWith("color.")) {
            long c = PineColor.named(name.substring(6));
            if (c != Long.MIN_VALUE) {
                return new Lit.L(Kind.COLOR, c, pos);
            }
        }
        if (vs.constant() && k == Kind.COLOR) {
            int hash = vs.doc().indexOf("(#");
            if (hash >= 0) {
                long rgb = Long.parseLong(vs.doc().substring(hash + 2, hash + 8), 16);
                return new Lit.L(Kind.COLOR, 0xFF000000L | rgb, pos);
            }
        }
        if (vs.constant() && (k == Kind.OBJECT || k == Kind.STRING)) {
            // enum-like constants (shape.xcross, location.abovebar, plot.style_line, ...) are their own names
            return new Lit.O(Kind.STRING, name, pos);
        }
        throw new Compiler.Unsupported("built-in '" + name + "' is not supported by the interpreter yet", pos);
    }

    /** A built-in method on a value ({@code arr.push(x)}); {@code receiver} is compiled already. */
    Ex method(String name, Ex receiver, Call c) {
        return ValueMethods.method(comp, name, receiver, c);
    }

    Ex seriesHistory(String name, Ex offset, SourceRange pos) {
        return BuiltinVariables.history(name, offset, pos);
    }

    static Kind kindOf(PineType t) {
        if (t.isTuple()) {
            return Kind.TUPLE;
        }
        if (t.isVoid()) {
            return Kind.VOID;
        }
        if (t.base() instanceof BaseType.Named n) {
            if (!n.args().isEmpty()) {
                return Kind.OBJECT;
            }
            Kind k = Kind.ofTypeName(n.name());
            // enum-like built-in types (plot_style, strategy_direction, ...) are carried as strings
            return k == Kind.OBJECT && n.name().indexOf('_') > 0 ? Kind.STRING : k;
        }
        return null;
    }

    /** The kind a parameter expects, or null when it accepts several (unions, type variables, any). */
    static Kind paramKind(Param p) {
        return kindOf(p.type());
    }

    Ex call(String name, Call c) {
        return call(name, c, null);
    }

    /** A built-in call; {@code receiver} (compiled) is the first argument of a method-style call, else null. */
    Ex call(String name, Call c, Ex receiver) {
        List<FunctionSig> sigs = comp.catalog.functions(name);
        Function<Bound, Ex> impl = impls.get(name);
        if (impl == null && !comp.libraries.isEmpty()) {
            impl = LibraryCalls.implementation(comp.libraries, name);
        }
        if (sigs.isEmpty() && impl == null) {
            throw new Compiler.Unsupported("unknown function '" + name + "'", c.range());
        }
        if (impl == null) {
            throw new Compiler.Unsupported("function '" + name + "' is not supported by the interpreter yet",
                    c.range());
        }
        List<Ex> positional = new ArrayList<>();
        if (receiver != null) {
            positional.add(receiver);
        }
        Map<String, Ex> named = new HashMap<>();
        for (Argument a : c.arguments()) {
            Ex e = comp.expr(a.value());
            if (a.name() == null) {
                positional.add(e);
            } else {
                named.put(a.name().name(), e);
            }
        }
        FunctionSig best = null;
        int bestScore = -1;
        for (FunctionSig s : sigs) {
            int score = score(s, positional, named);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        if (best == null) {
            throw new Compiler.Unsupported("no overload of " + name + " accepts these arguments", c.range());
        }
        List<Param> params = best.params();
        Ex[] args = new Ex[params.size()];
        List<Ex> extra = new ArrayList<>();
        for (int i = 0; i < positional.size(); i++) {
            if (i < args.length) {
                args[i] = positional.get(i);
            } else {
                extra.add(positional.get(i));
            }
        }
        for (Map.Entry<String, Ex> e : named.entrySet()) {
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i).name().equals(e.getKey())) {
                    args[i] = e.getValue();
                }
            }
        }
        for (int i = 0; i < args.length; i++) {
            Param p = params.get(i);
            if (args[i] == null) {
                args[i] = defaultValue(p, c.range());
            }
            Kind k = paramKind(p);
            if (k != null && k != Kind.OBJECT && k != Kind.TUPLE && k != Kind.VOID && args[i].kind != Kind.NA) {
                Ex conv = Conv.to(args[i], k);
                if (conv != null) {
                    args[i] = conv;
                }
            }
        }
        Bound b = new Bound(name, best, args, extra.toArray(new Ex[0]), c, comp);
        // no per-call try/catch wrapper (it would cost a megamorphic hop per call on the hot path): library
        // errors are mapped to the executing top-level statement by the run loop
        return impl.apply(b);
    }

    private static int score(FunctionSig s, List<Ex> positional, Map<String, Ex> named) {
        List<Param> params = s.params();
        if (positional.size() > params.size() && !s.variadic()) {
            return -1;
        }
        int score = 1;
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            Ex arg = i < positional.size() ? positional.get(i) : named.get(p.name());
            if (arg == null) {
                if (p.isRequired()) {
                    return -1;
                }
                continue;
            }
            int m = match(p.type(), arg.kind);
            if (m < 0) {
                return -1;
            }
            score += m;
        }
        for (String n : named.keySet()) {
            if (s.param(n).isEmpty()) {
                return -1;
            }
        }
        return score;
    }

    private static int match(PineType t, Kind k) {
        if (k == Kind.NA) {
            return 1;
        }
        BaseType b = t.base();
        if (b instanceof BaseType.Union u) {
            int best = -1;
            for (BaseType alt : u.alternatives()) {
                best = Math.max(best, match(new PineType(t.qualifier(), alt), k));
            }
            return best;
        }
        if (b instanceof BaseType.TypeVar || b == BaseType.Special.ANY) {
            return 1;
        }
        Kind want = kindOf(t);
        if (want == null) {
            return 1;
        }
        if (want == k) {
            return 3;
        }
        if (want == Kind.FLOAT && k == Kind.INT) {
            return 2;
        }
        if (want == Kind.STRING && k == Kind.STRING || want == Kind.OBJECT) {
            return 1;
        }
        return -1;
    }

    private final Map<String, Expr> defaults = new HashMap<>();

    /** Compiles a parameter's default (catalog source text such as {@code color.blue}, {@code close}, {@code na}). */
    Ex defaultValue(Param p, SourceRange pos) {
        String text = p.defaultText();
        if (text == null || text.equals("na")) {
            return new Lit.Na(pos);
        }
        Expr e = defaults.computeIfAbsent(text, t -> {
            List<Stmt> stmts = PineParser.parse("__default = " + t + "\n").script().statements();
            return stmts.size() == 1 && stmts.get(0) instanceof VarDecl vd ? vd.initializer() : null;
        });
        if (e == null) {
            return new Lit.Na(pos);
        }
        try {
            return comp.expr(e);
        } catch (Compiler.Unsupported u) {
            return new Lit.Na(pos);
        }
    }

    static BuiltinCatalog catalog() {
        return BuiltinCatalog.standard();
    }
}
