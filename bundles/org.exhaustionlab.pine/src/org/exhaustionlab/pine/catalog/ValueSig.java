package org.exhaustionlab.pine.catalog;

/**
 * A built-in variable ({@code close}, {@code bar_index}, {@code strategy.position_size}) or constant
 * ({@code color.red}, {@code strategy.long}). Constants always have the {@code const} qualifier.
 */
public record ValueSig(String name, PineType type, boolean constant, Availability availability, String doc)
        implements CatalogEntry {
}
