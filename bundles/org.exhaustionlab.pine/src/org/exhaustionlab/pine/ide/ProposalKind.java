package org.exhaustionlab.pine.ide;

/** What a completion proposal inserts, for its icon and its place in the list. */
public enum ProposalKind {
    /** A variable of the script (global or local). */
    VARIABLE,
    /** A parameter of the function around the cursor. */
    PARAMETER,
    /** A function or method the script declares. */
    FUNCTION,
    /** A type or enum the script declares. */
    TYPE,
    /** A named argument {@code name = } of the call around the cursor. */
    NAMED_ARGUMENT,
    BUILTIN_FUNCTION,
    BUILTIN_VARIABLE,
    BUILTIN_CONSTANT,
    NAMESPACE,
    KEYWORD
}
