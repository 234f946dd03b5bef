package org.exhaustionlab.pine.check;

import java.util.Collections;
import java.util.Map;
import org.exhaustionlab.pine.ast.FunctionDecl;
import org.exhaustionlab.pine.ast.Script;
import org.exhaustionlab.pine.catalog.PineType;

/**
 * What the checker resolved, keyed by AST node id ({@code Node.id()}, dense {@code 0 .. Script.nodeCount()-1}).
 * Immutable once built; lookups are array reads. Out-of-range ids give null.
 */
public final class SemanticModel {

    private final Script script;
    private final Symbol[] symbols;
    private final PineType[] types;
    private final CallBinding[] bindings;
    private final Map<String, UserType> userTypes;
    private final Map<Integer, Integer> frameSizes;
    private final int globalSlots;

    SemanticModel(Script script, Symbol[] symbols, PineType[] types, CallBinding[] bindings,
            Map<String, UserType> userTypes, Map<Integer, Integer> frameSizes, int globalSlots) {
        this.script = script;
        this.symbols = symbols;
        this.types = types;
        this.bindings = bindings;
        this.userTypes = Collections.unmodifiableMap(userTypes);
        this.frameSizes = Collections.unmodifiableMap(frameSizes);
        this.globalSlots = globalSlots;
    }

    public Script script() {
        return script;
    }

    /**
     * The symbol an {@code Identifier}, {@code MemberAccess} or declaring {@code Name} node refers to (a variable,
     * parameter, function, type, field, enum member, built-in, namespace or library alias), else null.
     */
    public Symbol symbolOf(int nodeId) {
        return nodeId >= 0 && nodeId < symbols.length ? symbols[nodeId] : null;
    }

    /** The inferred type (with qualifier) of an {@code Expr} node; null when unknown or after an error. */
    public PineType typeOf(int nodeId) {
        return nodeId >= 0 && nodeId < types.length ? types[nodeId] : null;
    }

    /** The resolved target of a {@code Call} node, null for other nodes. */
    public CallBinding bindingOf(int callNodeId) {
        return callNodeId >= 0 && callNodeId < bindings.length ? bindings[callNodeId] : null;
    }

    /** User-defined types and enums by name, in declaration order. */
    public Map<String, UserType> userTypes() {
        return userTypes;
    }

    /** Number of slots the global frame needs (global variables). */
    public int globalSlotCount() {
        return globalSlots;
    }

    /** Number of slots a call frame of {@code function} needs (parameters first, then locals). */
    public int slotCount(FunctionDecl function) {
        return frameSizes.getOrDefault(function.id(), 0);
    }
}
