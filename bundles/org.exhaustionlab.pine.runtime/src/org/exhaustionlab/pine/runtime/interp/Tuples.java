package org.exhaustionlab.pine.runtime.interp;

import org.exhaustionlab.pine.SourceRange;

/** Tuples: built as boxed Object[] (user functions, branches), read back element by element. */
final class Tuples {
    private Tuples() {
    }

    static final class Make extends Ex {
        final Ex[] elems;

        Make(Ex[] elems, SourceRange pos) {
            super(Kind.TUPLE, pos);
            this.elems = elems;
            Kind[] k = new Kind[elems.length];
            Udt.Info[] u = new Udt.Info[elems.length];
            for (int i = 0; i < k.length; i++) {
                k[i] = elems[i].kind;
                u[i] = elems[i].udt;
            }
            this.tupleKinds = k;
            this.tupleUdts = u;
        }

        @Override
        Object o(Frame f) {
            Object[] out = new Object[elems.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = elems[i].boxed(f);
            }
            return out;
        }
    }

    /** Element {@code index} of the tuple stored in object slot {@code slot}, as a boxed object. */
    static final class Elem extends Ex {
        final int slot;
        final int index;

        Elem(int slot, int index, SourceRange pos) {
            super(Kind.OBJECT, pos);
            this.slot = slot;
            this.index = index;
        }

        @Override
        Object o(Frame f) {
            Object[] t = (Object[]) f.o[slot];
            return t == null ? null : t[index];
        }
    }
}
