package org.exhaustionlab.pine.parse;

/** Operator and punctuation spelling, longest match first. */
final class Operators {

    private Operators() {
    }

    static TokenKind twoChar(char a, char b) {
        if (b == '=') {
            return switch (a) {
                case ':' -> TokenKind.REASSIGN;
                case '+' -> TokenKind.PLUS_ASSIGN;
                case '-' -> TokenKind.MINUS_ASSIGN;
                case '*' -> TokenKind.STAR_ASSIGN;
                case '/' -> TokenKind.SLASH_ASSIGN;
                case '%' -> TokenKind.PERCENT_ASSIGN;
                case '=' -> TokenKind.EQ;
                case '!' -> TokenKind.NE;
                case '<' -> TokenKind.LE;
                case '>' -> TokenKind.GE;
                default -> null;
            };
        }
        return a == '=' && b == '>' ? TokenKind.ARROW : null;
    }

    static TokenKind oneChar(char c) {
        return switch (c) {
            case '=' -> TokenKind.ASSIGN;
            case '<' -> TokenKind.LT;
            case '>' -> TokenKind.GT;
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '%' -> TokenKind.PERCENT;
            case '?' -> TokenKind.QUESTION;
            case ':' -> TokenKind.COLON;
            case ',' -> TokenKind.COMMA;
            case '.' -> TokenKind.DOT;
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case '[' -> TokenKind.LBRACKET;
            case ']' -> TokenKind.RBRACKET;
            default -> null;
        };
    }
}
