package org.exhaustionlab.pine.ast;

/** One method per node type; {@link Node#accept} dispatches to it. */
public interface Visitor<R> {
    R visitIntLiteral(IntLiteral node);
    R visitFloatLiteral(FloatLiteral node);
    R visitStringLiteral(StringLiteral node);
    R visitBoolLiteral(BoolLiteral node);
    R visitColorLiteral(ColorLiteral node);
    R visitNaLiteral(NaLiteral node);
    R visitIdentifier(Identifier node);
    R visitMemberAccess(MemberAccess node);
    R visitCall(Call node);
    R visitHistoryRef(HistoryRef node);
    R visitUnary(Unary node);
    R visitBinary(Binary node);
    R visitTernary(Ternary node);
    R visitTupleExpr(TupleExpr node);
    R visitIfExpr(IfExpr node);
    R visitSwitchExpr(SwitchExpr node);
    R visitForExpr(ForExpr node);
    R visitForInExpr(ForInExpr node);
    R visitWhileExpr(WhileExpr node);
    R visitErrorExpr(ErrorExpr node);
    R visitExprStmt(ExprStmt node);
    R visitVarDecl(VarDecl node);
    R visitTupleDecl(TupleDecl node);
    R visitAssignment(Assignment node);
    R visitFunctionDecl(FunctionDecl node);
    R visitTypeDecl(TypeDecl node);
    R visitEnumDecl(EnumDecl node);
    R visitImportStmt(ImportStmt node);
    R visitBreakStmt(BreakStmt node);
    R visitContinueStmt(ContinueStmt node);
    R visitErrorStmt(ErrorStmt node);
    R visitBlock(Block node);
    R visitName(Name node);
    R visitTypeRef(TypeRef node);
    R visitArgument(Argument node);
    R visitParameter(Parameter node);
    R visitSwitchCase(SwitchCase node);
    R visitFieldDecl(FieldDecl node);
    R visitEnumMember(EnumMember node);
}
