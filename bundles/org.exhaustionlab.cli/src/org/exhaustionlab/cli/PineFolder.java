package org.exhaustionlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Pine scripts shipped with the platform: {@code -Dexhaustionlab.pine} (set by the launcher), else ./pine. */
final class PineFolder {

    private PineFolder() {
    }

    static Path root() {
        String configured = System.getProperty("exhaustionlab.pine");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("pine");
        if (!Files.isDirectory(root)) {
            throw new UsageException("the shipped Pine scripts are not at " + root.toAbsolutePath()
                    + "; run from the checkout or set -Dexhaustionlab.pine");
        }
        return root;
    }

    static Path script(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("missing shipped script " + file);
        }
        return file;
    }
}
