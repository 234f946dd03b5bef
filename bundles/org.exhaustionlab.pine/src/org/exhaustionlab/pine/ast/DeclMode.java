package org.exhaustionlab.pine.ast;

/** How a variable declaration keeps its value across bars. */
public enum DeclMode {
    /** Re-initialised on every bar. */
    NONE,
    /** {@code var}: initialised once, on the first bar. */
    VAR,
    /** {@code varip}: like {@code var}, and also survives intrabar realtime updates. */
    VARIP
}
