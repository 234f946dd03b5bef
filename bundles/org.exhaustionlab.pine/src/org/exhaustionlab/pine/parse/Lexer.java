package org.exhaustionlab.pine.parse;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.DocAnnotation;

/**
 * Turns source text into tokens, applying Pine's layout rules line by line:
 * <ul>
 * <li>a line indented by a multiple of 4 columns (a tab counts 4) starts a new logical line; deeper or shallower
 * indentation than the enclosing block yields INDENT or DEDENT tokens;</li>
 * <li>a line whose indentation is not a multiple of 4 continues the previous logical line (no NEWLINE);</li>
 * <li>inside open brackets, a line also continues when it is indented deeper than the line that opened them, or
 * when it starts with a closing bracket;</li>
 * <li>blank and comment-only lines are skipped; {@code //@name text} comment lines become annotations.</li>
 * </ul>
 */
final class Lexer {

    private final String src;
    private final int length;
    private final DiagnosticSink sink;
    private final List<Token> tokens = new ArrayList<>();
    private final List<DocAnnotation> annotations = new ArrayList<>();
    private final LiteralScanner literals;
    private int[] indentStack = new int[16];
    private int indentDepth; // number of entries in indentStack; indentStack[0] == 0
    private int pos;
    private int line = 1;
    private int lineStart;
    private int bracketDepth;
    private int logicalIndent;

    Lexer(String src, DiagnosticSink sink) {
        this.src = src;
        this.length = src.length();
        this.sink = sink;
        this.literals = new LiteralScanner(src, sink);
        indentDepth = 1;
        if (length > 0 && src.charAt(0) == '\uFEFF') {
            pos = 1; // a byte order mark is not part of the script
        }
    }

    List<Token> tokens() {
        return tokens;
    }

    List<DocAnnotation> annotations() {
        return annotations;
    }

    Lexer run() {
        while (pos < length) {
            lexLine();
        }
        if (!tokens.isEmpty() && !last().is(TokenKind.NEWLINE)) {
            addLayout(TokenKind.NEWLINE, last().end(), last().endLine(), last().endColumn());
        }
        while (indentDepth > 1) {
            indentDepth--;
            addLayout(TokenKind.DEDENT, length, line, pos - lineStart + 1);
        }
        addLayout(TokenKind.EOF, length, line, pos - lineStart + 1);
        return this;
    }

    private void lexLine() {
        int width = 0;
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width += 4;
            } else if (c != '\r' && c != '\f') {
                break;
            }
            pos++;
        }
        if (pos >= length || isLineEnd(src.charAt(pos))) {
            nextLine();
            return;
        }
        if (src.startsWith("//", pos)) {
            if (pos + 2 < length && src.charAt(pos + 2) == '@') {
                readAnnotation();
            }
            skipToLineEnd();
            nextLine();
            return;
        }
        applyLayout(width);
        lexTokensToLineEnd();
        nextLine();
    }

    private void applyLayout(int width) {
        if (tokens.isEmpty()) {
            logicalIndent = width;
            pushIndentIfDeeper(width / 4);
            return;
        }
        if (width % 4 != 0) {
            return; // continuation of the previous line
        }
        if (bracketDepth > 0) {
            char c = src.charAt(pos);
            if (width > logicalIndent || c == ')' || c == ']') {
                return; // wrapped inside brackets
            }
            bracketDepth = 0; // an unclosed bracket: the parser reports it at the line end
        }
        Token prev = last();
        addLayout(TokenKind.NEWLINE, prev.end(), prev.endLine(), prev.endColumn());
        logicalIndent = width;
        int level = width / 4;
        if (!pushIndentIfDeeper(level)) {
            while (indentDepth > 1 && indentStack[indentDepth - 1] > level) {
                indentDepth--;
                addLayout(TokenKind.DEDENT, pos, line, pos - lineStart + 1);
            }
            if (indentStack[indentDepth - 1] < level) {
                pushIndentIfDeeper(level); // dedent to a level never opened: treat it as a new block
            }
        }
    }

    private boolean pushIndentIfDeeper(int level) {
        int top = indentStack[indentDepth - 1];
        if (level <= top) {
            return false;
        }
        if (indentDepth == indentStack.length) {
            indentStack = java.util.Arrays.copyOf(indentStack, indentDepth * 2);
        }
        indentStack[indentDepth++] = level;
        addLayout(TokenKind.INDENT, pos, line, pos - lineStart + 1);
        return true;
    }

    private void lexTokensToLineEnd() {
        while (pos < length) {
            char c = src.charAt(pos);
            if (isLineEnd(c)) {
                return;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '/' && pos + 1 < length && src.charAt(pos + 1) == '/') {
                skipToLineEnd();
                return;
            } else {
                lexToken(c);
            }
        }
    }

    private void lexToken(char c) {
        int start = pos;
        int column = pos - lineStart + 1;
        if (Character.isJavaIdentifierStart(c) && c != '$') {
            pos++;
            while (pos < length && isIdentPart(src.charAt(pos))) {
                pos++;
            }
            String word = src.substring(start, pos);
            add(Keywords.kindOf(word), word, start, column);
        } else if (isDigit(c) || (c == '.' && pos + 1 < length && isDigit(src.charAt(pos + 1)))) {
            pos = literals.scanNumber(pos);
            String text = src.substring(start, pos);
            add(isFloatText(text) ? TokenKind.FLOAT : TokenKind.INT, text, start, column);
        } else if (c == '"' || c == '\'') {
            StringBuilder value = new StringBuilder();
            pos = literals.scanString(pos, value, line, lineStart);
            int startLine = line;
            for (int i = start; i < pos; i++) {
                if (src.charAt(i) == '\n') { // a string wrapped onto continuation lines
                    line++;
                    lineStart = i + 1;
                }
            }
            tokens.add(new Token(TokenKind.STRING, value.toString(), start, pos, startLine, column, line,
                    pos - lineStart + 1));
        } else if (c == '#') {
            pos = literals.scanHexDigits(pos + 1);
            int digits = pos - start - 1;
            boolean valid = digits == 6 || digits == 8;
            if (!valid) {
                sink.error(range(start, column), "lex.invalid-color", digits == 0
                        ? "'#' starts a colour literal such as #FF0000; comments start with //"
                        : "invalid colour literal: write #RRGGBB or #RRGGBBAA with hex digits");
            }
            add(valid ? TokenKind.COLOR : TokenKind.ERROR, src.substring(start, pos), start, column);
        } else {
            lexOperator(c, start, column);
        }
    }

    private void lexOperator(char c, int start, int column) {
        char n = pos + 1 < length ? src.charAt(pos + 1) : '\0';
        TokenKind kind = Operators.twoChar(c, n);
        int size = 2;
        if (kind == null) {
            kind = Operators.oneChar(c);
            size = 1;
        }
        pos += size;
        if (kind == null) {
            int cp = src.codePointAt(start);
            pos = start + Character.charCount(cp);
            sink.error(range(start, column), "lex.unexpected-character", cp == ';'
                    ? "Pine has no ';': put statements on separate lines or separate them with ','"
                    : "unexpected character '" + new String(Character.toChars(cp)) + "'");
            add(TokenKind.ERROR, src.substring(start, pos), start, column);
            return;
        }
        switch (kind) {
            case LPAREN, LBRACKET -> bracketDepth++;
            case RPAREN, RBRACKET -> bracketDepth = Math.max(0, bracketDepth - 1);
            default -> { }
        }
        add(kind, src.substring(start, pos), start, column);
    }

    private void readAnnotation() {
        int start = pos;
        int column = pos - lineStart + 1;
        int end = pos;
        while (end < length && !isLineEnd(src.charAt(end))) {
            end++;
        }
        int nameStart = pos + 3;
        int nameEnd = nameStart;
        while (nameEnd < end && isIdentPart(src.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = src.substring(nameStart, nameEnd);
        String rest = src.substring(nameEnd, end).trim();
        if (name.equals("version") && rest.startsWith("=")) {
            rest = rest.substring(1).trim();
            int space = rest.indexOf(' ');
            rest = space < 0 ? rest : rest.substring(0, space); // '//@version=5 // comment'
        }
        SourceRange r = new SourceRange(start, end, line, column, line, column + (end - start));
        annotations.add(new DocAnnotation(r, name, rest));
    }

    private void skipToLineEnd() {
        while (pos < length && !isLineEnd(src.charAt(pos))) {
            pos++;
        }
    }

    private void nextLine() {
        if (pos < length) {
            pos++; // the '\n'
        }
        line++;
        lineStart = pos;
    }

    private void add(TokenKind kind, String text, int start, int column) {
        tokens.add(new Token(kind, text, start, pos, line, column, line, column + (pos - start)));
    }

    private void addLayout(TokenKind kind, int offset, int atLine, int column) {
        tokens.add(new Token(kind, "", offset, offset, atLine, column, atLine, column));
    }

    private Token last() {
        return tokens.get(tokens.size() - 1);
    }

    private SourceRange range(int start, int column) {
        return new SourceRange(start, pos, line, column, line, column + (pos - start));
    }

    private static boolean isLineEnd(char c) {
        return c == '\n';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentPart(char c) {
        return Character.isJavaIdentifierPart(c) && c != '$';
    }

    private static boolean isFloatText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return true;
            }
        }
        return false;
    }
}
