package org.exhaustionlab.pine;

import java.util.List;
import org.exhaustionlab.pine.ast.Script;

/**
 * The outcome of parsing: always a syntax tree (with error nodes where the source was broken) and the diagnostics,
 * sorted by position.
 */
public record ParseResult(Script script, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The {@code //@version=} number, or 0 when the script has none. */
    public int version() {
        return script.version();
    }

    /** True when any diagnostic is an error. */
    public boolean hasErrors() {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** True when any error is a syntax-level one (lexing or parsing), as opposed to version or v4 hints. */
    public boolean hasSyntaxErrors() {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR && (d.code().startsWith("syntax.") || d.code().startsWith("lex."))) {
                return true;
            }
        }
        return false;
    }
}
