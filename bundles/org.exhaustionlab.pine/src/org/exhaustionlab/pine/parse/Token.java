package org.exhaustionlab.pine.parse;

import org.exhaustionlab.pine.SourceRange;

/**
 * One token. {@code text} is the source text, except for {@link TokenKind#STRING} where it is the decoded value.
 * Only strings wrapped onto continuation lines span lines; layout tokens (NEWLINE, INDENT, DEDENT, EOF) are empty.
 */
record Token(TokenKind kind, String text, int start, int end, int line, int column, int endLine, int endColumn) {

    boolean is(TokenKind k) {
        return kind == k;
    }

    /** True for an identifier spelled {@code word} (used for contextual keywords). */
    boolean isWord(String word) {
        return kind == TokenKind.IDENT && text.equals(word);
    }

    SourceRange range() {
        return new SourceRange(start, end, line, column, endLine, endColumn);
    }

    /** How the token is quoted in messages. */
    String describe() {
        return switch (kind) {
            case IDENT, INT, FLOAT, COLOR -> "'" + text + "'";
            case STRING -> "string";
            default -> kind.display();
        };
    }
}
