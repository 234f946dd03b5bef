package org.exhaustionlab.pine.ide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exhaustionlab.pine.ast.DocAnnotation;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.catalog.CatalogExtensions;
import org.exhaustionlab.pine.parse.SourceTokens;
import org.exhaustionlab.pine.parse.SourceTokens.Kind;
import org.exhaustionlab.pine.parse.SourceTokens.Lexeme;

/**
 * Colouring for Pine source from the parser's own lexer: every lexeme gets a {@link PineTokenKind}, names are told
 * apart with the built-in catalog (a call of a catalog function, a catalog variable, a namespace prefix, a type where
 * a type is written), and the gaps between lexemes give the comments.
 *
 * @implNote Stateless; runs in time linear in the source. Never throws.
 */
public final class PineHighlighter {

    /** Words that are keywords only in some positions; the lexer leaves them as identifiers. */
    static final Set<String> CONTEXTUAL_KEYWORDS = Set.of("to", "by", "in", "as", "type", "method", "enum", "const",
            "simple", "series");

    private PineHighlighter() {
    }

    /** The tokens of {@code source} with the active catalog (built-ins and installed add-ons), in offset order, not overlapping. */
    public static List<PineToken> tokens(String source) {
        return tokens(source, CatalogExtensions.active());
    }

    /** As {@link #tokens(String)} with a catalog that may include add-on libraries. */
    public static List<PineToken> tokens(String source, BuiltinCatalog catalog) {
        String text = source == null ? "" : source;
        SourceTokens.Lexed lexed = SourceTokens.lex(text);
        List<Lexeme> lexemes = lexed.lexemes();
        List<PineToken> out = new ArrayList<>(lexemes.size() + 16);
        int previousEnd = 0;
        int i = 0;
        while (i < lexemes.size()) {
            Lexeme l = lexemes.get(i);
            comments(text, previousEnd, l.start(), lexed.annotations(), out);
            if (l.kind() == Kind.IDENTIFIER) {
                int end = NameChains.chainEnd(lexemes, i);
                names(lexemes, i, end, catalog, out);
                previousEnd = lexemes.get(end).end();
                i = end + 1;
                continue;
            }
            out.add(new PineToken(l.start(), l.end() - l.start(), simpleKind(l.kind())));
            previousEnd = l.end();
            i++;
        }
        comments(text, previousEnd, text.length(), lexed.annotations(), out);
        return out;
    }

    private static PineTokenKind simpleKind(Kind kind) {
        return switch (kind) {
            case RESERVED_WORD -> PineTokenKind.KEYWORD;
            case NUMBER -> PineTokenKind.NUMBER;
            case STRING -> PineTokenKind.STRING;
            case COLOR -> PineTokenKind.COLOR;
            case INVALID -> PineTokenKind.INVALID;
            case OPERATOR -> PineTokenKind.OPERATOR;
            case IDENTIFIER -> PineTokenKind.IDENTIFIER;
        };
    }

    /** Comments and annotation lines in the gap {@code [from, to)} between two lexemes. */
    private static void comments(String text, int from, int to, List<DocAnnotation> annotations,
            List<PineToken> out) {
        int pos = from;
        while (pos < to) {
            int start = text.indexOf("//", pos);
            if (start < 0 || start >= to) {
                return;
            }
            int lineEnd = text.indexOf('\n', start);
            int end = Math.min(lineEnd < 0 ? text.length() : lineEnd, to);
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            boolean annotation = annotations.stream().anyMatch(a -> a.range().startOffset() == start);
            out.add(new PineToken(start, end - start, annotation ? PineTokenKind.ANNOTATION : PineTokenKind.COMMENT));
            pos = Math.max(end, start + 2);
        }
    }

    /** The identifiers of the chain {@code from..to} (with the dots between them). */
    private static void names(List<Lexeme> lexemes, int from, int to, BuiltinCatalog catalog, List<PineToken> out) {
        String qualified = NameChains.text(lexemes, from, to);
        Lexeme next = to + 1 < lexemes.size() ? lexemes.get(to + 1) : null;
        Lexeme before = from > 0 ? lexemes.get(from - 1) : null;
        boolean call = next != null && (next.isOperator("(") || (next.isOperator("<") && isGenericCall(lexemes, to)));
        PineTokenKind whole = null;
        if (call && !catalog.functions(qualified).isEmpty()) {
            whole = PineTokenKind.BUILTIN_FUNCTION;
        } else if (!call && catalog.value(qualified).isPresent()) {
            whole = PineTokenKind.BUILTIN_VARIABLE;
        }
        for (int k = from; k <= to; k += 2) {
            PineTokenKind kind = whole;
            if (kind == null) {
                kind = segmentKind(lexemes, from, k, to, call, next, before, catalog);
            }
            Lexeme seg = lexemes.get(k);
            out.add(new PineToken(seg.start(), seg.end() - seg.start(), kind));
            if (k < to) {
                Lexeme dot = lexemes.get(k + 1);
                out.add(new PineToken(dot.start(), dot.end() - dot.start(), PineTokenKind.OPERATOR));
            }
        }
    }

    private static PineTokenKind segmentKind(List<Lexeme> lexemes, int from, int k, int to, boolean call, Lexeme next,
            Lexeme before, BuiltinCatalog catalog) {
        String word = lexemes.get(k).text();
        if (k < to) {
            String prefix = NameChains.text(lexemes, from, k);
            return catalog.isNamespace(prefix) ? PineTokenKind.NAMESPACE : PineTokenKind.IDENTIFIER;
        }
        if (k > from) {
            // the member of something that is not a built-in: a method call on a value (a.get(0)) or a field
            return call && !catalog.methods(word).isEmpty() ? PineTokenKind.BUILTIN_FUNCTION
                    : PineTokenKind.IDENTIFIER;
        }
        boolean assigned = next != null && (next.isOperator("=") || next.isOperator(":="));
        boolean member = before != null && before.isOperator(".");
        if (!assigned && !member && !call && CONTEXTUAL_KEYWORDS.contains(word)) {
            return PineTokenKind.KEYWORD;
        }
        if (!call && !assigned && catalog.type(word).isPresent() && next != null
                && (next.kind() == Kind.IDENTIFIER || next.isOperator("<") || next.isOperator("[")
                        || next.isOperator(">") || next.isOperator(","))) {
            return PineTokenKind.TYPE;
        }
        if (!call && catalog.isNamespace(word)) {
            return PineTokenKind.NAMESPACE;
        }
        return PineTokenKind.IDENTIFIER;
    }

    /** True for {@code array.new<float>(}: a type-argument list closed by '>' and followed by '('. */
    private static boolean isGenericCall(List<Lexeme> lexemes, int nameIndex) {
        int depth = 0;
        for (int k = nameIndex + 1; k < lexemes.size() && k < nameIndex + 24; k++) {
            Lexeme l = lexemes.get(k);
            if (l.isOperator("<")) {
                depth++;
            } else if (l.isOperator(">")) {
                depth--;
                if (depth == 0) {
                    return k + 1 < lexemes.size() && lexemes.get(k + 1).isOperator("(");
                }
            } else if (l.kind() != Kind.IDENTIFIER && !l.isOperator(",") && !l.isOperator(".")) {
                return false;
            }
        }
        return false;
    }
}
