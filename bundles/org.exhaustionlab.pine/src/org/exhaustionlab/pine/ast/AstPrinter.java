package org.exhaustionlab.pine.ast;

import java.util.List;

/**
 * Renders a tree as a compact S-expression, e.g. {@code (decl x (+ 1 (* 2 3)))}: operators keep their Pine
 * spelling, blocks print as {@code (block ...)}, error nodes as {@code <error>}. Used by tests to pin structure and
 * precedence, and handy when debugging.
 */
public final class AstPrinter implements Visitor<String> {

    private static final AstPrinter INSTANCE = new AstPrinter();

    private AstPrinter() {
    }

    public static String print(Node node) {
        return node == null ? "null" : node.accept(INSTANCE);
    }

    /** One line per top-level statement. */
    public static String print(Script script) {
        StringBuilder out = new StringBuilder();
        for (Stmt s : script.statements()) {
            out.append(print(s)).append('\n');
        }
        return out.toString();
    }

    private static String sexp(String head, Object... parts) {
        StringBuilder b = new StringBuilder("(").append(head);
        for (Object p : parts) {
            if (p == null) {
                continue;
            }
            if (p instanceof List) {
                for (Object e : (List<?>) p) {
                    b.append(' ').append(e instanceof Node ? print((Node) e) : e);
                }
            } else {
                String s = p instanceof Node ? print((Node) p) : p.toString();
                if (!s.isEmpty()) {
                    b.append(' ').append(s);
                }
            }
        }
        return b.append(')').toString();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '"', '\\' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    @Override
    public String visitIntLiteral(IntLiteral n) {
        return Long.toString(n.value());
    }

    @Override
    public String visitFloatLiteral(FloatLiteral n) {
        return Double.toString(n.value());
    }

    @Override
    public String visitStringLiteral(StringLiteral n) {
        return quote(n.value());
    }

    @Override
    public String visitBoolLiteral(BoolLiteral n) {
        return Boolean.toString(n.value());
    }

    @Override
    public String visitColorLiteral(ColorLiteral n) {
        return String.format("#%08X", n.rgba());
    }

    @Override
    public String visitNaLiteral(NaLiteral n) {
        return "na";
    }

    @Override
    public String visitIdentifier(Identifier n) {
        return n.name();
    }

    @Override
    public String visitMemberAccess(MemberAccess n) {
        return sexp(".", n.target(), n.member());
    }

    @Override
    public String visitCall(Call n) {
        StringBuilder head = new StringBuilder("call");
        if (!n.typeArguments().isEmpty()) {
            head.append('<');
            for (int i = 0; i < n.typeArguments().size(); i++) {
                head.append(i == 0 ? "" : ",").append(print(n.typeArguments().get(i)));
            }
            head.append('>');
        }
        return sexp(head.toString(), n.callee(), n.arguments());
    }

    @Override
    public String visitHistoryRef(HistoryRef n) {
        return sexp("[]", n.target(), n.offset());
    }

    @Override
    public String visitUnary(Unary n) {
        return sexp(n.op().symbol(), n.operand());
    }

    @Override
    public String visitBinary(Binary n) {
        return sexp(n.op().symbol(), n.left(), n.right());
    }

    @Override
    public String visitTernary(Ternary n) {
        return sexp("?", n.condition(), n.whenTrue(), n.whenFalse());
    }

    @Override
    public String visitTupleExpr(TupleExpr n) {
        return sexp("tuple", n.elements());
    }

    @Override
    public String visitIfExpr(IfExpr n) {
        Object orElse = n.elseIf() != null ? n.elseIf() : n.elseBlock();
        return sexp("if", n.condition(), n.thenBlock(), orElse);
    }

    @Override
    public String visitSwitchExpr(SwitchExpr n) {
        return sexp("switch", n.subject(), n.cases());
    }

    @Override
    public String visitForExpr(ForExpr n) {
        String step = n.step() == null ? null : sexp("by", n.step());
        return sexp("for", n.counterType(), n.counter(), n.from(), n.to(), step, n.body());
    }

    @Override
    public String visitForInExpr(ForInExpr n) {
        return sexp("for-in", n.index(), n.element(), n.iterable(), n.body());
    }

    @Override
    public String visitWhileExpr(WhileExpr n) {
        return sexp("while", n.condition(), n.body());
    }

    @Override
    public String visitErrorExpr(ErrorExpr n) {
        return "<error>";
    }

    @Override
    public String visitExprStmt(ExprStmt n) {
        return print(n.expression());
    }

    @Override
    public String visitVarDecl(VarDecl n) {
        String mode = n.mode() == DeclMode.NONE ? null : n.mode().name().toLowerCase(java.util.Locale.ROOT);
        String qualifier = n.qualifier() == null ? null : n.qualifier().keyword();
        return sexp("decl", n.exported() ? "export" : null, mode, qualifier, n.type(), n.name(), n.initializer());
    }

    @Override
    public String visitTupleDecl(TupleDecl n) {
        return sexp("decl-tuple", sexp("names", n.names()), n.initializer());
    }

    @Override
    public String visitAssignment(Assignment n) {
        return sexp(n.op().symbol(), n.target(), n.value());
    }

    @Override
    public String visitFunctionDecl(FunctionDecl n) {
        return sexp(n.method() ? "method" : "fn", n.exported() ? "export" : null, n.name(),
                sexp("params", n.parameters()), n.body());
    }

    @Override
    public String visitTypeDecl(TypeDecl n) {
        return sexp("type", n.exported() ? "export" : null, n.name(), n.fields());
    }

    @Override
    public String visitEnumDecl(EnumDecl n) {
        return sexp("enum", n.exported() ? "export" : null, n.name(), n.members());
    }

    @Override
    public String visitImportStmt(ImportStmt n) {
        return sexp("import", n.user() + "/" + n.library() + "/" + n.version(), n.alias());
    }

    @Override
    public String visitBreakStmt(BreakStmt n) {
        return "(break)";
    }

    @Override
    public String visitContinueStmt(ContinueStmt n) {
        return "(continue)";
    }

    @Override
    public String visitErrorStmt(ErrorStmt n) {
        return "<error>";
    }

    @Override
    public String visitBlock(Block n) {
        return sexp("block", n.statements());
    }

    @Override
    public String visitName(Name n) {
        return n.name();
    }

    @Override
    public String visitTypeRef(TypeRef n) {
        StringBuilder b = new StringBuilder(n.name());
        if (!n.typeArguments().isEmpty()) {
            b.append('<');
            for (int i = 0; i < n.typeArguments().size(); i++) {
                b.append(i == 0 ? "" : ",").append(print(n.typeArguments().get(i)));
            }
            b.append('>');
        }
        return n.legacyArray() ? b.append("[]").toString() : b.toString();
    }

    @Override
    public String visitArgument(Argument n) {
        return n.name() == null ? print(n.value()) : n.name().name() + "=" + print(n.value());
    }

    @Override
    public String visitParameter(Parameter n) {
        String qualifier = n.qualifier() == null ? null : n.qualifier().keyword();
        if (qualifier == null && n.type() == null && n.defaultValue() == null) {
            return n.name().name();
        }
        return sexp("param", qualifier, n.type(), n.name(), n.defaultValue());
    }

    @Override
    public String visitSwitchCase(SwitchCase n) {
        return n.condition() == null ? sexp("default", n.body()) : sexp("case", n.condition(), n.body());
    }

    @Override
    public String visitFieldDecl(FieldDecl n) {
        return sexp("field", n.varip() ? "varip" : null, n.type(), n.name(), n.defaultValue());
    }

    @Override
    public String visitEnumMember(EnumMember n) {
        return n.title() == null ? n.name().name() : sexp(n.name().name(), n.title());
    }
}
