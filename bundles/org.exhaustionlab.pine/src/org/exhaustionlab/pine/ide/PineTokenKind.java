package org.exhaustionlab.pine.ide;

/** What a stretch of Pine source is, for colouring. */
public enum PineTokenKind {
    /** Reserved and contextual keywords: {@code if var and true for to by in method type ...}. */
    KEYWORD,
    /** A type name where a type is written: {@code float x = 1}, {@code array<int>}. */
    TYPE,
    /** A built-in function name: the {@code ta.sma} of {@code ta.sma(close, 14)} (both segments). */
    BUILTIN_FUNCTION,
    /** A built-in variable or constant: {@code close}, {@code bar_index}, {@code color.red}, {@code na}. */
    BUILTIN_VARIABLE,
    /** A built-in namespace used as a prefix without a known member: {@code ta.} while typing. */
    NAMESPACE,
    /** Any other name: the script's own variables, functions and parameters. */
    IDENTIFIER,
    NUMBER,
    STRING,
    /** A colour literal {@code #RRGGBB[AA]}. */
    COLOR,
    COMMENT,
    /** An annotation comment: {@code //@version=6}, {@code //@description ...}. */
    ANNOTATION,
    OPERATOR,
    /** Text the lexer could not read. */
    INVALID
}
