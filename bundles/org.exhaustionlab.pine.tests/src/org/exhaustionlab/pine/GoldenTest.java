package org.exhaustionlab.pine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses every golden script listed in {@code golden/index.txt} and compares the full set of diagnostics with the
 * {@code // expect} comments in the file (see {@link GoldenExpectations}): nothing missing, nothing extra.
 * Files named {@code valid_*} must carry no expectations, so they must parse with zero diagnostics.
 */
class GoldenTest {

    static List<String> goldenFiles() {
        return GoldenScripts.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void diagnosticsMatchInlineExpectations(String name) {
        String source = GoldenScripts.read(name);
        GoldenExpectations expectations = GoldenExpectations.parse(source);
        if (name.startsWith("valid_")) {
            assertTrue(expectations.expected().isEmpty(), name + " is a valid script and must not expect errors");
        } else {
            assertFalse(expectations.expected().isEmpty(), name + " is an error script but expects nothing");
        }
        ParseResult result = PineParser.parse(source);
        assertNotNull(result.script());
        List<String> problems = expectations.compare(result.diagnostics());
        assertEquals("", String.join("\n", problems), name + ": diagnostics differ from the // expect comments");
    }

    @Test
    void indexListsEveryGoldenFile() throws IOException, URISyntaxException {
        URL dir = GoldenTest.class.getResource("golden/");
        Assumptions.assumeTrue(dir != null && dir.getProtocol().equals("file"), "golden folder not on disk");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pine"))
                    .sorted().toList();
            assertEquals(onDisk, GoldenScripts.names().stream().sorted().toList());
        }
    }

    @Test
    void goldenSetCoversValidAndInvalidScripts() {
        long valid = GoldenScripts.names().stream().filter(n -> n.startsWith("valid_")).count();
        assertTrue(valid >= 6, "valid scripts: " + valid);
        assertTrue(GoldenScripts.names().size() - valid >= 6, "error scripts");
    }

    /** Keeps the class loader happy in OSGi too: resources are read through this class, never a file path. */
    static String readResource(String path) {
        try (InputStream in = GoldenTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
