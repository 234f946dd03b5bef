package org.exhaustionlab.backtest.pine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Locates the repository's {@code pine/} folder (strategies, examples, indicators): the system property
 * {@code exhaustionlab.pine}, else relative fallbacks from the bundle or repository directory. Tests skip when absent.
 */
final class PineFolder {
    private PineFolder() {
    }

    /** The pine folder, or null when none of the candidates has a {@code strategies} sub-folder. */
    static Path find() {
        List<String> candidates = new ArrayList<>();
        String property = System.getProperty("exhaustionlab.pine");
        if (property != null && !property.isBlank()) {
            candidates.add(property);
        }
        candidates.add("../../pine");
        candidates.add("../pine");
        candidates.add("pine");
        candidates.add("../../../pine");
        for (String candidate : candidates) {
            Path folder = Path.of(candidate);
            if (Files.isDirectory(folder.resolve("strategies"))) {
                return folder.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** The pine folder; skips the calling test when it is not found. */
    static Path require() {
        Path folder = find();
        assumeTrue(folder != null, "pine/ folder not found; set -Dexhaustionlab.pine=<path to the repo's pine folder>");
        return folder;
    }

    /** The {@code *.pine} files directly in {@code sub} (e.g. "examples"), sorted by name. */
    static List<Path> scripts(Path pine, String sub) {
        Path folder = pine.resolve(sub);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pine")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
