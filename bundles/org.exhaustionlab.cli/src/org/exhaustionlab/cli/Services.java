package org.exhaustionlab.cli;

import java.util.List;

/** What the commands need from their runtime: plugin services and the product's version. */
public interface Services {

    /** All registered implementations of a plugin service, best ranked first. */
    <T> List<T> all(Class<T> type);

    /** The platform's version, e.g. {@code 0.1.0.202611271900}. */
    String version();

    /**
     * Installed bundles that do not resolve (a broken or incompatible add-on), one line each with the reason, e.g.
     * {@code x.y 1.0.0 does not resolve: Import-Package: a.b}. They are left out; the rest of the platform runs.
     */
    default List<String> unresolvedBundles() {
        return List.of();
    }
}
