package org.exhaustionlab.pine.check;

import org.exhaustionlab.pine.ast.DeclMode;
import org.exhaustionlab.pine.ast.Node;
import org.exhaustionlab.pine.catalog.CatalogEntry;
import org.exhaustionlab.pine.catalog.PineType;

/**
 * A named thing a script refers to.
 *
 * @param kind        what it is
 * @param name        the name as written ({@code ta.sma} for built-ins, {@code x} for variables)
 * @param declaration the declaring node ({@code VarDecl}, {@code TupleDecl}, {@code Parameter}, {@code ForExpr},
 *                    {@code ForInExpr}, {@code FunctionDecl}, {@code TypeDecl}, {@code FieldDecl}, {@code EnumDecl},
 *                    {@code EnumMember}, {@code ImportStmt}); null for built-ins
 * @param type        declared or inferred type; null when unknown (and for functions, namespaces, types)
 * @param mode        var/varip/plain for variables; {@link DeclMode#NONE} for everything else
 * @param slot        for variables and parameters: index unique within the owning frame (0-based), else -1
 * @param frame       node id of the owning {@code FunctionDecl}, or -1 for the global frame (and non-variables)
 * @param builtin     the catalog entry for built-ins, else null
 */
public record Symbol(SymbolKind kind, String name, Node declaration, PineType type, DeclMode mode, int slot,
        int frame, CatalogEntry builtin) {

    /** True for variables, parameters and loop counters: the things that live in a frame slot. */
    public boolean isVariable() {
        return kind == SymbolKind.GLOBAL_VAR || kind == SymbolKind.LOCAL_VAR || kind == SymbolKind.PARAMETER;
    }

    @Override
    public String toString() {
        return kind + " " + name + (type == null ? "" : ": " + type) + (slot >= 0 ? " @" + frame + ":" + slot : "");
    }
}
