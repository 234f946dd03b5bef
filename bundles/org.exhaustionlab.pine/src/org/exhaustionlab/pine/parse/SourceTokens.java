package org.exhaustionlab.pine.parse;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.ast.DocAnnotation;

/**
 * The lexer's tokens for tools that colour or inspect source text (the editor's colouring, hover and completion):
 * exactly the tokens the parser sees, without the layout tokens. Comments are not tokens; {@code //@} annotation
 * lines are listed separately.
 */
public final class SourceTokens {

    /** What a lexeme is, coarsely: enough to colour it. */
    public enum Kind {
        /** A name, including contextual keywords and type names ({@code to}, {@code float}, {@code color}). */
        IDENTIFIER,
        /** A reserved word: {@code if}, {@code var}, {@code and}, {@code true} ... */
        RESERVED_WORD,
        NUMBER,
        /** A string literal; the range includes the quotes. */
        STRING,
        /** A colour literal such as {@code #FF0000}. */
        COLOR,
        /** Operators and punctuation. */
        OPERATOR,
        /** Text the lexer could not read (it reports a diagnostic for it). */
        INVALID
    }

    /** One token: {@code [start, end)} offsets into the source; {@code text} is the source text of the token. */
    public record Lexeme(Kind kind, int start, int end, String text) {

        public boolean isOperator(String op) {
            return kind == Kind.OPERATOR && text.equals(op);
        }
    }

    /** The lexemes in source order and the annotation comments. */
    public record Lexed(List<Lexeme> lexemes, List<DocAnnotation> annotations) {

        public Lexed {
            lexemes = List.copyOf(lexemes);
            annotations = List.copyOf(annotations);
        }
    }

    private SourceTokens() {
    }

    /** Lexes {@code source}; never throws. */
    public static Lexed lex(String source) {
        String text = source == null ? "" : source;
        Lexer lexer = new Lexer(text, new DiagnosticSink()).run();
        List<Lexeme> out = new ArrayList<>();
        for (Token t : lexer.tokens()) {
            Kind kind = kindOf(t.kind());
            if (kind != null && t.end() > t.start()) {
                out.add(new Lexeme(kind, t.start(), t.end(), text.substring(t.start(), t.end())));
            }
        }
        return new Lexed(out, lexer.annotations());
    }

    private static Kind kindOf(TokenKind kind) {
        return switch (kind) {
            case IDENT -> Kind.IDENTIFIER;
            case INT, FLOAT -> Kind.NUMBER;
            case STRING -> Kind.STRING;
            case COLOR -> Kind.COLOR;
            case ERROR -> Kind.INVALID;
            case NEWLINE, INDENT, DEDENT, EOF -> null;
            case VAR, VARIP, IF, ELSE, FOR, WHILE, SWITCH, BREAK, CONTINUE, IMPORT, EXPORT, AND, OR, NOT, TRUE,
                    FALSE -> Kind.RESERVED_WORD;
            default -> Kind.OPERATOR;
        };
    }
}
