package org.exhaustionlab.pine.runtime.interp;

import org.exhaustionlab.pine.SourceRange;

/** A runtime error of a script, with the position of the construct that failed. */
public final class PineError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient SourceRange pos;

    PineError(String message, SourceRange pos) {
        super(message, null, false, false);
        this.pos = pos;
    }

    public int line() {
        return pos == null ? 0 : pos.startLine();
    }

    public int column() {
        return pos == null ? 0 : pos.startColumn();
    }
}
