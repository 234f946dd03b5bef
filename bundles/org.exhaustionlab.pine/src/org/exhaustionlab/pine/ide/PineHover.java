package org.exhaustionlab.pine.ide;

import java.util.List;
import java.util.Optional;
import org.exhaustionlab.pine.ParseResult;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.ast.Identifier;
import org.exhaustionlab.pine.ast.MemberAccess;
import org.exhaustionlab.pine.ast.Name;
import org.exhaustionlab.pine.ast.Node;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.catalog.CatalogExtensions;
import org.exhaustionlab.pine.catalog.FunctionSig;
import org.exhaustionlab.pine.catalog.Param;
import org.exhaustionlab.pine.check.CheckResult;
import org.exhaustionlab.pine.check.Checker;
import org.exhaustionlab.pine.check.Symbol;
import org.exhaustionlab.pine.parse.SourceTokens;
import org.exhaustionlab.pine.parse.SourceTokens.Kind;
import org.exhaustionlab.pine.parse.SourceTokens.Lexeme;

/**
 * Hover texts: built-ins (functions with every overload, parameters and description, variables, constants,
 * namespaces, types) from the catalog, named arguments from the called function's parameters, and the script's own
 * variables, parameters and functions from the checker's semantic model.
 *
 * @implNote Stateless; parses and checks the source on each call (the editor asks once per hover). Never throws.
 */
public final class PineHover {

    private PineHover() {
    }

    /** The hover at {@code offset} with the active catalog, or empty when there is nothing to say. */
    public static Optional<HoverInfo> at(String source, int offset) {
        return at(source, offset, CatalogExtensions.active());
    }

    public static Optional<HoverInfo> at(String source, int offset, BuiltinCatalog catalog) {
        String text = source == null ? "" : source;
        try {
            return find(text, offset, catalog);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty(); // a hover must never break the editor
        }
    }

    private static Optional<HoverInfo> find(String text, int offset, BuiltinCatalog catalog) {
        List<Lexeme> lexemes = SourceTokens.lex(text).lexemes();
        int i = NameChains.lexemeAt(lexemes, offset);
        if (i < 0 || lexemes.get(i).kind() != Kind.IDENTIFIER) {
            return Optional.empty();
        }
        Lexeme word = lexemes.get(i);
        int start = NameChains.chainStart(lexemes, i);
        int end = NameChains.chainEnd(lexemes, i);
        Lexeme next = end + 1 < lexemes.size() ? lexemes.get(end + 1) : null;
        Lexeme after = i + 1 < lexemes.size() ? lexemes.get(i + 1) : null;
        // a named argument: ta.sma(close, length = 14)
        if (start == i && end == i && after != null && after.isOperator("=")) {
            CallContext call = CallContext.at(lexemes, word.start());
            if (call != null) {
                Optional<String> param = namedArgument(text, call.callee(), word.text(), catalog);
                if (param.isPresent()) {
                    return Optional.of(new HoverInfo(word.start(), word.end(), param.get()));
                }
            }
        }
        // a built-in: the dotted name up to the hovered segment
        String qualified = NameChains.text(lexemes, start, i);
        boolean called = i == end && next != null && (next.isOperator("(") || next.isOperator("<"));
        Optional<String> builtin = CatalogDocs.describe(catalog, qualified, called);
        if (builtin.isPresent() && !declaredInScript(text, start, lexemes, qualified)) {
            return Optional.of(new HoverInfo(word.start(), word.end(), builtin.get()));
        }
        Optional<String> own = fromModel(text, offset, catalog);
        if (own.isPresent()) {
            return Optional.of(new HoverInfo(word.start(), word.end(), own.get()));
        }
        if (i > start && called && !catalog.methods(word.text()).isEmpty()) { // a method call on a value: a.get(0)
            return Optional.of(new HoverInfo(word.start(), word.end(), CatalogDocs.function(
                    catalog.methods(word.text()))));
        }
        return Optional.empty();
    }

    /** True when a one-word name is the script's own (a variable called {@code src} shadows nothing built in). */
    private static boolean declaredInScript(String text, int start, List<Lexeme> lexemes, String qualified) {
        if (qualified.indexOf('.') >= 0) {
            return false;
        }
        return ScopeCollector.visible(PineParser.parse(text).script(), lexemes.get(start).start()).stream()
                .anyMatch(d -> d.name().equals(qualified));
    }

    private static Optional<String> namedArgument(String text, String callee, String name, BuiltinCatalog catalog) {
        for (FunctionSig sig : catalog.functions(callee)) {
            Optional<Param> p = sig.param(name);
            if (p.isPresent()) {
                return Optional.of("parameter of " + callee + "\n" + CatalogDocs.param(p.get()));
            }
        }
        return ScopeCollector.userFunctionParameters(PineParser.parse(text).script(), callee).stream()
                .filter(p -> p.name().equals(name)).findFirst()
                .map(p -> "parameter of " + callee + "\n" + p.detail());
    }

    /** The script's own names, as the checker resolved them. */
    private static Optional<String> fromModel(String text, int offset, BuiltinCatalog catalog) {
        ParseResult parsed = PineParser.parse(text);
        CheckResult checked = Checker.check(parsed, catalog);
        List<Node> path = AstPaths.at(parsed.script(), offset);
        for (int k = path.size() - 1; k >= 0; k--) {
            Node n = path.get(k);
            if (n instanceof Identifier || n instanceof MemberAccess || n instanceof Name) {
                Symbol s = checked.model().symbolOf(n.id());
                if (s == null && n instanceof Name && k > 0 && path.get(k - 1) instanceof MemberAccess) {
                    s = checked.model().symbolOf(path.get(k - 1).id());
                }
                if (s != null) {
                    return Optional.of(SymbolDocs.describe(s, text, catalog));
                }
                if (n instanceof Identifier) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
