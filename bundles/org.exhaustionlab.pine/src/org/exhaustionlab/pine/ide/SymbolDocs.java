package org.exhaustionlab.pine.ide;

import java.util.List;
import org.exhaustionlab.pine.ast.DocAnnotation;
import org.exhaustionlab.pine.ast.EnumDecl;
import org.exhaustionlab.pine.ast.FunctionDecl;
import org.exhaustionlab.pine.ast.Node;
import org.exhaustionlab.pine.ast.TypeDecl;
import org.exhaustionlab.pine.ast.VarDecl;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.check.Symbol;

/** Hover texts for the symbols the checker resolved: what it is, its type, where and how it is declared. */
final class SymbolDocs {

    private SymbolDocs() {
    }

    static String describe(Symbol s, String text, BuiltinCatalog catalog) {
        if (s.builtin() != null) {
            return CatalogDocs.describe(catalog, s.builtin().name(), true).orElse(s.builtin().name());
        }
        StringBuilder b = new StringBuilder(label(s)).append(' ').append(s.name());
        if (s.type() != null) {
            b.append(": ").append(s.type());
        }
        Node decl = s.declaration();
        if (decl != null) {
            int start = decl.range().startOffset();
            int lineEnd = text.indexOf('\n', start);
            String line = text.substring(start, lineEnd < 0 ? text.length() : lineEnd).strip();
            b.append("\n\nline ").append(decl.range().startLine()).append(": ").append(line);
            docs(decl, b);
        }
        return b.toString();
    }

    private static String label(Symbol s) {
        return switch (s.kind()) {
            case GLOBAL_VAR -> "variable";
            case LOCAL_VAR -> "local variable";
            case PARAMETER -> "parameter";
            case USER_FUNCTION -> "function";
            case USER_METHOD -> "method";
            case USER_TYPE -> "type";
            case ENUM -> "enum";
            case ENUM_MEMBER -> "enum member";
            case FIELD -> "field";
            case LIBRARY_ALIAS -> "library";
            case BUILTIN_VARIABLE -> "built-in variable";
            case BUILTIN_CONSTANT -> "built-in constant";
            case BUILTIN_FUNCTION -> "built-in function";
            case NAMESPACE -> "namespace";
        };
    }

    /** The {@code //@function}, {@code //@param}, {@code //@variable} ... comments written above a declaration. */
    private static void docs(Node decl, StringBuilder b) {
        List<DocAnnotation> docs = List.of();
        if (decl instanceof FunctionDecl f) {
            docs = f.docs();
        } else if (decl instanceof VarDecl v) {
            docs = v.docs();
        } else if (decl instanceof TypeDecl t) {
            docs = t.docs();
        } else if (decl instanceof EnumDecl e) {
            docs = e.docs();
        }
        if (!docs.isEmpty()) {
            b.append('\n');
            for (DocAnnotation d : docs) {
                b.append("\n@").append(d.name()).append(' ').append(d.text());
            }
        }
    }
}
