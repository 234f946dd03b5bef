/**
 * The Pine syntax tree: immutable records, one per construct, each with a dense {@code id} (for side tables kept by
 * the checker and interpreter: resolved types, symbols, per-call-site state slots) and a {@code SourceRange}.
 *
 * <p>Walk a tree with a {@link org.exhaustionlab.pine.ast.Visitor} (one method per node type) or, when the node
 * type does not matter, with {@link org.exhaustionlab.pine.ast.Nodes}. {@link org.exhaustionlab.pine.ast.Expr}
 * nodes yield values; {@link org.exhaustionlab.pine.ast.Stmt} nodes sit in blocks; {@code if}, {@code switch},
 * {@code for} and {@code while} are expressions (used as statements through {@code ExprStmt}) whose value is the
 * last statement of the block taken. Broken source yields {@code ErrorExpr}/{@code ErrorStmt} nodes next to a
 * diagnostic, so later stages can skip them silently. {@link org.exhaustionlab.pine.ast.AstPrinter} renders a tree
 * as an S-expression.
 */
package org.exhaustionlab.pine.ast;
