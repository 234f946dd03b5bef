package org.exhaustionlab.pine.runtime.interp;

import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.catalog.FunctionSig;

/** A built-in call with its overload chosen and one compiled argument per parameter (defaults filled in). */
final class Bound {
    final String name;
    final FunctionSig sig;
    final Ex[] a;
    final Ex[] extra; // variadic arguments beyond the declared parameters
    final Call call;
    final SourceRange pos;
    final Compiler comp;

    Bound(String name, FunctionSig sig, Ex[] a, Ex[] extra, Call call, Compiler comp) {
        this.name = name;
        this.sig = sig;
        this.a = a;
        this.extra = extra;
        this.call = call;
        this.pos = call.range();
        this.comp = comp;
    }

    int index(String param) {
        for (int i = 0; i < sig.params().size(); i++) {
            if (sig.params().get(i).name().equals(param)) {
                return i;
            }
        }
        return -1;
    }

    /** The argument for a parameter (null when the overload has no such parameter). */
    Ex arg(String param) {
        int i = index(param);
        return i < 0 ? null : a[i];
    }

    Ex arg(String param, Kind kind) {
        Ex e = arg(param);
        return e == null ? null : comp.coerce(e, kind, pos);
    }

    /** A constant string argument (titles), or null. */
    String constString(String param) {
        Ex e = arg(param);
        if (e instanceof Lit.O o && o.v instanceof String s) {
            return s;
        }
        return null;
    }

    int state(Layout.StateFactory factory) {
        return comp.layout.state(factory);
    }
}
