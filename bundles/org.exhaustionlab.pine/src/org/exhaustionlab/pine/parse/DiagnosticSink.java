package org.exhaustionlab.pine.parse;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.Severity;
import org.exhaustionlab.pine.SourceRange;

/** Collects the diagnostics of one parse, capped so that a pathological input cannot flood the editor. */
final class DiagnosticSink {

    static final int MAX_DIAGNOSTICS = 500;

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void error(SourceRange range, String code, String message) {
        add(range, Severity.ERROR, code, message);
    }

    void add(SourceRange range, Severity severity, String code, String message) {
        if (diagnostics.size() < MAX_DIAGNOSTICS) {
            diagnostics.add(new Diagnostic(range, severity, code, message));
        }
    }

    List<Diagnostic> list() {
        return diagnostics;
    }
}
