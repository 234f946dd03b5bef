package org.exhaustionlab.pine.check;

import java.util.List;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.PineParser;

/**
 * Facade for tools (CLI {@code exhaustionlab check}, editor, LLM repair loop): parse + check one source text and
 * print the diagnostics as {@code file:line:col: severity: message [code]} lines or as JSON.
 */
public final class PineChecker {

    private PineChecker() {
    }

    /** Parses and checks {@code source}; the result's diagnostics are sorted by position. Never throws. */
    public static CheckResult check(String source, String fileName) {
        return Checker.check(PineParser.parse(source == null ? "" : source));
    }

    /** One line per diagnostic: {@code file:line:col: error: message [code]}. */
    public static String formatText(String fileName, List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(fileName).append(':').append(d.line()).append(':').append(d.column()).append(": ")
                    .append(d.severity().label()).append(": ").append(d.message()).append(" [").append(d.code())
                    .append("]\n");
        }
        return out.toString();
    }

    /**
     * A JSON object {@code {"file": ..., "diagnostics": [{"line", "column", "endLine", "endColumn", "severity",
     * "code", "message"}, ...]}}; lines and columns are 1-based, end columns exclusive.
     */
    public static String formatJson(String fileName, List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder("{\"file\":").append(quote(fileName)).append(",\"diagnostics\":[");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            out.append(i == 0 ? "" : ",").append("{\"line\":").append(d.line()).append(",\"column\":")
                    .append(d.column()).append(",\"endLine\":").append(d.range().endLine()).append(",\"endColumn\":")
                    .append(d.range().endColumn()).append(",\"severity\":").append(quote(d.severity().label()))
                    .append(",\"code\":").append(quote(d.code())).append(",\"message\":").append(quote(d.message()))
                    .append('}');
        }
        return out.append("]}").toString();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
