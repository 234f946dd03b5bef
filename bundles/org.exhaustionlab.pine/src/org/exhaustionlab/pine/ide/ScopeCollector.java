package org.exhaustionlab.pine.ide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Block;
import org.exhaustionlab.pine.ast.EnumDecl;
import org.exhaustionlab.pine.ast.ForExpr;
import org.exhaustionlab.pine.ast.ForInExpr;
import org.exhaustionlab.pine.ast.FunctionDecl;
import org.exhaustionlab.pine.ast.Name;
import org.exhaustionlab.pine.ast.Node;
import org.exhaustionlab.pine.ast.Parameter;
import org.exhaustionlab.pine.ast.Script;
import org.exhaustionlab.pine.ast.Stmt;
import org.exhaustionlab.pine.ast.TupleDecl;
import org.exhaustionlab.pine.ast.TypeDecl;
import org.exhaustionlab.pine.ast.VarDecl;

/**
 * The script's own names visible at an offset: top-level declarations above it, and inside a function its
 * parameters and the locals declared above it in the enclosing blocks (loop counters too). Pine has no forward
 * references, so names declared below the offset are not visible.
 */
final class ScopeCollector {

    private static final int DETAIL_LENGTH = 70;

    private ScopeCollector() {
    }

    /** Visible declarations, innermost last; a name declared twice appears once (the innermost). */
    static List<Declaration> visible(Script script, int offset) {
        return visible(script, offset, null);
    }

    /**
     * As {@link #visible(Script, int)}; with the source text the details are the declarations' source lines, and a
     * blank indented line just below a function counts as inside it (the parser ends the function at its last
     * statement, the user is about to type the next one).
     */
    static List<Declaration> visible(Script script, int offset, String text) {
        Map<String, Declaration> out = new LinkedHashMap<>();
        statements(script.statements(), offset, text, out);
        List<Node> path = AstPaths.at(script, offset);
        boolean inFunction = false;
        for (Node n : path) {
            if (n instanceof FunctionDecl f) {
                inFunction = true;
                parameters(f, text, out);
            } else if (n instanceof Block b) {
                statements(b.statements(), offset, text, out);
            } else if (n instanceof ForExpr f) {
                add(f.counter(), ProposalKind.VARIABLE, f.range(), text, out);
            } else if (n instanceof ForInExpr f) {
                add(f.index(), ProposalKind.VARIABLE, f.range(), text, out);
                add(f.element(), ProposalKind.VARIABLE, f.range(), text, out);
            }
        }
        if (!inFunction && text != null) {
            FunctionDecl above = functionJustAbove(script, offset, text);
            if (above != null) {
                parameters(above, text, out);
                statements(above.body().statements(), offset, text, out);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The parameters of the script's top-level function {@code name} (the last one declared). */
    static List<Declaration> userFunctionParameters(Script script, String name) {
        List<Declaration> params = new ArrayList<>();
        for (Stmt s : script.statements()) {
            if (s instanceof FunctionDecl f && f.name().name().equals(name)) {
                params.clear();
                for (Parameter p : f.parameters()) {
                    String type = p.type() == null ? "" : p.type().name() + " ";
                    params.add(new Declaration(p.name().name(), ProposalKind.PARAMETER, "parameter " + type
                            + p.name().name(), p.range().startOffset()));
                }
            }
        }
        return params;
    }

    private static void statements(List<? extends Stmt> statements, int offset, String text,
            Map<String, Declaration> out) {
        for (Stmt s : statements) {
            if (s.range().startOffset() >= offset) {
                break;
            }
            boolean containsOffset = offset <= s.range().endOffset();
            if (s instanceof VarDecl v && !containsOffset) {
                add(v.name(), ProposalKind.VARIABLE, v.range(), text, out);
            } else if (s instanceof TupleDecl t && !containsOffset) {
                for (Name n : t.names()) {
                    if (!n.name().equals("_")) {
                        add(n, ProposalKind.VARIABLE, t.range(), text, out);
                    }
                }
            } else if (s instanceof FunctionDecl f && !containsOffset) {
                add(f.name(), ProposalKind.FUNCTION, f.range(), text, out);
            } else if (s instanceof TypeDecl t) {
                add(t.name(), ProposalKind.TYPE, t.range(), text, out);
            } else if (s instanceof EnumDecl e) {
                add(e.name(), ProposalKind.TYPE, e.range(), text, out);
            }
        }
    }

    private static void parameters(FunctionDecl f, String text, Map<String, Declaration> out) {
        for (Parameter p : f.parameters()) {
            add(p.name(), ProposalKind.PARAMETER, p.range(), text, out);
        }
    }

    private static void add(Name name, ProposalKind kind, SourceRange declaration, String text,
            Map<String, Declaration> out) {
        if (name == null || name.name().isEmpty()) {
            return;
        }
        out.remove(name.name()); // re-insert so the innermost declaration comes last
        out.put(name.name(), new Declaration(name.name(), kind, detail(kind, name.name(), declaration, text),
                name.range().startOffset()));
    }

    private static String detail(ProposalKind kind, String name, SourceRange range, String text) {
        if (text == null || range.startOffset() >= text.length()) {
            return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
        }
        int end = text.indexOf('\n', range.startOffset());
        String line = text.substring(range.startOffset(), Math.min(end < 0 ? text.length() : end,
                Math.max(range.endOffset(), range.startOffset()))).strip();
        return line.length() > DETAIL_LENGTH ? line.substring(0, DETAIL_LENGTH - 1) + "\u2026" : line;
    }

    /** The top-level function ending just above {@code offset} when only blank or indented lines lie between. */
    private static FunctionDecl functionJustAbove(Script script, int offset, String text) {
        FunctionDecl last = null;
        for (Stmt s : script.statements()) {
            if (s.range().startOffset() >= offset) {
                break;
            }
            last = s instanceof FunctionDecl f ? f : null;
        }
        if (last == null || last.range().endOffset() > offset) {
            return null;
        }
        int lineStart = last.range().endOffset();
        for (int pos = text.indexOf('\n', lineStart); pos >= 0 && pos < offset; pos = text.indexOf('\n', pos + 1)) {
            char first = pos + 1 < text.length() ? text.charAt(pos + 1) : '\n';
            if (first != ' ' && first != '\t' && first != '\n' && first != '\r' && pos + 1 <= offset) {
                return null; // a line at the left margin ends the function
            }
        }
        int lineOfOffset = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        return lineOfOffset > 0 && lineOfOffset < text.length() && (text.charAt(lineOfOffset) == ' '
                || text.charAt(lineOfOffset) == '\t') ? last : null;
    }
}
