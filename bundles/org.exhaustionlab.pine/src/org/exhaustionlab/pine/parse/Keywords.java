package org.exhaustionlab.pine.parse;

/**
 * Reserved words. Contextual keywords ({@code to by in as type method enum na const input simple series}) and type
 * names lex as identifiers: they are also ordinary names elsewhere ({@code color.red}, {@code input.int()},
 * {@code string label = ""}), so the parser recognises them by position.
 */
final class Keywords {

    private Keywords() {
    }

    /** The token kind of an identifier-shaped word: a reserved word's own kind, otherwise IDENT. */
    static TokenKind kindOf(String word) {
        return switch (word) {
            case "var" -> TokenKind.VAR;
            case "varip" -> TokenKind.VARIP;
            case "if" -> TokenKind.IF;
            case "else" -> TokenKind.ELSE;
            case "for" -> TokenKind.FOR;
            case "while" -> TokenKind.WHILE;
            case "switch" -> TokenKind.SWITCH;
            case "break" -> TokenKind.BREAK;
            case "continue" -> TokenKind.CONTINUE;
            case "import" -> TokenKind.IMPORT;
            case "export" -> TokenKind.EXPORT;
            case "and" -> TokenKind.AND;
            case "or" -> TokenKind.OR;
            case "not" -> TokenKind.NOT;
            case "true" -> TokenKind.TRUE;
            case "false" -> TokenKind.FALSE;
            default -> TokenKind.IDENT;
        };
    }
}
