package org.exhaustionlab.pine.check;

/** What a resolved name denotes. */
public enum SymbolKind {
    /** A variable declared at the top level of the script. */
    GLOBAL_VAR,
    /** A variable declared inside a function body or a local block (if/for/while/switch), incl. loop counters. */
    LOCAL_VAR,
    /** A parameter of a user function or method. */
    PARAMETER,
    USER_FUNCTION,
    USER_METHOD,
    /** A user-defined type ({@code type Name}). */
    USER_TYPE,
    ENUM,
    ENUM_MEMBER,
    /** A field of a user-defined type. */
    FIELD,
    BUILTIN_VARIABLE,
    BUILTIN_CONSTANT,
    BUILTIN_FUNCTION,
    /** A built-in namespace such as {@code ta} or {@code strategy.closedtrades}. */
    NAMESPACE,
    /** The alias of an {@code import}ed library (its contents are unknown offline). */
    LIBRARY_ALIAS
}
