package org.exhaustionlab.pine.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.Severity;
import org.exhaustionlab.pine.SourceRange;

/** Collects the checker's diagnostics: drops exact duplicates, caps the count, and can be muted. */
final class Reporter {

    static final int MAX_DIAGNOSTICS = 500;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    /** While positive, nothing is recorded (used when re-inferring a function body for one call site). */
    int muted;

    void error(SourceRange range, String code, String message) {
        add(range, Severity.ERROR, code, message);
    }

    void warning(SourceRange range, String code, String message) {
        add(range, Severity.WARNING, code, message);
    }

    void info(SourceRange range, String code, String message) {
        add(range, Severity.INFO, code, message);
    }

    void add(SourceRange range, Severity severity, String code, String message) {
        if (muted > 0 || diagnostics.size() >= MAX_DIAGNOSTICS) {
            return;
        }
        if (seen.add(range.startOffset() + ":" + range.endOffset() + ":" + code)) {
            diagnostics.add(new Diagnostic(range, severity, code, message));
        }
    }

    List<Diagnostic> list() {
        return diagnostics;
    }
}
