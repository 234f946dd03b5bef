package org.exhaustionlab.pine.ide;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.ast.Script;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.catalog.CatalogEntry;
import org.exhaustionlab.pine.catalog.CatalogExtensions;
import org.exhaustionlab.pine.catalog.FunctionSig;
import org.exhaustionlab.pine.catalog.NamespaceEntry;
import org.exhaustionlab.pine.catalog.Param;
import org.exhaustionlab.pine.catalog.ValueSig;
import org.exhaustionlab.pine.parse.SourceTokens;

/**
 * Content assist: after {@code ns.} the namespace's members; inside a call's parentheses at the start of an argument
 * the parameters not given yet as {@code name = }; everywhere else the script's own names visible at the position
 * (innermost first), the global built-ins and namespaces, and the keywords. Proposals are filtered by the word typed
 * so far (case-insensitive prefix).
 *
 * @implNote Stateless; lexes and parses the source on each call. Never throws.
 */
public final class PineCompletion {

    /** A list longer than this is no help; the user types more letters. */
    static final int MAX_PROPOSALS = 500;

    static final List<String> KEYWORDS = List.of("and", "or", "not", "if", "else", "for", "to", "by", "in", "while",
            "switch", "var", "varip", "true", "false", "break", "continue", "import", "export", "method", "type",
            "enum", "const", "simple", "series", "na");

    private PineCompletion() {
    }

    /** Proposals at {@code offset} with the active catalog. */
    public static CompletionResult at(String source, int offset) {
        return at(source, offset, CatalogExtensions.active());
    }

    public static CompletionResult at(String source, int offset, BuiltinCatalog catalog) {
        String text = source == null ? "" : source;
        int at = Math.max(0, Math.min(offset, text.length()));
        int start = at;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        try {
            return new CompletionResult(start, at, proposals(text, start, at, catalog));
        } catch (RuntimeException | StackOverflowError e) {
            return new CompletionResult(start, at, List.of()); // content assist must never break the editor
        }
    }

    private static List<CompletionProposal> proposals(String text, int start, int at, BuiltinCatalog catalog) {
        if (inCommentOrString(text, start)) {
            return List.of();
        }
        String prefix = text.substring(start, at);
        List<CompletionProposal> out = new ArrayList<>();
        if (start > 0 && text.charAt(start - 1) == '.') {
            String qualifier = qualifierBefore(text, start - 1);
            if (catalog.isNamespace(qualifier)) {
                members(catalog, qualifier, out);
            }
            return filter(out, prefix);
        }
        Script script = PineParser.parse(text).script();
        CallContext call = CallContext.at(SourceTokens.lex(text).lexemes(), at);
        if (call != null && call.argumentStart()) {
            namedArguments(catalog, script, call, out);
        }
        List<Declaration> own = ScopeCollector.visible(script, start, text);
        for (int k = own.size() - 1; k >= 0; k--) {
            Declaration d = own.get(k);
            boolean function = d.kind() == ProposalKind.FUNCTION;
            out.add(new CompletionProposal(d.name(), function ? d.name() + "()" : d.name(),
                    function ? d.name().length() + 1 : d.name().length(), d.kind(), d.detail(), ""));
        }
        members(catalog, "", out);
        for (String k : KEYWORDS) {
            out.add(new CompletionProposal(k, k, k.length(), ProposalKind.KEYWORD, "keyword", ""));
        }
        return filter(out, prefix);
    }

    private static void namedArguments(BuiltinCatalog catalog, Script script, CallContext call,
            List<CompletionProposal> out) {
        Set<String> seen = new LinkedHashSet<>(call.namedGiven());
        for (FunctionSig sig : catalog.functions(call.callee())) {
            for (int i = 0; i < sig.params().size(); i++) {
                Param p = sig.params().get(i);
                if (i >= call.argumentIndex() && seen.add(p.name())) {
                    out.add(namedArgument(p.name(), p.toString(), p.doc()));
                }
            }
        }
        List<Declaration> own = ScopeCollector.userFunctionParameters(script, call.callee());
        for (int i = call.argumentIndex(); i < own.size(); i++) {
            Declaration p = own.get(i);
            if (seen.add(p.name())) {
                out.add(namedArgument(p.name(), p.detail(), ""));
            }
        }
    }

    private static CompletionProposal namedArgument(String name, String detail, String doc) {
        String insert = name + " = ";
        return new CompletionProposal(name + " =", insert, insert.length(), ProposalKind.NAMED_ARGUMENT, detail, doc);
    }

    /** The members of a namespace ({@code ""}: the globals), one proposal per distinct name. */
    private static void members(BuiltinCatalog catalog, String namespace, List<CompletionProposal> out) {
        Set<String> seen = new LinkedHashSet<>();
        for (CatalogEntry e : catalog.namespaceMembers(namespace)) {
            if (e.availability().isDeprecated() || !seen.add(e.name())) {
                continue;
            }
            String simple = e.simpleName();
            if (e instanceof FunctionSig) {
                List<FunctionSig> overloads = catalog.functions(e.name());
                boolean noArgs = overloads.stream().allMatch(f -> f.params().isEmpty());
                String insert = simple + "()";
                out.add(new CompletionProposal(simple, insert, noArgs ? insert.length() : simple.length() + 1,
                        ProposalKind.BUILTIN_FUNCTION, overloads.get(0).display(), CatalogDocs.function(overloads)));
            } else if (e instanceof ValueSig v) {
                out.add(new CompletionProposal(simple, simple, simple.length(), v.constant()
                        ? ProposalKind.BUILTIN_CONSTANT : ProposalKind.BUILTIN_VARIABLE, v.name() + ": " + v.type(),
                        CatalogDocs.value(v)));
            } else if (e instanceof NamespaceEntry) {
                out.add(new CompletionProposal(simple, simple, simple.length(), ProposalKind.NAMESPACE,
                        CatalogDocs.namespace(catalog, e.name()), ""));
            }
        }
    }

    private static List<CompletionProposal> filter(List<CompletionProposal> all, String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        List<CompletionProposal> out = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (CompletionProposal c : all) {
            if (c.label().toLowerCase(Locale.ROOT).startsWith(p) && labels.add(c.label())
                    && out.size() < MAX_PROPOSALS) {
                out.add(c);
            }
        }
        return out;
    }

    /** The dotted name ending just before the '.' at {@code dot}: {@code strategy.closedtrades} in "...closedtrades.". */
    static String qualifierBefore(String text, int dot) {
        int k = dot;
        while (k > 0 && (isWordChar(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        return text.substring(k, dot);
    }

    /** True when {@code offset} is inside a {@code //} comment or a string on its line. */
    static boolean inCommentOrString(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        if (offset == 0) {
            lineStart = 0;
        }
        char quote = 0;
        for (int k = lineStart; k < offset; k++) {
            char c = text.charAt(k);
            if (quote != 0) {
                if (c == '\\') {
                    k++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && k + 1 < offset && text.charAt(k + 1) == '/') {
                return true;
            }
        }
        return quote != 0;
    }

    private static boolean isWordChar(char c) {
        return Character.isJavaIdentifierPart(c) && c != '$';
    }
}
