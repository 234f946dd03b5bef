package org.exhaustionlab.pine.parse;

/**
 * Token kinds. Only reserved words get their own kind; words that Pine treats as keywords in some positions only
 * ({@code to by in as type method enum na const input simple series} and the built-in type names, which double as
 * namespaces such as {@code color.red} or functions such as {@code int(x)}) stay {@link #IDENT} and are recognised
 * by the parser from context.
 */
enum TokenKind {
    IDENT, INT, FLOAT, STRING, COLOR,
    // reserved words
    VAR, VARIP, IF, ELSE, FOR, WHILE, SWITCH, BREAK, CONTINUE, IMPORT, EXPORT, AND, OR, NOT, TRUE, FALSE,
    // operators and punctuation
    ASSIGN, REASSIGN, PLUS_ASSIGN, MINUS_ASSIGN, STAR_ASSIGN, SLASH_ASSIGN, PERCENT_ASSIGN, ARROW,
    EQ, NE, LT, LE, GT, GE, PLUS, MINUS, STAR, SLASH, PERCENT, QUESTION, COLON, COMMA, DOT,
    LPAREN, RPAREN, LBRACKET, RBRACKET,
    // layout
    NEWLINE, INDENT, DEDENT, EOF,
    /** Text the lexer could not read; it already reported a diagnostic for it. */
    ERROR;

    /** How the token is shown in messages. */
    String display() {
        return switch (this) {
            case IDENT -> "name";
            case INT, FLOAT -> "number";
            case STRING -> "string";
            case COLOR -> "colour";
            case ASSIGN -> "'='";
            case REASSIGN -> "':='";
            case PLUS_ASSIGN -> "'+='";
            case MINUS_ASSIGN -> "'-='";
            case STAR_ASSIGN -> "'*='";
            case SLASH_ASSIGN -> "'/='";
            case PERCENT_ASSIGN -> "'%='";
            case ARROW -> "'=>'";
            case EQ -> "'=='";
            case NE -> "'!='";
            case LT -> "'<'";
            case LE -> "'<='";
            case GT -> "'>'";
            case GE -> "'>='";
            case PLUS -> "'+'";
            case MINUS -> "'-'";
            case STAR -> "'*'";
            case SLASH -> "'/'";
            case PERCENT -> "'%'";
            case QUESTION -> "'?'";
            case COLON -> "':'";
            case COMMA -> "','";
            case DOT -> "'.'";
            case LPAREN -> "'('";
            case RPAREN -> "')'";
            case LBRACKET -> "'['";
            case RBRACKET -> "']'";
            case NEWLINE -> "end of line";
            case INDENT -> "indented block";
            case DEDENT -> "end of block";
            case EOF -> "end of file";
            case ERROR -> "invalid text";
            default -> "'" + name().toLowerCase(java.util.Locale.ROOT) + "'";
        };
    }
}
