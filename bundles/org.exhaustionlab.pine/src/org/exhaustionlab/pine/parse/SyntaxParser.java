package org.exhaustionlab.pine.parse;

import java.util.List;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.ParseResult;
import org.exhaustionlab.pine.Severity;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.*;

/**
 * Runs lexer and parser over one source text and adds the script-level checks: the {@code //@version}
 * annotation, the declaration statement and v4-isms. Use {@link org.exhaustionlab.pine.PineParser} instead.
 */
public final class SyntaxParser {

    private SyntaxParser() {
    }

    public static ParseResult parse(String source) {
        DiagnosticSink sink = new DiagnosticSink();
        Lexer lexer = new Lexer(source, sink).run();
        Parser parser = new Parser(lexer.tokens(), sink, lexer.annotations());
        List<Stmt> statements = parser.parseScript();
        int version = checkVersion(lexer.annotations(), sink);
        Call declaration = declaration(statements);
        ScriptKind kind = declaration == null ? ScriptKind.NONE : kindOf(declaration);
        if (version == 0 || version >= 5) {
            reportV4Calls(parser, sink);
        }
        SourceRange whole = wholeRange(lexer.tokens());
        Script script = new Script(whole, version, kind, declaration, lexer.annotations(), statements,
                parser.nodeCount());
        List<Diagnostic> diagnostics = sink.list();
        diagnostics.sort((a, b) -> Integer.compare(a.range().startOffset(), b.range().startOffset()));
        return new ParseResult(script, diagnostics);
    }

    private static int checkVersion(List<DocAnnotation> annotations, DiagnosticSink sink) {
        for (DocAnnotation a : annotations) {
            if (!a.name().equals("version")) {
                continue;
            }
            int version = parseVersion(a.text());
            if (version < 0 || version > 6) {
                sink.add(a.range(), Severity.WARNING, "version.invalid", "unknown Pine version '" + a.text()
                        + "': write //@version=5 or //@version=6");
                return 0;
            }
            if (version < 5) {
                sink.add(a.range(), Severity.WARNING, "version.unsupported", "Pine v" + version
                        + " is not supported: convert the script to //@version=5 or 6");
            }
            return version;
        }
        sink.add(new SourceRange(0, 0, 1, 1, 1, 1), Severity.WARNING, "version.missing",
                "no //@version annotation: add //@version=6 as the first line");
        return 0;
    }

    private static int parseVersion(String text) {
        if (text.isEmpty() || text.length() > 3) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Lexer.isDigit(text.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(text);
    }

    private static void reportV4Calls(Parser parser, DiagnosticSink sink) {
        for (Call call : parser.v4Calls) {
            String name = ((Identifier) call.callee()).name();
            if (parser.declaredFunctions.contains(name)) {
                continue;
            }
            String instead = V4Names.replacement(name);
            if (V4Names.isRemoved(name)) {
                sink.add(call.callee().range(), Severity.ERROR, "compat.v4-function", name
                        + "() is Pine v4: use " + instead + " in v5/v6");
            } else {
                sink.add(call.callee().range(), Severity.INFO, "compat.v4-namespace", name
                        + "() lives in a namespace since v5: use " + instead);
            }
        }
    }

    /** The first top-level call of indicator/strategy/library (or v4's study), as an expression statement. */
    private static Call declaration(List<Stmt> statements) {
        for (Stmt s : statements) {
            if (s instanceof ExprStmt && ((ExprStmt) s).expression() instanceof Call) {
                Call call = (Call) ((ExprStmt) s).expression();
                if (call.callee() instanceof Identifier && kindOf(call) != ScriptKind.NONE) {
                    return call;
                }
            }
        }
        return null;
    }

    private static ScriptKind kindOf(Call call) {
        if (!(call.callee() instanceof Identifier)) {
            return ScriptKind.NONE;
        }
        return switch (((Identifier) call.callee()).name()) {
            case "indicator", "study" -> ScriptKind.INDICATOR;
            case "strategy" -> ScriptKind.STRATEGY;
            case "library" -> ScriptKind.LIBRARY;
            default -> ScriptKind.NONE;
        };
    }

    private static SourceRange wholeRange(List<Token> tokens) {
        Token last = tokens.get(tokens.size() - 1);
        return new SourceRange(0, last.end(), 1, 1, last.line(), last.column());
    }
}
