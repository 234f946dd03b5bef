package org.exhaustionlab.pine;

import java.util.Objects;

/**
 * A problem found in Pine source, shaped like an LSP diagnostic.
 *
 * @param range    where the problem is
 * @param severity how bad it is
 * @param code     stable machine-readable identifier, e.g. {@code syntax.unexpected-token}; tools and tests key on it
 * @param message  short human-readable explanation that says what to do
 */
public record Diagnostic(SourceRange range, Severity severity, String code, String message) {

    public Diagnostic {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public int line() {
        return range.startLine();
    }

    public int column() {
        return range.startColumn();
    }

    @Override
    public String toString() {
        return range.startLine() + ":" + range.startColumn() + " " + severity.label() + " " + code + ": " + message;
    }
}
