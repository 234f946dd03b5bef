package org.exhaustionlab.market.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small CSV fixtures for the import tests. */
final class CsvFiles {

    private CsvFiles() {
    }

    /** Writes {@code lines} joined by newlines (plus a final newline) to {@code dir/name}. */
    static Path write(Path dir, String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
