package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Assignment;
import org.exhaustionlab.pine.ast.Binary;
import org.exhaustionlab.pine.ast.BinaryOp;
import org.exhaustionlab.pine.ast.Block;
import org.exhaustionlab.pine.ast.BoolLiteral;
import org.exhaustionlab.pine.ast.BreakStmt;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.ColorLiteral;
import org.exhaustionlab.pine.ast.ContinueStmt;
import org.exhaustionlab.pine.ast.DeclMode;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.EnumDecl;
import org.exhaustionlab.pine.ast.EnumMember;
import org.exhaustionlab.pine.ast.ExprStmt;
import org.exhaustionlab.pine.ast.FieldDecl;
import org.exhaustionlab.pine.ast.TypeDecl;
import org.exhaustionlab.pine.ast.FloatLiteral;
import org.exhaustionlab.pine.ast.ForExpr;
import org.exhaustionlab.pine.ast.FunctionDecl;
import org.exhaustionlab.pine.ast.HistoryRef;
import org.exhaustionlab.pine.ast.Identifier;
import org.exhaustionlab.pine.ast.IfExpr;
import org.exhaustionlab.pine.ast.IntLiteral;
import org.exhaustionlab.pine.ast.MemberAccess;
import org.exhaustionlab.pine.ast.NaLiteral;
import org.exhaustionlab.pine.ast.Nodes;
import org.exhaustionlab.pine.ast.Script;
import org.exhaustionlab.pine.ast.Stmt;
import org.exhaustionlab.pine.ast.StringLiteral;
import org.exhaustionlab.pine.ast.SwitchCase;
import org.exhaustionlab.pine.ast.SwitchExpr;
import org.exhaustionlab.pine.ast.Ternary;
import org.exhaustionlab.pine.ast.TupleDecl;
import org.exhaustionlab.pine.ast.TupleExpr;
import org.exhaustionlab.pine.ast.Unary;
import org.exhaustionlab.pine.ast.UnaryOp;
import org.exhaustionlab.pine.ast.VarDecl;
import org.exhaustionlab.pine.ast.WhileExpr;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.runtime.LibrarySet;
import org.exhaustionlab.pine.runtime.interp.Scope.VarInfo;

/**
 * Compiles a parsed script into a tree of typed executable nodes. Names and types are resolved here, once (a local
 * pass; it switches to the checker's SemanticModel once that is available). Unsupported constructs raise
 * {@link Unsupported}, which the engine reports as a diagnostic.
 */
public final class Compiler {
    /** A construct this interpreter cannot run (yet), or a type error; becomes a compile diagnostic. */
    public static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final transient SourceRange pos;

        Unsupported(String message, SourceRange pos) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    final Script script;
    final BuiltinCatalog catalog;
    final int version;
    final Layout global = new Layout();
    Layout layout = global;
    /** The layout of the current bar context: the script's global one, or a request.security expression's. */
    Layout contextLayout = global;
    /** Non-null while compiling a request.security expression (global reads are then restricted). */
    String securityContext;
    Scope scope = new Scope(null, global);
    final Scope globalScope = scope;
    final Set<String> historyNames = new HashSet<>();
    final Set<String> assignedNames = new HashSet<>();
    /**
     * Top-level declarations {@code x = expr} of variables never reassigned: inside a {@code request.security}
     * expression a read of {@code x} recompiles {@code expr} in the requested context, as TradingView evaluates the
     * expression's whole dependency chain on the other timeframe.
     */
    private final Map<VarInfo, VarDecl> definitions = new java.util.IdentityHashMap<>();
    private final Set<VarInfo> inlining = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Numbers of the request.security contexts, which user functions compile for separately. */
    final Map<Layout, Integer> contextIds = new java.util.IdentityHashMap<>();
    /** Per-call-site compiles of functions that call request.security: each call site's number. */
    final Map<Call, Integer> callSites = new java.util.IdentityHashMap<>();
    final Map<FunctionDecl, Boolean> requestsSecurity = new java.util.IdentityHashMap<>();
    /** While such a function compiles for one call site: that call (innermost first). */
    final java.util.ArrayDeque<CallSite> callSiteStack = new java.util.ArrayDeque<>();

    /**
     * One call of a function whose body calls request.security: its parameters' argument expressions and the body's
     * top-level declarations {@code x = expr} (never reassigned), which a request.security expression in the body
     * evaluates on the requested timeframe.
     */
    static final class CallSite {
        final Map<String, Expr> arguments;
        final Map<String, VarDecl> locals = new HashMap<>();
        Scope parameterScope;

        CallSite(Map<String, Expr> arguments) {
            this.arguments = arguments;
        }
    }
    /** The input registered by each input.* call, so a call compiled twice (inlined, specialised) is one input. */
    final Map<Call, Integer> inputIndex = new java.util.IdentityHashMap<>();
    /** Global variables initialised with a constant and never reassigned: their qualifier is const. */
    final Set<VarInfo> constVars = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    final Map<VarInfo, String> handleTitles = new java.util.IdentityHashMap<>();
    final Map<String, Udt.Info> udts = new HashMap<>();
    final Map<Udt.Info, List<Expr>> fieldDefaults = new HashMap<>();
    final Map<String, Map<String, Udt.EnumValue>> enums = new HashMap<>();
    final Map<String, List<FunctionDecl>> methods = new HashMap<>();
    final Map<String, FunctionDecl> functions = new HashMap<>();
    final Map<String, UserFunctions.Spec> specs = new HashMap<>();
    final Set<String> compiling = new HashSet<>();
    /** The local libraries the script imports (see LibraryLinker) and the library whose body is compiling. */
    LibraryLinker linker = LibraryLinker.NONE;
    String libraryPrefix;
    final Outputs outputs = new Outputs();
    final Builtins builtins;
    String declaringName;

    /** Indicator libraries whose functions calls may reach (after the built-ins). */
    final LibrarySet libraries;

    Compiler(Script script, BuiltinCatalog catalog) {
        this(script, catalog, LibrarySet.EMPTY);
    }

    Compiler(Script script, BuiltinCatalog catalog, LibrarySet libraries) {
        this.script = script;
        this.catalog = catalog;
        this.libraries = libraries;
        this.version = script.version() == 0 ? 6 : script.version();
        this.builtins = new Builtins(this);
    }

    /** Compiles the whole script; the result's nodes run once per bar in the global frame. */
    Ex[] compileScript() {
        linker.register(this);
        Nodes.forEach(script, n -> {
            if (n instanceof HistoryRef h && h.target() instanceof Identifier id) {
                historyNames.add(id.name());
            }
            if (n instanceof Assignment a && a.target() instanceof Identifier id) {
                assignedNames.add(id.name());
            }
        });
        for (Stmt s : script.statements()) {
            if (s instanceof FunctionDecl fd) {
                if (fd.method()) {
                    methods.computeIfAbsent(fd.name().name(), k -> new ArrayList<>()).add(fd);
                } else {
                    functions.put(fd.name().name(), fd);
                }
            } else if (s instanceof TypeDecl td) {
                udts.put(td.name().name(), new Udt.Info(td.name().name()));
            } else if (s instanceof EnumDecl ed) {
                Map<String, Udt.EnumValue> members = new java.util.LinkedHashMap<>();
                for (EnumMember m : ed.members()) {
                    String title = m.title() == null ? m.name().name() : m.title().value();
                    members.put(m.name().name(), new Udt.EnumValue(ed.name().name(), m.name().name(), title));
                }
                enums.put(ed.name().name(), members);
            }
        }
        for (Stmt s : script.statements()) {
            if (s instanceof TypeDecl td) {
                Udt.Info info = udts.get(td.name().name());
                List<Expr> defaults = new ArrayList<>();
                for (FieldDecl fd : td.fields()) {
                    Kind k = typeKind(fd.type());
                    info.add(fd.name().name(), k, typeInfo(fd.type()));
                    defaults.add(fd.defaultValue());
                }
                fieldDefaults.put(info, defaults);
            }
        }
        List<Ex> out = new ArrayList<>();
        for (Stmt s : script.statements()) {
            if (s instanceof FunctionDecl) {
                continue;
            }
            Ex e = stmt(s);
            if (e != null) {
                out.add(e);
            }
        }
        return out.toArray(new Ex[0]);
    }

    // ---- statements ------------------------------------------------------------------------------------------

    Ex stmt(Stmt s) {
        if (s instanceof ExprStmt es) {
            return expr(es.expression());
        }
        if (s instanceof VarDecl vd) {
            return varDecl(vd);
        }
        if (s instanceof Assignment a) {
            return assignment(a);
        }
        if (s instanceof TupleDecl td) {
            return tupleDecl(td);
        }
        if (s instanceof BreakStmt) {
            return new Control.Jump(Flow.BREAK, s.range());
        }
        if (s instanceof ContinueStmt) {
            return new Control.Jump(Flow.CONTINUE, s.range());
        }
        if (s instanceof FunctionDecl fd) {
            throw new Unsupported("functions must be declared at the top level: " + fd.name().name(), s.range());
        }
        if (s instanceof TypeDecl || s instanceof EnumDecl) {
            return null;
        }
        if (s instanceof org.exhaustionlab.pine.ast.ImportStmt i) {
            return linker.importStmt(i);
        }
        String what = s.getClass().getSimpleName();
        what = switch (what) {
            case "TypeDecl" -> "user-defined types (type)";
            case "EnumDecl" -> "enums";
            case "ImportStmt" -> "library imports";
            case "ErrorStmt" -> "a statement with syntax errors";
            default -> what;
        };
        throw new Unsupported(what + " are not supported by the interpreter yet", s.range());
    }

    private Kind declaredKind(VarDecl vd, Ex init) {
        if (vd.type() != null) {
            return typeKind(vd.type());
        }
        if (init.kind == Kind.NA) {
            return Kind.FLOAT;
        }
        if (init.kind == Kind.VOID) {
            throw new Unsupported("'" + vd.name().name() + "' is assigned a value-less expression", vd.range());
        }
        return init.kind;
    }

    /** The kind of a written type; unknown names are an error (user types and enums are objects). */
    Kind typeKind(org.exhaustionlab.pine.ast.TypeRef t) {
        Kind k = Kind.ofTypeName(t.name());
        if (t.legacyArray() || t.name().equals("array") || t.name().equals("map")) {
            typeInfo(t);
            return Kind.OBJECT;
        }
        if (k == Kind.OBJECT && t.typeArguments().isEmpty() && !udts.containsKey(linker.udtName(this, t.name()))
                && !enums.containsKey(t.name()) && comp().catalog.type(t.name()).isEmpty()) {
            throw new Unsupported("unknown type '" + t.name() + "'", t.range());
        }
        return k;
    }

    private Compiler comp() {
        return this;
    }

    /** The static type of a written object type (user type or array), null for plain values. */
    Udt.Info typeInfo(org.exhaustionlab.pine.ast.TypeRef t) {
        if (t == null) {
            return null;
        }
        if (t.legacyArray()) {
            Udt.Info drawing = Drawings.typeOf(t.name());
            return Udt.Info.array(elementKind(t.name(), t),
                    drawing != null ? drawing : udts.get(linker.udtName(this, t.name())));
        }
        if (t.name().equals("array") && t.typeArguments().size() == 1) {
            var e = t.typeArguments().get(0);
            return Udt.Info.array(typeKind(e), typeInfo(e));
        }
        if (t.name().equals("matrix") && t.typeArguments().size() == 1) {
            var e = t.typeArguments().get(0);
            return Udt.Info.matrix(typeKind(e), typeInfo(e));
        }
        if (t.name().equals("map") && t.typeArguments().size() == 2) {
            var k = t.typeArguments().get(0);
            var v = t.typeArguments().get(1);
            return Udt.Info.map(typeKind(k), typeKind(v), typeInfo(v));
        }
        if (!t.typeArguments().isEmpty()) {
            throw new Unsupported(t.name() + "<...> collections are not supported by the interpreter yet (arrays "
                    + "and maps are)", t.range());
        }
        Udt.Info drawing = Drawings.typeOf(t.name());
        return drawing != null ? drawing : udts.get(linker.udtName(this, t.name()));
    }

    private Kind elementKind(String name, org.exhaustionlab.pine.ast.TypeRef t) {
        Kind k = Kind.ofTypeName(name);
        if (k == Kind.OBJECT && Drawings.typeOf(name) == null && !udts.containsKey(linker.udtName(this, name))) {
            throw new Unsupported("unknown element type '" + name + "'", t.range());
        }
        return k;
    }

    VarInfo declare(String name, Kind kind, Kind[] tupleKinds) {
        return declare(name, kind, tupleKinds, false, null);
    }

    VarInfo declare(String name, Kind kind, Kind[] tupleKinds, boolean simple, Udt.Info udt) {
        int slot = layout.slot(kind);
        int hist = -1;
        if (historyNames.contains(name)) {
            hist = layout.state(ctx -> new Hist(kind, 16, ctx.maxBarsBack));
            layout.commits.add(new Vars.Commit(kind, slot, hist));
        }
        VarInfo v = new VarInfo(name, kind, slot, hist, layout, tupleKinds, simple, udt);
        scope.put(v);
        return v;
    }

    private Ex varDecl(VarDecl vd) {
        String saved = declaringName;
        declaringName = vd.name().name();
        Ex init;
        try {
            init = expr(vd.initializer());
        } finally {
            declaringName = saved;
        }
        Kind kind = declaredKind(vd, init);
        Ex value = coerce(init, kind, vd.initializer().range());
        boolean fixed = vd.mode() == DeclMode.NONE && !assignedNames.contains(vd.name().name());
        boolean simple = init.simple && fixed;
        Udt.Info udt = vd.type() != null ? typeInfo(vd.type()) : init.udt;
        VarInfo v = declare(vd.name().name(), kind, init.tupleKinds, simple, udt);
        if (fixed && init.constant && layout == global) {
            constVars.add(v);
        }
        if (fixed && scope == globalScope) {
            definitions.put(v, vd);
        }
        CallSite site = callSiteStack.peek();
        if (fixed && site != null && scope.parent == site.parameterScope) {
            site.locals.put(vd.name().name(), vd);
        }
        if (init instanceof PlotFunctions.Plot p) {
            handleTitles.put(v, p.title);
        } else if (init instanceof Lit.O o && o.v instanceof PlotFunctions.Handle h) {
            handleTitles.put(v, h.title());
        }
        Ex set = new Vars.Set(v.slot(), value, vd.range());
        set.udt = udt;
        if (vd.mode() == DeclMode.NONE) {
            return set;
        }
        int flag = layout.varFlags++;
        Ex init2 = new Vars.VarInit(flag, set, new Vars.Get(kind, v.slot(), vd.range()));
        init2.udt = udt;
        return init2;
    }

    private Ex tupleDecl(TupleDecl td) {
        Ex init = expr(td.initializer());
        if (init.kind != Kind.TUPLE || init.tupleKinds == null) {
            throw new Unsupported("the right side of a tuple declaration must return a tuple", td.range());
        }
        if (init.tupleKinds.length < td.names().size()) {
            throw new Unsupported("the tuple has " + init.tupleKinds.length + " values, not " + td.names().size(),
                    td.range());
        }
        int temp = layout.slot(Kind.OBJECT);
        List<Ex> body = new ArrayList<>();
        body.add(new Vars.Set(temp, init, td.range()));
        for (int i = 0; i < td.names().size(); i++) {
            String name = td.names().get(i).name();
            if (name.equals("_")) {
                continue;
            }
            Kind k = init.tupleKinds[i] == Kind.NA ? Kind.FLOAT : init.tupleKinds[i];
            Udt.Info udt = init.tupleUdts == null || i >= init.tupleUdts.length ? null : init.tupleUdts[i];
            VarInfo v = declare(name, k, null, false, udt);
            Ex elem = Conv.to(new Tuples.Elem(temp, i, td.range()), k);
            elem.udt = udt;
            body.add(new Vars.Set(v.slot(), elem, td.range()));
        }
        return new Control.Block(Kind.VOID, body.toArray(new Ex[0]), null, td.range());
    }

    private Ex assignment(Assignment a) {
        if (a.target() instanceof MemberAccess ma) {
            Ex target = expr(ma.target());
            Udt.Get current = (Udt.Get) field(target, ma.member().name(), ma.range());
            Ex value = expr(a.value());
            if (a.op().binary() != null) {
                value = binary(a.op().binary(), current, value, a.range());
            }
            int index = target.udt.index(ma.member().name());
            Ex coerced = coerce(value, target.udt.kinds.get(index), a.value().range());
            return new Udt.Set(target, target.udt, index, coerced, a.range());
        }
        if (!(a.target() instanceof Identifier id)) {
            throw new Unsupported("cannot assign to this expression", a.target().range());
        }
        VarInfo v = scope.find(id.name());
        if (v == null) {
            throw new Unsupported("cannot assign to undeclared variable '" + id.name() + "'", a.range());
        }
        if (v.owner() != layout) {
            throw new Unsupported("cannot modify global variable '" + id.name() + "' in a function", a.range());
        }

        Ex value = expr(a.value());
        if (a.op().binary() != null) {
            value = binary(a.op().binary(), new Vars.Get(v.kind(), v.slot(), a.range()), value, a.range());
        }
        Ex set = new Vars.Set(v.slot(), coerce(value, v.kind(), a.value().range()), a.range());
        set.udt = v.udt();
        return set;
    }

    // ---- blocks and control flow -----------------------------------------------------------------------------

    Ex block(Block b) {
        Scope saved = scope;
        scope = new Scope(scope, layout);
        try {
            List<Stmt> stmts = b.statements();
            Ex[] body = new Ex[Math.max(0, stmts.size() - 1)];
            for (int i = 0; i < body.length; i++) {
                body[i] = stmt(stmts.get(i));
            }
            Ex last = stmts.isEmpty() ? null : stmt(stmts.get(stmts.size() - 1));
            Kind kind = last == null ? Kind.VOID : last.kind;
            Control.Block out = new Control.Block(kind, body, last, b.range());
            if (last != null) {
                out.tupleKinds = last.tupleKinds;
                out.tupleUdts = last.tupleUdts;
                out.udt = last.udt;
            }
            return out;
        } finally {
            scope = saved;
        }
    }

    static Kind unify(Kind a, Kind b) {
        if (a == b) {
            return a;
        }
        if (a == Kind.NA) {
            return b;
        }
        if (b == Kind.NA) {
            return a;
        }
        if (a.isNumeric() && b.isNumeric()) {
            return Kind.FLOAT;
        }
        return Kind.VOID;
    }

    private Ex ifExpr(IfExpr e) {
        Ex cond = coerce(expr(e.condition()), Kind.BOOL, e.condition().range());
        Ex yes = block(e.thenBlock());
        Ex no = e.elseIf() != null ? ifExpr(e.elseIf()) : e.elseBlock() != null ? block(e.elseBlock()) : null;
        Kind kind = no == null ? (yes.kind == Kind.NA ? Kind.VOID : yes.kind) : unify(yes.kind, no.kind);
        if (kind == Kind.TUPLE) {
            Control.Select s = new Control.Select(kind, cond, yes, no, e.range());
            s.tupleKinds = yes.tupleKinds;
            s.tupleUdts = yes.tupleUdts;
            return s;
        }
        if (kind != Kind.VOID) {
            Ex y = Conv.to(yes, kind);
            Ex n = no == null ? Lit.na(kind, e.range()) : Conv.to(no, kind);
            if (y != null && n != null) {
                Ex out = new Control.Select(kind, cond, y, n, e.range());
                out.udt = yes.udt != null ? yes.udt : no == null ? null : no.udt;
                return out;
            }
        }
        return new Control.Select(Kind.VOID, cond, yes, no, e.range());
    }

    private Ex ternary(Ternary t) {
        Ex cond = coerce(expr(t.condition()), Kind.BOOL, t.condition().range());
        Ex yes = expr(t.whenTrue());
        Ex no = expr(t.whenFalse());
        Kind kind = unify(yes.kind, no.kind);
        if (kind == Kind.VOID) {
            throw new Unsupported("the branches of ?: have different types (" + yes.kind + ", " + no.kind + ")",
                    t.range());
        }
        if (kind == Kind.NA) {
            kind = Kind.FLOAT;
        }
        Ex out = new Control.Select(kind, cond, coerce(yes, kind, t.range()), coerce(no, kind, t.range()), t.range());
        out.udt = yes.udt != null ? yes.udt : no.udt;
        return out;
    }

    private Ex switchExpr(SwitchExpr s) {
        List<Ex> prefix = new ArrayList<>();
        Ex subject = null;
        if (s.subject() != null) {
            Ex subj = expr(s.subject());
            int slot = layout.slot(subj.kind);
            prefix.add(new Vars.Set(slot, subj, s.range()));
            subject = new Vars.Get(subj.kind, slot, s.range());
        }
        List<Ex> conds = new ArrayList<>();
        List<Ex> arms = new ArrayList<>();
        Ex otherwise = null;
        Kind kind = Kind.NA;
        for (SwitchCase c : s.cases()) {
            Ex arm = block(c.body());
            kind = kind == Kind.NA && arms.isEmpty() && otherwise == null ? arm.kind : unify(kind, arm.kind);
            if (c.condition() == null) {
                otherwise = arm;
                continue;
            }
            Ex cond = expr(c.condition());
            cond = subject == null ? coerce(cond, Kind.BOOL, c.range())
                    : binary(BinaryOp.EQ, subject, cond, c.range());
            conds.add(cond);
            arms.add(arm);
        }
        Ex[] armArr = arms.toArray(new Ex[0]);
        if (kind != Kind.VOID && kind != Kind.NA && kind != Kind.TUPLE) {
            boolean ok = true;
            for (int i = 0; i < armArr.length && ok; i++) {
                Ex c = Conv.to(armArr[i], kind);
                ok = c != null;
                armArr[i] = ok ? c : armArr[i];
            }
            if (otherwise != null && ok) {
                Ex c = Conv.to(otherwise, kind);
                ok = c != null;
                otherwise = ok ? c : otherwise;
            }
            if (!ok) {
                kind = Kind.VOID;
            }
        } else if (kind == Kind.NA) {
            kind = Kind.VOID;
        }
        Control.Switch sw = new Control.Switch(kind, conds.toArray(new Ex[0]), armArr, otherwise, s.range());
        if (kind == Kind.TUPLE && armArr.length > 0) {
            sw.tupleKinds = armArr[0].tupleKinds;
            sw.tupleUdts = armArr[0].tupleUdts;
        }
        if (prefix.isEmpty()) {
            return sw;
        }
        Control.Block b = new Control.Block(kind, prefix.toArray(new Ex[0]), sw, s.range());
        b.tupleKinds = sw.tupleKinds;
        b.tupleUdts = sw.tupleUdts;
        return b;
    }

    private Ex forExpr(ForExpr fe) {
        Ex from = expr(fe.from());
        Ex to = expr(fe.to());
        Ex step = fe.step() == null ? null : expr(fe.step());
        outputs.hasLoops = true;
        boolean isFloat = from.kind == Kind.FLOAT
                || step != null && step.kind == Kind.FLOAT;
        Scope saved = scope;
        scope = new Scope(scope, layout);
        int firstState = layout.states.size();
        try {
            VarInfo counter = declare(fe.counter().name(), isFloat ? Kind.FLOAT : Kind.INT, null);
            Ex body = block(fe.body());
            Kind kind = body.kind == Kind.NA || body.kind == Kind.TUPLE ? Kind.VOID : body.kind;
            int result = kind == Kind.VOID ? -1 : layout.slot(kind);
            int bank = IterationBank.register(layout, firstState, layout.states.size());
            return new Control.For(kind, counter.slot(), isFloat, coerce(from, Kind.FLOAT, fe.from().range()),
                    coerce(to, Kind.FLOAT, fe.to().range()),
                    step == null ? null : coerce(step, Kind.FLOAT, fe.step().range()), body, result, bank,
                    fe.range());
        } finally {
            scope = saved;
        }
    }

    // ---- expressions -----------------------------------------------------------------------------------------

    Ex expr(Expr e) {
        if (e instanceof IntLiteral i) {
            return new Lit.L(Kind.INT, i.value(), e.range());
        }
        if (e instanceof FloatLiteral fl) {
            return new Lit.D(fl.value(), e.range());
        }
        if (e instanceof BoolLiteral bl) {
            return new Lit.B(bl.value(), e.range());
        }
        if (e instanceof StringLiteral sl) {
            return new Lit.O(Kind.STRING, sl.value(), e.range());
        }
        if (e instanceof ColorLiteral cl) {
            long rgba = cl.rgba() & 0xFFFFFFFFL;
            long argb = ((rgba & 0xFF) << 24) | (rgba >>> 8);
            return new Lit.L(Kind.COLOR, argb, e.range());
        }
        if (e instanceof NaLiteral) {
            return new Lit.Na(e.range());
        }
        if (e instanceof Identifier id) {
            return identifier(id);
        }
        if (e instanceof MemberAccess ma) {
            Ex member = member(ma);
            if (member != null) {
                return member;
            }
            String q = qualified(ma);
            Ex v = q == null ? null : builtins.variable(q, e.range());
            if (v == null) {
                throw new Unsupported(q == null ? "field access is not supported yet" : "unknown name '" + q + "'",
                        e.range());
            }
            return v;
        }
        if (e instanceof Binary b) {
            if (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR) {
                Ex l = coerce(expr(b.left()), Kind.BOOL, b.left().range());
                Ex r = coerce(expr(b.right()), Kind.BOOL, b.right().range());
                return b.op() == BinaryOp.AND ? new Ops.And(l, r, e.range()) : new Ops.Or(l, r, e.range());
            }
            return binary(b.op(), expr(b.left()), expr(b.right()), e.range());
        }
        if (e instanceof Unary u) {
            Ex x = expr(u.operand());
            if (u.op() == UnaryOp.NOT) {
                return new Ops.Not(coerce(x, Kind.BOOL, e.range()), e.range());
            }
            if (u.op() == UnaryOp.PLUS) {
                return x;
            }
            if (x.kind == Kind.INT) {
                return x instanceof Lit.L c && c.v != Long.MIN_VALUE ? new Lit.L(Kind.INT, -c.v, e.range())
                        : new Ops.INeg(x, e.range());
            }
            if (x instanceof Lit.D c) {
                return new Lit.D(-c.v, e.range());
            }
            return new Ops.FNeg(coerce(x, Kind.FLOAT, e.range()), e.range());
        }
        if (e instanceof Ternary t) {
            return ternary(t);
        }
        if (e instanceof IfExpr ie) {
            return ifExpr(ie);
        }
        if (e instanceof SwitchExpr se) {
            return switchExpr(se);
        }
        if (e instanceof ForExpr fe) {
            return forExpr(fe);
        }
        if (e instanceof WhileExpr we) {
            outputs.hasLoops = true;
            int firstState = layout.states.size();
            Ex cond = coerce(expr(we.condition()), Kind.BOOL, we.condition().range());
            Ex body = block(we.body());
            int bank = IterationBank.register(layout, firstState, layout.states.size());
            return new Control.While(cond, body, bank, e.range());
        }
        if (e instanceof HistoryRef h) {
            return history(h);
        }
        if (e instanceof TupleExpr te) {
            Ex[] elems = new Ex[te.elements().size()];
            for (int i = 0; i < elems.length; i++) {
                elems[i] = expr(te.elements().get(i));
            }
            return new Tuples.Make(elems, e.range());
        }
        if (e instanceof Call c) {
            return call(c);
        }
        String what = e.getClass().getSimpleName();
        if (e instanceof org.exhaustionlab.pine.ast.ForInExpr fi) {
            outputs.hasLoops = true;
            return Arrays.forIn(this, fi);
        }
        if (what.equals("ErrorExpr")) {
            what = "expressions with syntax errors";
        }
        throw new Unsupported(what + " are not supported by the interpreter yet", e.range());
    }

    /** The leftmost identifier of a member chain, or null. */
    static Identifier root(Expr e) {
        while (e instanceof MemberAccess ma) {
            e = ma.target();
        }
        return e instanceof Identifier id ? id : null;
    }

    /** True when {@code ma}'s target is a value (variable, call, ...) rather than a namespace or type name. */
    /**
     * As the checker decides: a variable named like a built-in namespace, unless it holds a user-defined type, does
     * not hide that namespace's functions ({@code matrix.set(matrix, i, j, v)} with a parameter named matrix).
     */
    private boolean namespaceWins(MemberAccess ma) {
        String path = qualified(ma);
        Identifier r = root(ma.target());
        if (path == null || r == null || catalog.functions(path).isEmpty()) {
            return false;
        }
        VarInfo v = scope.find(r.name());
        return v != null && (v.udt() == null || !udts.containsKey(v.udt().name));
    }

    /** {@code close.m(...)}: a script or library method called on a built-in variable. */
    private boolean methodOnBuiltinValue(MemberAccess ma) {
        String target = qualified(ma.target());
        Identifier r = root(ma.target());
        boolean builtin = target != null && (r == null || scope.find(r.name()) == null);
        // box.all.first(): built-in methods on the line.all / box.all / ... arrays
        return builtin && (methods.containsKey(ma.member().name()) && catalog.value(target).isPresent()
                || Drawings.all(target, ma.range()) != null);
    }

    boolean targetIsValue(MemberAccess ma) {
        Identifier r = root(ma.target());
        return r == null || scope.find(r.name()) != null;
    }

    /** Enum members and UDT fields; null when {@code ma} names a built-in. */
    private Ex member(MemberAccess ma) {
        if (ma.target() instanceof Identifier id && enums.containsKey(id.name()) && scope.find(id.name()) == null) {
            Udt.EnumValue v = enums.get(id.name()).get(ma.member().name());
            if (v == null) {
                throw new Unsupported("enum " + id.name() + " has no member '" + ma.member().name() + "'",
                        ma.range());
            }
            return new Lit.O(Kind.OBJECT, v, ma.range());
        }
        if (!targetIsValue(ma)) {
            return null;
        }
        Ex target = expr(ma.target());
        if (target.udt == null && ma.target() instanceof Identifier id
                && catalog.value(id.name() + "." + ma.member().name()).isPresent()) {
            // a variable named like a built-in namespace (size, alert, ...) does not hide the namespace's constants:
            // a value without fields has no member of that name, so size.tiny still means the built-in
            return null;
        }
        return field(target, ma.member().name(), ma.range());
    }

    Ex field(Ex target, String name, SourceRange pos) {
        if (target.udt == null || target.udt.isArray()) {
            throw new Unsupported("'" + name + "' is not a field of a user-defined type value", pos);
        }
        int index = target.udt.index(name);
        if (index < 0) {
            throw new Unsupported("type " + target.udt.name + " has no field '" + name + "'", pos);
        }
        return new Udt.Get(target, target.udt, index, pos);
    }

    /** The dotted name of a member access chain of identifiers ({@code color.red}), or null. */
    static String qualified(Expr e) {
        if (e instanceof Identifier id) {
            return id.name();
        }
        if (e instanceof MemberAccess ma) {
            String t = qualified(ma.target());
            return t == null ? null : t + "." + ma.member().name();
        }
        return null;
    }

    Ex readVar(VarInfo v, SourceRange pos) {
        Vars.Get get = new Vars.Get(v.kind(), v.slot(), pos);
        get.tupleKinds = v.tupleKinds();
        get.udt = v.udt();
        get.constant = constVars.contains(v);
        get.handle = handleTitles.get(v);
        if (securityContext != null && v.owner() == global && !v.simple()) {
            return inSecurityContext(v, pos);
        }
        return v.owner() == layout ? get : new AtGlobal(get);
    }

    /**
     * A script variable read inside a request.security expression: its declaration recompiled in the requested
     * context (its own ta state, the other timeframe's bars), when it is a top-level {@code x = expr} never
     * reassigned; anything else (var, :=, tuples, block locals) cannot be evaluated there.
     */
    private Ex inSecurityContext(VarInfo v, SourceRange pos) {
        VarDecl vd = definitions.get(v);
        if (vd == null || !inlining.add(v)) {
            throw new Unsupported("request.security expressions may use built-ins, functions, literals, inputs and "
                    + "variables declared once at the top level (x = ...), not the script variable '" + v.name()
                    + "' (it is declared with var, reassigned with := or declared inside a block)", pos);
        }
        try {
            Ex value = coerce(expr(vd.initializer()), v.kind(), pos);
            value.udt = v.udt();
            return value;
        } finally {
            inlining.remove(v);
        }
    }

    /**
     * A parameter or top-level local of the function being compiled, read inside its request.security expression:
     * the argument of this call (compiled with the caller's bindings) or the local's declaration, evaluated in the
     * requested context; null when the name is neither.
     */
    private Ex boundInFunction(Identifier id) {
        CallSite site = callSiteStack.peek();
        VarDecl local = site.locals.get(id.name());
        if (local != null) {
            if (!inliningLocals.add(local)) {
                return null;
            }
            try {
                return expr(local.initializer());
            } finally {
                inliningLocals.remove(local);
            }
        }
        Expr argument = site.arguments.get(id.name());
        if (argument == null) {
            return null;
        }
        callSiteStack.pop(); // the argument is the caller's expression: the caller's bindings apply
        try {
            return expr(argument);
        } finally {
            callSiteStack.push(site);
        }
    }

    private final Set<VarDecl> inliningLocals = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private Ex identifier(Identifier id) {
        VarInfo v = scope.find(id.name());
        if (securityContext != null && callSiteStack.peek() != null && (v == null || v.owner() == global)) {
            Ex bound = boundInFunction(id); // the function's own names come before the script's
            if (bound != null) {
                return bound;
            }
        }
        if (v != null) {
            return readVar(v, id.range());
        }
        Ex b = builtins.variable(id.name(), id.range());
        if (b != null) {
            return b;
        }
        throw new Unsupported("unknown name '" + id.name() + "'", id.range());
    }

    private Ex history(HistoryRef h) {
        Ex offset = coerce(expr(h.offset()), Kind.INT, h.offset().range());
        if (h.target() instanceof Identifier id) {
            VarInfo v = scope.find(id.name());
            boolean elsewhere = v != null && securityContext != null && v.owner() == global && !v.simple();
            if (v != null && v.hist() >= 0 && !elsewhere) {
                Ex get = new Vars.HistGet(v.kind(), v.slot(), v.hist(), offset, h.range());
                get.udt = v.udt();
                if (v.owner() != layout) {
                    if (!(offset.isConst())) {
                        Ex out = new Vars.GlobalHistGet((Vars.HistGet) get, offset);
                        out.udt = v.udt();
                        return out;
                    }
                    return new AtGlobal(get);
                }
                return get;
            }
            if (v == null) {
                Ex series = builtins.seriesHistory(id.name(), offset, h.range());
                if (series != null) {
                    return series;
                }
            }
        }
        Ex inner = expr(h.target());
        if (inner.kind == Kind.TUPLE || inner.kind == Kind.VOID) {
            throw new Unsupported("[] needs a value, not a " + inner.kind.name().toLowerCase(), h.range());
        }
        Kind k = inner.kind == Kind.NA ? Kind.FLOAT : inner.kind;
        inner = coerce(inner, k, h.range());
        int hist = layout.state(ctx -> new Hist(k, 16, ctx.maxBarsBack));
        return new Vars.HistExpr(inner, hist, offset, h.range());
    }

    Ex binary(BinaryOp op, Ex a, Ex b, SourceRange pos) {
        if (op == BinaryOp.AND || op == BinaryOp.OR) {
            a = coerce(a, Kind.BOOL, pos);
            b = coerce(b, Kind.BOOL, pos);
            return op == BinaryOp.AND ? new Ops.And(a, b, pos) : new Ops.Or(a, b, pos);
        }
        Kind ka = a.kind == Kind.NA ? b.kind : a.kind;
        Kind kb = b.kind == Kind.NA ? a.kind : b.kind;
        if (ka == Kind.NA) {
            ka = kb = Kind.FLOAT;
        }
        a = coerce(a, ka, pos);
        b = coerce(b, kb, pos);
        boolean cmp = op == BinaryOp.EQ || op == BinaryOp.NE || op == BinaryOp.LT || op == BinaryOp.GT
                || op == BinaryOp.LE || op == BinaryOp.GE;
        if (a instanceof Lit.O la && b instanceof Lit.O lb && String.valueOf(la.v).startsWith("display.")
                && String.valueOf(lb.v).startsWith("display.") && (op == BinaryOp.ADD || op == BinaryOp.SUB)) {
            return a; // display.* flags only choose where a plot is shown: no effect on values
        }
        if (ka == Kind.STRING || kb == Kind.STRING) {
            if (ka != kb) {
                throw new Unsupported("cannot combine " + ka + " and " + kb + " with " + op.symbol(), pos);
            }
            if (op == BinaryOp.ADD) {
                return new Ops.Concat(a, b, pos);
            }
            if (op == BinaryOp.EQ || op == BinaryOp.NE) {
                return new Ops.OEq(a, b, op == BinaryOp.NE, pos);
            }
            if (cmp) {
                return new Ops.OCmp(op, a, b, pos);
            }
            throw new Unsupported("operator " + op.symbol() + " does not apply to strings", pos);
        }
        if (ka == Kind.BOOL || kb == Kind.BOOL) {
            if (ka == kb && (op == BinaryOp.EQ || op == BinaryOp.NE)) {
                return new Ops.BEq(a, b, op == BinaryOp.NE, pos);
            }
            throw new Unsupported("operator " + op.symbol() + " does not apply to bool", pos);
        }
        if (ka == Kind.COLOR || kb == Kind.COLOR) {
            if (ka == kb && (op == BinaryOp.EQ || op == BinaryOp.NE)) {
                return new Ops.ICmp(op, a, b, pos);
            }
            throw new Unsupported("operator " + op.symbol() + " does not apply to colors", pos);
        }
        if (!ka.isNumeric() || !kb.isNumeric()) {
            if (ka == kb && (op == BinaryOp.EQ || op == BinaryOp.NE)) {
                return new Ops.OEq(a, b, op == BinaryOp.NE, pos);
            }
            throw new Unsupported("operator " + op.symbol() + " needs numbers, got " + ka + " and " + kb, pos);
        }
        boolean ints = ka == Kind.INT && kb == Kind.INT;
        if (cmp) {
            if (ints) {
                return new Ops.ICmp(op, a, b, pos);
            }
            Ex fa = coerce(a, Kind.FLOAT, pos);
            Ex fb = coerce(b, Kind.FLOAT, pos);
            return switch (op) {
                case GT -> new Ops.FGt(fa, fb, pos);
                case LT -> new Ops.FLt(fa, fb, pos);
                default -> new Ops.FCmp(op, fa, fb, pos);
            };
        }
        boolean constant = a.constant && b.constant;
        // v6: dividing two const ints gives a fraction; other int divisions stay int (the checker's rule)
        if (ints && !(op == BinaryOp.DIV && version >= 6 && constant)) {
            Ex out = new Ops.IArith(op, a, b, pos);
            out.simple = a.simple && b.simple;
            out.constant = constant;
            return out;
        }
        a = coerce(a, Kind.FLOAT, pos);
        b = coerce(b, Kind.FLOAT, pos);
        Ex out = switch (op) {
            case ADD -> new Ops.FAdd(a, b, pos);
            case SUB -> new Ops.FSub(a, b, pos);
            case MUL -> new Ops.FMul(a, b, pos);
            default -> new Ops.FArith(op, a, b, pos);
        };
        out.simple = a.simple && b.simple;
        out.constant = constant;
        return out;
    }

    Ex coerce(Ex e, Kind kind, SourceRange pos) {
        Ex c = Conv.to(e, kind);
        if (c == null) {
            throw new Unsupported("expected " + kind.name().toLowerCase() + " but got "
                    + e.kind.name().toLowerCase(), pos);
        }
        return c;
    }

    // ---- calls -----------------------------------------------------------------------------------------------

    private Ex call(Call c) {
        if (c.callee() instanceof MemberAccess ma && (targetIsValue(ma) || ma.target() instanceof Call
                || methodOnBuiltinValue(ma)) && !namespaceWins(ma)) {
            return methodCall(ma, c);
        }
        String name = qualified(c.callee());
        String typeName = c.callee() instanceof MemberAccess cm ? linker.constructedType(this, cm) : null;
        if (typeName != null) {
            MemberAccess ma = (MemberAccess) c.callee();
            Udt.Info type = udts.get(typeName);
            if (ma.member().name().equals("new")) {
                return construct(type, c);
            }
            if (ma.member().name().equals("copy") && c.arguments().size() == 1) {
                return new Udt.Copy(expr(c.arguments().get(0).value()), c.range());
            }
            throw new Unsupported("type " + type.name + " has no function '" + ma.member().name() + "'", c.range());
        }
        if (name == null) {
            throw new Unsupported("method calls are not supported yet", c.range());
        }
        if (name.equals("request.security")) {
            return Security.compile(this, c);
        }
        if (name.equals("request.security_lower_tf")) {
            return SecurityLowerTf.compile(this, c);
        }
        FunctionDecl fd = libraryPrefix != null ? functions.get(libraryPrefix + name) : null;
        fd = fd != null ? fd : functions.get(name);
        if (fd != null) {
            return UserFunctions.call(this, fd, null, c);
        }
        if (name.startsWith("array.")) {
            return Arrays.call(this, name.substring(6), null, c);
        }
        if (name.startsWith("map.")) {
            return Maps.call(this, name.substring(4), null, c);
        }
        if (name.startsWith("matrix.")) {
            return Matrices.call(this, name.substring(7), null, c);
        }
        if (methods.containsKey(name) && !c.arguments().isEmpty()) {
            Ex receiver = expr(c.arguments().get(0).value());
            return UserFunctions.call(this, pickMethod(name, receiver, c), receiver, withoutFirst(c));
        }
        return builtins.call(name, c);
    }

    private static Call withoutFirst(Call c) {
        return new Call(c.id(), c.range(), c.callee(), c.typeArguments(),
                c.arguments().subList(1, c.arguments().size()));
    }

    private FunctionDecl pickMethod(String name, Ex receiver, Call c) {
        FunctionDecl untyped = null;
        FunctionDecl promoted = null;
        for (FunctionDecl m : methods.getOrDefault(name, List.of())) {
            if (m.parameters().isEmpty()) {
                continue;
            }
            var type = m.parameters().get(0).type();
            if (type == null) {
                untyped = m;
            } else if (receiver.udt != null && linker.receiverType(this, m, type.name()).equals(receiver.udt.name)
                    || receiver.udt == null && Kind.ofTypeName(type.name()) == receiver.kind) {
                return m;
            } else if (receiver.udt == null && receiver.kind == Kind.INT && type.name().equals("float")) {
                promoted = m; // an int receiver is accepted where a float is written, as by the checker
            }
        }
        if (promoted != null) {
            return promoted;
        }
        if (untyped != null) {
            return untyped;
        }
        throw new Unsupported("no method '" + name + "' for a value of type "
                + (receiver.udt != null ? receiver.udt.name : receiver.kind.name().toLowerCase()), c.range());
    }

    private Ex methodCall(MemberAccess ma, Call c) {
        Ex receiver = expr(ma.target());
        String name = ma.member().name();
        if (methods.containsKey(name)) {
            return UserFunctions.call(this, pickMethod(name, receiver, c), receiver, c);
        }
        if (receiver.udt != null && receiver.udt.isArray()) {
            return Arrays.call(this, name, receiver, c);
        }
        if (receiver.udt != null && receiver.udt.isMap()) {
            return Maps.call(this, name, receiver, c);
        }
        if (receiver.udt != null && receiver.udt.isMatrix()) {
            return Matrices.call(this, name, receiver, c);
        }
        if (name.equals("copy") && receiver.udt != null && c.arguments().isEmpty()) {
            return new Udt.Copy(receiver, c.range());
        }
        if (receiver.udt == null && ma.target() instanceof Identifier id
                && !catalog.functions(id.name() + "." + name).isEmpty()) {
            // values of built-in types (string, color, numbers) have no methods, so a variable named like a
            // namespace (color, str, ...) does not hide its functions: color.new(color, 50) calls the built-in
            return builtins.call(id.name() + "." + name, c);
        }
        return builtins.method(name, receiver, c);
    }

    private Ex construct(Udt.Info type, Call c) {
        Ex[] values = new Ex[type.fields.size()];
        int positional = 0;
        for (org.exhaustionlab.pine.ast.Argument a : c.arguments()) {
            int index = a.name() == null ? positional++ : type.index(a.name().name());
            if (index < 0 || index >= values.length) {
                throw new Unsupported(type.name + ".new: unknown or extra argument", a.range());
            }
            values[index] = expr(a.value());
        }
        List<Expr> defaults = fieldDefaults.get(type);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                Expr d = defaults.get(i);
                values[i] = d == null ? Lit.na(type.kinds.get(i), c.range()) : expr(d);
            }
            values[i] = coerce(values[i], type.kinds.get(i), c.range());
        }
        return new Udt.New(type, values, c.range());
    }
}
