package org.exhaustionlab.pine.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code .pinedef} declaration format (described at the top of {@code core.pinedef}). Collects every
 * problem with its {@code file:line} and reports them together, so one broken edit does not hide the next.
 */
final class CatalogParser {
    private final String sourceName;
    private final List<LocatedEntry> entries = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** namespace → the type a function of that namespace must take first to be callable as a method. */
    private final Map<String, String> methodNamespaces = new HashMap<>();
    private final DeclarationParser declarations = new DeclarationParser(methodNamespaces);

    private CatalogParser(String sourceName) {
        this.sourceName = sourceName;
    }

    /** Parses one file; throws {@link CatalogFormatException} listing every malformed line. */
    static List<LocatedEntry> parse(String sourceName, Reader reader) throws IOException {
        CatalogParser parser = new CatalogParser(sourceName);
        parser.readAll(new BufferedReader(reader));
        if (!parser.problems.isEmpty()) {
            throw new CatalogFormatException(parser.problems);
        }
        return List.copyOf(parser.entries);
    }

    private void readAll(BufferedReader in) throws IOException {
        StringBuilder pending = null;
        int pendingLine = 0;
        int lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            boolean continuation = Character.isWhitespace(line.charAt(0));
            if (continuation) {
                if (pending == null) {
                    problem(lineNo, "indented line continues nothing (only continuation lines are indented)");
                } else {
                    pending.append(' ').append(trimmed);
                }
                continue;
            }
            if (pending != null) {
                declaration(pendingLine, pending.toString());
            }
            pending = new StringBuilder(trimmed);
            pendingLine = lineNo;
        }
        if (pending != null) {
            declaration(pendingLine, pending.toString());
        }
    }

    private void declaration(int lineNo, String text) {
        try {
            if (text.startsWith("@methods ")) {
                methodsDirective(text.substring("@methods ".length()));
            } else {
                entries.add(new LocatedEntry(sourceName + ":" + lineNo, declarations.parse(text)));
            }
        } catch (IllegalArgumentException e) {
            problem(lineNo, e.getMessage());
        }
    }

    /** {@code @methods array=array str=string ...}: which namespaces offer method-call syntax, and on which type. */
    private void methodsDirective(String args) {
        for (String pair : args.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("@methods expects namespace=type pairs, got '" + pair + "'");
            }
            methodNamespaces.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
    }

    /** An entry with the {@code file:line} it was declared at, for cross-file error messages. */
    record LocatedEntry(String where, CatalogEntry entry) {
    }

    private void problem(int lineNo, String message) {
        problems.add(sourceName + ":" + lineNo + ": " + message);
    }
}
