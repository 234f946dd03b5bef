package org.exhaustionlab.pine.catalog;

/**
 * The catalog scripts are checked against when the caller does not pass one: the standard built-ins, or the
 * standard built-ins extended by add-on libraries.
 *
 * <p>Why a holder here: the checker (and the editor's completion) live in this bundle, which must not depend on the
 * runtime that knows about add-on libraries. The runtime builds the extended catalog once per library change
 * ({@link BuiltinCatalog#withExtensions}) and publishes it here; readers pay one volatile read. With no extensions
 * installed {@link #active()} is {@link BuiltinCatalog#standard()} itself, so the default path is unchanged.
 *
 * @implNote Thread-safe: the catalog is immutable and published through a volatile field.
 */
public final class CatalogExtensions {
    /** Null while no extension is installed (then the standard catalog is active). */
    private static volatile BuiltinCatalog extended;

    private CatalogExtensions() {
    }

    /** The catalog in effect: the standard one, or the one last passed to {@link #activate}. Never null. */
    public static BuiltinCatalog active() {
        BuiltinCatalog c = extended;
        return c != null ? c : BuiltinCatalog.standard();
    }

    /**
     * Makes {@code catalog} (a catalog of all versions, normally {@code standard().withExtensions(...)}) the active
     * one; null or the standard catalog go back to the standard built-ins.
     */
    public static void activate(BuiltinCatalog catalog) {
        if (catalog != null && catalog.version().isPresent()) {
            throw new IllegalArgumentException("the active catalog must cover every version, not only "
                    + catalog.version().get());
        }
        extended = catalog == BuiltinCatalog.standard() ? null : catalog;
    }

    /** True when a catalog other than the standard one is active. */
    public static boolean isExtended() {
        return extended != null;
    }
}
