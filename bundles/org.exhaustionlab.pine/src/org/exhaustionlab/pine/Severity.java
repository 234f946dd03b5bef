package org.exhaustionlab.pine;

/** Diagnostic severities, in the same order and meaning as LSP's DiagnosticSeverity. */
public enum Severity {
    ERROR, WARNING, INFO, HINT;

    /** Lower-case name as written in golden test expectations, e.g. {@code error}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
