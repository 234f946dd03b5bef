package org.exhaustionlab.pine.parse;

import org.exhaustionlab.pine.SourceRange;

/** Scans number, string and colour literal bodies for the {@link Lexer}; each method returns the end offset. */
final class LiteralScanner {

    private final String src;
    private final int length;
    private final DiagnosticSink sink;

    LiteralScanner(String src, DiagnosticSink sink) {
        this.src = src;
        this.length = src.length();
        this.sink = sink;
    }

    /** {@code 12}, {@code 1.5}, {@code 1.}, {@code .5}, {@code 1e10}, {@code 1.5E-3}. */
    int scanNumber(int pos) {
        pos = scanDigits(pos);
        if (pos < length && src.charAt(pos) == '.') {
            pos = scanDigits(pos + 1);
        }
        if (pos < length && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int p = pos + 1;
            if (p < length && (src.charAt(p) == '+' || src.charAt(p) == '-')) {
                p++;
            }
            if (p < length && Lexer.isDigit(src.charAt(p))) {
                pos = scanDigits(p);
            }
        }
        return pos;
    }

    private int scanDigits(int pos) {
        while (pos < length && Lexer.isDigit(src.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    int scanHexDigits(int pos) {
        while (pos < length && Character.digit(src.charAt(pos), 16) >= 0 && src.charAt(pos) < 128) {
            pos++;
        }
        return pos;
    }

    /**
     * Scans a quoted string starting at the quote, appending its decoded value to {@code out}. Escapes: {@code \n
     * \t \\ \' \"} and {@code \}{@code uXXXX}; any other escaped character stands for itself. A string still open at
     * the end of a line continues on the next line when that is a continuation line; otherwise it is reported and
     * ends there.
     */
    int scanString(int start, StringBuilder out, int line, int lineStart) {
        char quote = src.charAt(start);
        int pos = start + 1;
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == quote) {
                return pos + 1;
            }
            if (c == '\n' || c == '\r') {
                int next = continuationStart(pos);
                if (next < 0) {
                    break;
                }
                pos = next;
                continue;
            }
            if (c == '\\' && pos + 1 < length && src.charAt(pos + 1) != '\n') {
                pos = decodeEscape(pos + 1, out);
            } else {
                out.append(c);
                pos++;
            }
        }
        int column = start - lineStart + 1;
        sink.error(new SourceRange(start, start + 1, line, column, line, column + 1), "lex.unterminated-string",
                "string is not closed: add " + quote + " before the end of the line");
        return pos;
    }

    /**
     * Where a string left open at a line break resumes: after the indentation of the next line when that line is a
     * continuation line (indented by a non-multiple of 4, as TradingView accepts), else -1. The line break and the
     * indentation are not part of the value.
     */
    private int continuationStart(int pos) {
        int p = pos;
        if (src.charAt(p) == '\r') {
            p++;
        }
        if (p >= length || src.charAt(p) != '\n') {
            return -1;
        }
        p++;
        int width = 0;
        while (p < length && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
            width += src.charAt(p) == '\t' ? 4 : 1;
            p++;
        }
        boolean blank = p >= length || src.charAt(p) == '\n' || src.charAt(p) == '\r';
        return width % 4 != 0 && !blank ? p : -1;
    }

    private int decodeEscape(int pos, StringBuilder out) {
        char e = src.charAt(pos);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'u' -> {
                int end = pos + 5;
                if (end <= length && scanHexDigits(pos + 1) >= end) {
                    out.append((char) Integer.parseInt(src, pos + 1, end, 16));
                    return end;
                }
                out.append(e);
            }
            default -> out.append(e);
        }
        return pos + 1;
    }
}
