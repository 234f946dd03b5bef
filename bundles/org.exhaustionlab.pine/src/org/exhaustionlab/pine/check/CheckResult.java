package org.exhaustionlab.pine.check;

import java.util.List;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.Severity;
import org.exhaustionlab.pine.catalog.PineVersion;

/**
 * The outcome of checking: parser and checker diagnostics together, sorted by position, and the semantic model.
 *
 * @param version the Pine version the script was checked against (v6 when it declares none)
 */
public record CheckResult(List<Diagnostic> diagnostics, SemanticModel model, PineVersion version) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** Number of diagnostics with the given severity. */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
