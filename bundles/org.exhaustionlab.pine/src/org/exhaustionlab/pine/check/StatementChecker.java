package org.exhaustionlab.pine.check;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.ast.*;
import org.exhaustionlab.pine.catalog.BaseType;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.catalog.Qualifier;

/** Declarations, assignments and blocks: scopes, slots and the statement-level rules. */
final class StatementChecker {

    private final Analysis a;

    StatementChecker(Analysis a) {
        this.a = a;
    }

    void script(Script script) {
        declareTypes(script.statements());
        for (Stmt s : script.statements()) {
            statement(s);
        }
    }

    /** Types and enums first, so fields and signatures can name any of them. */
    private void declareTypes(List<Stmt> statements) {
        for (Stmt s : statements) {
            if (s instanceof EnumDecl e) {
                List<String> members = new ArrayList<>();
                for (EnumMember m : e.members()) {
                    members.add(m.name().name());
                }
                a.userTypes.put(e.name().name(), new UserType(e.name().name(), e, true, List.of(), members));
            } else if (s instanceof TypeDecl t) {
                a.userTypes.put(t.name().name(), new UserType(t.name().name(), t, false, List.of(), List.of()));
            }
        }
        for (Stmt s : statements) {
            if (s instanceof TypeDecl t) {
                List<UserType.Field> fields = new ArrayList<>();
                for (FieldDecl f : t.fields()) {
                    PineType type = a.typeResolver.resolve(f.type());
                    fields.add(new UserType.Field(f.name().name(), Types.isUnknown(type) ? null : type,
                            f.defaultValue(), f.varip(), f));
                }
                a.userTypes.put(t.name().name(), new UserType(t.name().name(), t, false, fields, List.of()));
            }
        }
    }

    void statement(Stmt s) {
        if (s instanceof ExprStmt e) {
            a.expressions.type(e.expression(), false);
        } else if (s instanceof VarDecl v) {
            varDecl(v);
        } else if (s instanceof TupleDecl t) {
            tupleDecl(t);
        } else if (s instanceof Assignment as) {
            assignment(as);
        } else if (s instanceof FunctionDecl f) {
            a.functionChecker.function(f);
        } else if (s instanceof TypeDecl t) {
            typeDecl(t);
        } else if (s instanceof EnumDecl e) {
            enumDecl(e);
        } else if (s instanceof ImportStmt i) {
            importStmt(i);
        } else if ((s instanceof BreakStmt || s instanceof ContinueStmt) && a.loopDepth == 0) {
            a.report.error(s.range(), "syntax.outside-loop", (s instanceof BreakStmt ? "break" : "continue")
                    + " is only allowed inside a for or while loop");
        }
    }

    /** Checks a block in a new scope and returns the type of its value (its last statement's). */
    PineType block(Block b) {
        a.pushScope();
        try {
            return blockInScope(b);
        } finally {
            a.popScope();
        }
    }

    PineType blockInScope(Block b) {
        PineType last = PineType.VOID;
        List<Stmt> statements = b.statements();
        for (int i = 0; i < statements.size(); i++) {
            Stmt s = statements.get(i);
            boolean isLast = i == statements.size() - 1;
            if (isLast && s instanceof ExprStmt e) {
                int saved = a.lenient;
                a.lenient = 1;
                try {
                    last = a.expressions.type(e.expression(), true);
                } finally {
                    a.lenient = saved;
                }
            } else {
                statement(s);
                last = PineType.VOID;
                if (isLast) {
                    last = valueOf(s);
                }
            }
        }
        return last;
    }

    /** The value a declaration or assignment leaves as a block's result. */
    private PineType valueOf(Stmt s) {
        // read through the scope, not the model: silent re-typing of a function body writes no model entries
        if (s instanceof VarDecl v) {
            Symbol sym = a.scope.own(v.name().name());
            return sym == null || sym.type() == null ? Types.UNKNOWN : sym.type();
        }
        if (s instanceof Assignment as) {
            Symbol sym = as.target() instanceof Identifier id ? a.scope.lookup(id.name()) : null;
            PineType t = sym != null ? sym.type() : a.types[as.target().id()];
            return t == null ? Types.UNKNOWN : t;
        }
        if (s instanceof TupleDecl) {
            return Types.UNKNOWN;
        }
        return PineType.VOID;
    }

    private void varDecl(VarDecl v) {
        String name = v.name().name();
        checkRedeclaration(v.name());
        PineType init = a.expressions.type(v.initializer(), true);
        PineType declared = v.type() == null ? null : a.typeResolver.resolve(v.type());
        PineType type;
        if (declared != null) {
            if (v.qualifier() != null) {
                declared = declared.withQualifier(TypeResolver.qualifier(v.qualifier()));
            }
            checkAssignable(declared, init, v.initializer(), "type.mismatch", "cannot declare " + name);
            if (v.qualifier() != null && !Types.isUnknown(declared)) {
                a.explicitTypes.put(v.id(), declared);
                type = declared;
            } else {
                type = Types.isUnknown(declared) ? declared : declared.withQualifier(Types.qualifierOf(init));
            }
        } else {
            type = init;
            if (Types.isNa(init)) {
                a.report.error(v.initializer().range(), "decl.na-type", "cannot infer the type of '" + name
                        + "' from na: write its type, e.g. 'float " + name + " = na'");
                type = Types.UNKNOWN;
            } else if (init.isVoid()) {
                a.report.error(v.initializer().range(), "decl.void", "'" + name
                        + "' gets no value: the expression on the right returns nothing");
                type = Types.UNKNOWN;
            } else if (init.isTuple()) {
                a.report.error(v.initializer().range(), "tuple.mismatch", "the expression returns a tuple: "
                        + "destructure it with '[a, b] = ...'");
                type = Types.UNKNOWN;
            }
        }
        if (a.v6() && Types.is(type, "bool") && Types.isNa(init)) {
            a.report.error(v.initializer().range(), "na.bool", "in Pine v6 a bool cannot be na: use false");
        }
        Qualifier assigned = a.knownQualifiers.get(v.id());
        if (assigned != null && !a.explicitTypes.containsKey(v.id())) {
            type = Types.withMaxQualifier(type, assigned);
        }
        Symbol s = a.declareVariable(SymbolKind.GLOBAL_VAR, name, v, type, v.mode());
        a.bind(v.name(), s);
    }

    private void tupleDecl(TupleDecl t) {
        PineType init = a.expressions.type(t.initializer(), true);
        List<PineType> elements = null;
        if (init.base() instanceof BaseType.Tuple tuple) {
            elements = tuple.elements();
            if (elements.size() != t.names().size()) {
                a.report.error(t.initializer().range(), "tuple.mismatch", "the expression returns "
                        + elements.size() + " values but " + t.names().size() + " names are declared");
                elements = null;
            }
        } else if (!Types.isUnknown(init)) {
            a.report.error(t.initializer().range(), "tuple.mismatch", "the expression returns one value of type "
                    + Types.show(init) + ", not a tuple to destructure");
        }
        for (int i = 0; i < t.names().size(); i++) {
            Name n = t.names().get(i);
            if (!n.name().equals("_")) {
                checkRedeclaration(n);
            }
            PineType type = elements == null ? Types.UNKNOWN : elements.get(i);
            Qualifier assigned = a.knownQualifiers.get(n.id());
            if (assigned != null) {
                type = Types.withMaxQualifier(type, assigned);
            }
            a.bind(n, a.declareVariable(SymbolKind.GLOBAL_VAR, n.name(), t, type, DeclMode.NONE));
        }
    }

    private void checkRedeclaration(Name name) {
        Symbol existing = a.scope.own(name.name());
        if (existing != null && existing.isVariable() && !name.name().equals("_")) {
            a.report.error(name.range(), "decl.duplicate", "'" + name.name()
                    + "' is already declared in this scope: use ':=' to assign a new value");
        }
    }

    private void assignment(Assignment as) {
        PineType value = a.expressions.type(as.value(), true);
        PineType target;
        Symbol symbol = null;
        int declaration = -1;
        if (as.target() instanceof Identifier id) {
            symbol = a.scope.lookup(id.name());
            if (symbol == null || !symbol.isVariable()) {
                if (symbol == null && a.catalog.value(id.name()).isPresent()) {
                    a.report.error(id.range(), "assign.builtin", "cannot assign to the built-in '" + id.name()
                            + "': declare your own variable with '" + id.name() + "_ = ...'");
                } else if (symbol == null) {
                    a.report.error(id.range(), "assign.undeclared", "'" + id.name() + "' is not declared: declare "
                            + "it first with '" + id.name() + " = ...' (':=' only reassigns)");
                } else {
                    a.report.error(id.range(), "assign.not-variable", "cannot assign to '" + id.name()
                            + "': it is not a variable");
                }
                a.record(id, null);
                return;
            }
            a.bind(id, symbol);
            target = a.record(id, symbol.type());
            if (a.currentFunction != null && symbol.kind() == SymbolKind.GLOBAL_VAR) {
                a.report.error(id.range(), "assign.global-in-function", "cannot assign to the global variable '"
                        + id.name() + "' inside a function: return the new value and assign it at the top level");
            }
            Node decl = symbol.declaration();
            if (decl instanceof VarDecl || decl instanceof TupleDecl) {
                declaration = decl instanceof TupleDecl td ? nameIn(td, id.name()) : decl.id();
            }
        } else {
            target = a.expressions.type(as.target(), true);
        }
        PineType result = value;
        if (as.op().binary() != null) {
            result = a.expressions.binaryResult(as.op().binary(), target, value, as.target(), as.value(), as);
        }
        if (declaration >= 0) {
            // var/varip values carry over from bar to bar, so changing them makes them series
            Qualifier q = symbol.mode() != DeclMode.NONE ? Qualifier.SERIES
                    : Types.qualifierOf(result).max(a.context);
            a.assignedQualifiers.merge(declaration, q, Qualifier::max);
        }
        if (Types.isUnknown(target) || Types.isUnknown(result)) {
            return;
        }
        if (a.v6() && Types.is(target, "bool") && Types.isNa(result)) {
            a.report.error(as.value().range(), "na.bool", "in Pine v6 a bool cannot be na: use false");
            return;
        }
        PineType explicit = symbol == null || symbol.declaration() == null ? null
                : a.explicitTypes.get(symbol.declaration().id());
        PineType expected = explicit != null ? explicit : target.withQualifier(Qualifier.SERIES);
        checkAssignable(expected, result, as.value(), "assign.type", "cannot assign to '"
                + describe(as.target()) + "'");
    }

    private static int nameIn(TupleDecl td, String name) {
        for (Name n : td.names()) {
            if (n.name().equals(name)) {
                return n.id();
            }
        }
        return td.id();
    }

    private static String describe(Expr target) {
        if (target instanceof Identifier id) {
            return id.name();
        }
        if (target instanceof MemberAccess m) {
            return describe(m.target()) + "." + m.member().name();
        }
        return "the target";
    }

    /** Reports a type or qualifier mismatch of {@code value} where {@code expected} is required. */
    void checkAssignable(PineType expected, PineType value, Expr at, String typeCode, String what) {
        if (Types.isUnknown(expected) || Types.isUnknown(value) || expected.isAssignableFrom(value)) {
            return;
        }
        if (value.isVoid()) {
            a.report.error(at.range(), typeCode, what + ": the expression returns no value");
        } else if (expected.withQualifier(Qualifier.SERIES).isAssignableFrom(value)) {
            a.report.error(at.range(), "qualifier.mismatch", what + ": a " + Types.show(value)
                    + " value cannot be used where " + Types.show(expected) + " is required");
        } else {
            a.report.error(at.range(), typeCode, what + ": a value of type " + Types.show(value)
                    + " cannot be used as " + Types.show(expected.withQualifier(Qualifier.SERIES)));
        }
    }

    private void typeDecl(TypeDecl t) {
        UserType ut = a.userTypes.get(t.name().name());
        a.bind(t.name(), new Symbol(SymbolKind.USER_TYPE, t.name().name(), t, null, DeclMode.NONE, -1, -1, null));
        for (FieldDecl f : t.fields()) {
            a.bind(f.name(), fieldSymbol(ut, f.name().name()));
            if (f.defaultValue() != null) {
                PineType d = a.expressions.type(f.defaultValue(), true);
                UserType.Field field = ut == null ? null : ut.fields().get(ut.fieldIndex(f.name().name()));
                if (field != null && field.type() != null) {
                    checkAssignable(field.type(), d, f.defaultValue(), "type.mismatch", "default of field '"
                            + f.name().name() + "'");
                }
            }
        }
    }

    Symbol fieldSymbol(UserType ut, String field) {
        int i = ut == null ? -1 : ut.fieldIndex(field);
        if (i < 0) {
            return null;
        }
        UserType.Field f = ut.fields().get(i);
        return new Symbol(SymbolKind.FIELD, ut.name() + "." + field, f.declaration(), f.type(), DeclMode.NONE, i, -1,
                null);
    }

    private void enumDecl(EnumDecl e) {
        a.bind(e.name(), new Symbol(SymbolKind.ENUM, e.name().name(), e, null, DeclMode.NONE, -1, -1, null));
        PineType type = Types.of(Qualifier.CONST, e.name().name());
        for (int i = 0; i < e.members().size(); i++) {
            EnumMember m = e.members().get(i);
            a.bind(m.name(), new Symbol(SymbolKind.ENUM_MEMBER, e.name().name() + "." + m.name().name(), m, type,
                    DeclMode.NONE, i, -1, null));
        }
    }

    private void importStmt(ImportStmt i) {
        String alias = i.alias() != null ? i.alias().name() : i.library();
        String path = i.user() + "/" + i.library() + "/" + i.version();
        Symbol s = new Symbol(SymbolKind.LIBRARY_ALIAS, alias, i, null, DeclMode.NONE, -1, -1, null);
        a.global.declare(s);
        if (i.alias() != null) {
            a.bind(i.alias(), s);
        }
        if (a.catalog.isNamespace(alias)) {
            return; // found on the library path: its exported functions are in the catalog
        }
        a.report.warning(i.range(), "import.offline", "library " + path + " cannot be loaded offline: "
                + "everything used through '" + alias + "' is not checked");
    }
}
