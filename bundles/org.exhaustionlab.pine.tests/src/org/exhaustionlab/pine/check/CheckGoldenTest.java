package org.exhaustionlab.pine.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every script listed in {@code golden/index.txt} (beside this class) and compares all diagnostics with the
 * inline {@code // expect[@COL]: severity code} comments, the convention of the parser's golden tests: nothing
 * missing, nothing extra. {@code valid_*} scripts must check with no diagnostics at all.
 */
class CheckGoldenTest {

    private static final Pattern EXPECT = Pattern.compile(
            "(?://|;)\\s*expect([+-]\\d+)?(?:@(\\d+))?:\\s*(error|warning|info|hint)\\s+([A-Za-z0-9_.-]+)");

    record Expected(int line, int column, Severity severity, String code) {
        boolean matches(Diagnostic d) {
            return d.line() == line && (column < 0 || d.column() == column) && d.severity() == severity
                    && d.code().equals(code);
        }
    }

    static List<String> goldenFiles() {
        return read("golden/index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void diagnosticsMatchInlineExpectations(String name) {
        String source = read("golden/" + name);
        List<Expected> expected = expectations(source);
        if (name.startsWith("valid_")) {
            assertTrue(expected.isEmpty(), name + " is valid and must not expect diagnostics");
        } else {
            assertFalse(expected.isEmpty(), name + " expects nothing");
        }
        CheckResult result = PineChecker.check(source, name);
        List<Diagnostic> unmatched = new ArrayList<>(result.diagnostics());
        List<String> problems = new ArrayList<>();
        for (Expected e : expected) {
            Diagnostic hit = unmatched.stream().filter(e::matches).findFirst().orElse(null);
            if (hit == null) {
                problems.add("missing  " + e);
            } else {
                unmatched.remove(hit);
            }
        }
        unmatched.forEach(d -> problems.add("extra    " + d));
        assertEquals("", String.join("\n", problems), name + ": diagnostics differ from the // expect comments");
    }

    @org.junit.jupiter.api.Test
    void indexListsEveryGoldenFileAndBothKinds() throws Exception {
        java.net.URL dir = CheckGoldenTest.class.getResource("golden/");
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null && dir.getProtocol().equals("file"), "not on disk");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                java.nio.file.Path.of(dir.toURI()))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pine"))
                    .sorted().toList();
            assertEquals(onDisk, goldenFiles().stream().sorted().toList());
        }
        assertTrue(goldenFiles().stream().anyMatch(n -> n.startsWith("valid_")));
        assertTrue(goldenFiles().stream().filter(n -> n.startsWith("error_")).count() >= 5);
    }

    static List<Expected> expectations(String source) {
        List<Expected> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int comment = lines[i].indexOf("// expect");
            if (comment < 0) {
                continue;
            }
            Matcher m = EXPECT.matcher(lines[i]);
            m.region(comment, lines[i].length());
            while (m.find()) {
                int line = i + 1 + (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
                int column = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
                out.add(new Expected(line, column, Severity.valueOf(m.group(3).toUpperCase(Locale.ROOT)),
                        m.group(4)));
            }
        }
        return out;
    }

    static String read(String path) {
        try (InputStream in = CheckGoldenTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
