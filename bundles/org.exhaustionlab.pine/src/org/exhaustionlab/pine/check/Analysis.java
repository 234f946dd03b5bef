package org.exhaustionlab.pine.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exhaustionlab.pine.ast.DeclMode;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.FunctionDecl;
import org.exhaustionlab.pine.ast.Node;
import org.exhaustionlab.pine.ast.Script;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.catalog.PineVersion;
import org.exhaustionlab.pine.catalog.Qualifier;

/** The mutable state of one checking pass, shared by the statement, expression and call checkers. */
final class Analysis {

    final Script script;
    final BuiltinCatalog catalog;
    final PineVersion version;
    final Reporter report = new Reporter();
    final Symbol[] symbols;
    final PineType[] types;
    final CallBinding[] bindings;
    final Map<String, UserType> userTypes = new LinkedHashMap<>();
    /** User functions and methods by name (methods may also be called as functions), in declaration order. */
    final Map<String, List<UserFunction>> functions = new HashMap<>();
    final Map<Integer, Integer> frameSizes = new HashMap<>();
    /**
     * Input from the previous pass: per declaration (VarDecl id, or the Name id of a tuple element) the strongest
     * qualifier of any value assigned to it later, including the conditions the assignment depends on.
     */
    final Map<Integer, Qualifier> knownQualifiers;
    /** Output for the next pass, same shape. */
    final Map<Integer, Qualifier> assignedQualifiers = new HashMap<>();
    /** The strongest qualifier of the if/switch/loop conditions enclosing the current statement (per function). */
    Qualifier context = Qualifier.CONST;
    /** Declarations whose qualifier was written explicitly ({@code simple int x = ...}). */
    final Map<Integer, PineType> explicitTypes = new HashMap<>();
    /** Every name declared anywhere in the script → offset of its first declaration (for "used before"). */
    final java.util.function.Supplier<Map<String, Integer>> declaredAnywhere;
    /** Start offsets of callees the parser already reported as removed v4 functions ({@code study}, ...). */
    final Set<Integer> v4Reported = new HashSet<>();

    final TypeResolver typeResolver = new TypeResolver(this);
    final StatementChecker statements = new StatementChecker(this);
    final ExpressionTyper expressions = new ExpressionTyper(this);
    final CallChecker calls = new CallChecker(this);
    final ControlFlowTyper controlFlow = new ControlFlowTyper(this);
    final FunctionChecker functionChecker = new FunctionChecker(this);

    final Scope global = new Scope(null, -1, false);
    Scope scope = global;
    FunctionDecl currentFunction;
    int loopDepth;
    /** Positive while typing an if/switch that ends a block: its branches may differ unless the value is used. */
    int lenient;
    int globalSlots;
    int frameSlots;
    /** While positive, nothing is written into the model (re-inference of a function body for one call site). */
    int silent;

    Analysis(Script script, BuiltinCatalog catalog, PineVersion version, Map<Integer, Qualifier> knownQualifiers,
            java.util.function.Supplier<Map<String, Integer>> declaredAnywhere) {
        this.script = script;
        this.catalog = catalog;
        this.version = version;
        this.knownQualifiers = knownQualifiers;
        this.declaredAnywhere = declaredAnywhere;
        int n = Math.max(script.nodeCount(), 0);
        symbols = new Symbol[n];
        types = new PineType[n];
        bindings = new CallBinding[n];
    }

    boolean v6() {
        return version == PineVersion.V6;
    }

    /** Records the type of an expression and returns it (never null: unknown becomes {@link Types#UNKNOWN}). */
    PineType record(Expr e, PineType t) {
        PineType result = t == null ? Types.UNKNOWN : t;
        if (silent == 0 && e.id() >= 0 && e.id() < types.length) {
            types[e.id()] = Types.isUnknown(result) ? null : result;
        }
        return result;
    }

    void bind(Node n, Symbol s) {
        if (silent == 0 && s != null && n.id() >= 0 && n.id() < symbols.length) {
            symbols[n.id()] = s;
        }
    }

    void bindCall(Node call, CallBinding b) {
        if (silent == 0 && call.id() >= 0 && call.id() < bindings.length) {
            bindings[call.id()] = b;
        }
    }

    /** Declares a variable or parameter in the current scope, giving it the next slot of the current frame. */
    Symbol declareVariable(SymbolKind kind, String name, Node declaration, PineType type, DeclMode mode) {
        int slot = scope.frame < 0 ? globalSlots++ : frameSlots++;
        SymbolKind k = kind == SymbolKind.GLOBAL_VAR && scope.local ? SymbolKind.LOCAL_VAR : kind;
        Symbol s = new Symbol(k, name, declaration, Types.isUnknown(type) ? null : type, mode, slot, scope.frame,
                null);
        if (!name.equals("_")) {
            scope.declare(s);
        }
        return s;
    }

    void pushScope() {
        scope = new Scope(scope, scope.frame, true);
    }

    void popScope() {
        scope = scope.parent;
    }

    private final Map<String, List<String>> suggestions = new HashMap<>();
    /** Memo of {@link StatementChecker#instantiate}: "declId:[arg types]" → result type. */
    final Map<String, PineType> instantiations = new HashMap<>();

    /** The catalog's "did you mean" names, cached per name (ranking scans the whole catalog). */
    List<String> suggest(String name) {
        if (report.muted > 0) {
            return List.of();
        }
        return suggestions.computeIfAbsent(name, n -> catalog.suggestNames(n, 3));
    }

    List<UserFunction> userFunctions(String name) {
        return functions.getOrDefault(name, List.of());
    }

    void addFunction(UserFunction f) {
        functions.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
    }

    SemanticModel model() {
        return new SemanticModel(script, symbols, types, bindings, userTypes, frameSizes, globalSlots);
    }
}
