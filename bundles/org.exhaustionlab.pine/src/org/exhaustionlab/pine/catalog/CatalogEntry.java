package org.exhaustionlab.pine.catalog;

/** Anything the catalog declares: a function overload, a variable, a constant, a type or a namespace. */
public sealed interface CatalogEntry permits FunctionSig, ValueSig, TypeSig, NamespaceEntry {

    /** The qualified name as written in scripts, e.g. {@code ta.sma}, {@code close}, {@code color.red}. */
    String name();

    /** One line of description for hovers and completion; empty when the data has none. */
    String doc();

    Availability availability();

    /** The last segment of the name: {@code sma} for {@code ta.sma}. */
    default String simpleName() {
        int dot = name().lastIndexOf('.');
        return dot < 0 ? name() : name().substring(dot + 1);
    }

    /** The namespace part of the name: {@code ta} for {@code ta.sma}, empty for global names. */
    default String namespace() {
        int dot = name().lastIndexOf('.');
        return dot < 0 ? "" : name().substring(0, dot);
    }
}
