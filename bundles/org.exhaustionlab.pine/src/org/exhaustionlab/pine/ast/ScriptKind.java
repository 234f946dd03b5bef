package org.exhaustionlab.pine.ast;

/** What the script declares itself to be, from its declaration statement. */
public enum ScriptKind {
    INDICATOR, STRATEGY, LIBRARY,
    /** No {@code indicator()}, {@code strategy()} or {@code library()} call at the top level. */
    NONE
}
