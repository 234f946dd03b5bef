package org.exhaustionlab.pine.runtime.interp;

import java.util.HashMap;
import java.util.Map;

/** Names visible in a block during compilation; each scope belongs to one frame layout. */
final class Scope {
    final Scope parent;
    final Layout layout;
    private final Map<String, VarInfo> names = new HashMap<>();

    Scope(Scope parent, Layout layout) {
        this.parent = parent;
        this.layout = layout;
    }

    /** A variable; {@code simple} when its value never changes during a run (literal or input initializer). */
    record VarInfo(String name, Kind kind, int slot, int hist, Layout owner, Kind[] tupleKinds, boolean simple,
            Udt.Info udt) {
    }

    VarInfo find(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            VarInfo v = s.names.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    void put(VarInfo v) {
        names.put(v.name(), v);
    }
}
