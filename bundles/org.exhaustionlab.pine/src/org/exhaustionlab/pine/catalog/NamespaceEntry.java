package org.exhaustionlab.pine.catalog;

/** A namespace such as {@code ta} or {@code strategy.closedtrades}, listed among its parent's members. */
public record NamespaceEntry(String name) implements CatalogEntry {
    @Override
    public String doc() {
        return "";
    }

    @Override
    public Availability availability() {
        return Availability.ALWAYS;
    }
}
