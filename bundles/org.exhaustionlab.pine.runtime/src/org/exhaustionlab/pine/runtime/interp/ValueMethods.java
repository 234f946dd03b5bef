package org.exhaustionlab.pine.runtime.interp;

import org.exhaustionlab.pine.ast.Call;

/** Built-in methods on values that are not arrays or user types: drawing objects (line, label, box, ...). */
final class ValueMethods {
    private ValueMethods() {
    }

    static Ex method(Compiler comp, String name, Ex receiver, Call c) {
        if (receiver.udt != null && Drawings.TYPES.contains(receiver.udt.name)) {
            return comp.builtins.call(receiver.udt.name + "." + name, c, receiver);
        }
        throw new Compiler.Unsupported("method '" + name + "' on a " + (receiver.udt != null ? receiver.udt.name
                : receiver.kind.name().toLowerCase()) + " value is not supported by the interpreter yet", c.range());
    }
}
