package org.exhaustionlab.pine.check;

import java.util.HashMap;
import java.util.Map;

/** One level of name visibility: the script, a function body or a local block. */
final class Scope {

    final Scope parent;
    /** Node id of the function whose body this scope belongs to, or -1 in the global frame. */
    final int frame;
    /** True when this scope is a local block (or function body) rather than the script's top level. */
    final boolean local;
    private final Map<String, Symbol> names = new HashMap<>();

    Scope(Scope parent, int frame, boolean local) {
        this.parent = parent;
        this.frame = frame;
        this.local = local;
    }

    Symbol own(String name) {
        return names.get(name);
    }

    void declare(Symbol symbol) {
        names.put(symbol.name(), symbol);
    }

    Symbol lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Symbol found = s.names.get(name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Every visible name, for "did you mean" suggestions. */
    void collectNames(java.util.Collection<String> out) {
        for (Scope s = this; s != null; s = s.parent) {
            out.addAll(s.names.keySet());
        }
    }
}
