package org.exhaustionlab.pine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expected diagnostics written inline in golden {@code .pine} files, as comments on the line they refer to:
 * <pre>
 * x = (1 +     // expect@9: error syntax.expected-expression
 * y = 1 $ 2    // expect: error lex.unexpected-character
 * // expect-1@5: warning some.code      (refers to the line above; '+N' to a line below)
 * z = 1 @ @    // expect@7: error lex.unexpected-character; expect@9: error lex.unexpected-character
 * </pre>
 * {@code expect@COL} pins the 1-based column of the diagnostic's start; plain {@code expect} accepts any column of
 * that line. Several expectations on one line are separated by {@code ;}. The runner scans raw text, so an
 * expectation also works where the lexer swallows the comment (inside an unterminated string).
 */
record GoldenExpectations(List<Expected> expected) {

    private static final Pattern EXPECT = Pattern.compile(
            "(?://|;)\\s*expect([+-]\\d+)?(?:@(\\d+))?:\\s*(error|warning|info|hint)\\s+([A-Za-z0-9_.-]+)");

    /** One expected diagnostic; {@code column} is -1 when any column is accepted. */
    record Expected(int line, int column, Severity severity, String code) {

        boolean matches(Diagnostic d) {
            return d.line() == line && (column < 0 || d.column() == column) && d.severity() == severity
                    && d.code().equals(code);
        }

        @Override
        public String toString() {
            return line + ":" + (column < 0 ? "*" : column) + " " + severity.label() + " " + code;
        }
    }

    static GoldenExpectations parse(String source) {
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
                Severity severity = Severity.valueOf(m.group(3).toUpperCase(Locale.ROOT));
                out.add(new Expected(line, column, severity, m.group(4)));
            }
        }
        return new GoldenExpectations(out);
    }

    /** Human-readable differences between expected and actual diagnostics; empty when they match exactly. */
    List<String> compare(List<Diagnostic> actual) {
        List<Diagnostic> unmatched = new ArrayList<>(actual);
        List<Expected> missing = new ArrayList<>();
        // pinned columns first, so a column-free expectation cannot steal a diagnostic a pinned one needs
        List<Expected> ordered = new ArrayList<>(expected);
        ordered.sort((a, b) -> Boolean.compare(a.column() < 0, b.column() < 0));
        for (Expected e : ordered) {
            Diagnostic hit = unmatched.stream().filter(e::matches).findFirst().orElse(null);
            if (hit == null) {
                missing.add(e);
            } else {
                unmatched.remove(hit);
            }
        }
        List<String> problems = new ArrayList<>();
        missing.forEach(e -> problems.add("missing  " + e));
        unmatched.forEach(d -> problems.add("extra    " + d));
        return problems;
    }
}
