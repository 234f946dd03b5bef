package org.exhaustionlab.pine.runtime;

import org.exhaustionlab.pine.catalog.CatalogExtensions;
import org.exhaustionlab.pine.runtime.spi.IndicatorLibrary;
import org.exhaustionlab.pine.runtime.spi.LibraryRejectedException;

/**
 * The indicator libraries installed in this platform. {@link PineEngine#compile(String, String)} and the checker
 * ({@code PineChecker.check}, {@code Checker.check(parsed)}) use {@link #current()}; under OSGi a DS component
 * installs every {@link IndicatorLibrary} service here and removes it when the service goes away.
 *
 * <p>Each change builds a new immutable {@link LibrarySet} (validating the library, extending the catalog once) and
 * publishes it, together with its catalog for the checker through {@link CatalogExtensions}. Readers pay one volatile
 * read; with no library installed the standard catalog and built-ins are used unchanged. Scripts compiled earlier
 * keep the implementations they were compiled with.
 *
 * @implNote Thread-safe: changes are serialised, reads are lock-free.
 */
public final class PineLibraries {
    private static volatile LibrarySet current = LibrarySet.EMPTY;

    private PineLibraries() {
    }

    /** The installed libraries now. */
    public static LibrarySet current() {
        return current;
    }

    /**
     * Installs a library; a refused one leaves the installed set unchanged.
     *
     * @throws LibraryRejectedException one line naming the library and the problem (namespace clash, definitions
     *     that do not parse, a declared function without implementation, ...)
     */
    public static synchronized LibrarySet install(IndicatorLibrary library) {
        return publish(current.with(library));
    }

    /** Removes a library (by identity); returns false when it was not installed. */
    public static synchronized boolean uninstall(IndicatorLibrary library) {
        LibrarySet before = current;
        return publish(before.without(library)) != before;
    }

    /** Removes every library (tests, shutdown). */
    public static synchronized void uninstallAll() {
        publish(LibrarySet.EMPTY);
    }

    private static LibrarySet publish(LibrarySet set) {
        current = set;
        CatalogExtensions.activate(set.isEmpty() ? null : set.catalog());
        return set;
    }
}
