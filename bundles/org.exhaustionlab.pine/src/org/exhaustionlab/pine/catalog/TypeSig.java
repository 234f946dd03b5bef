package org.exhaustionlab.pine.catalog;

import java.util.List;

/** A built-in type such as {@code float}, {@code line}, {@code chart.point} or the generic {@code array<T>}. */
public record TypeSig(String name, List<String> typeParams, Availability availability, String doc)
        implements CatalogEntry {
    public TypeSig {
        typeParams = List.copyOf(typeParams);
    }
}
