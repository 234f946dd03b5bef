package org.exhaustionlab.pine.runtime.interp;

/** Evaluates a global-scope read from inside a user function (functions may read, never write, globals). */
final class AtGlobal extends Ex {
    final Ex inner;

    AtGlobal(Ex inner) {
        super(inner.kind, inner.pos);
        this.inner = inner;
        // a global array or object read inside a function keeps its static type (array.size(globalArray) in f())
        this.udt = inner.udt;
        this.tupleKinds = inner.tupleKinds;
        this.tupleUdts = inner.tupleUdts;
    }

    @Override
    double d(Frame f) {
        return inner.d(f.ctx.global);
    }

    @Override
    long l(Frame f) {
        return inner.l(f.ctx.global);
    }

    @Override
    boolean b(Frame f) {
        return inner.b(f.ctx.global);
    }

    @Override
    Object o(Frame f) {
        return inner.o(f.ctx.global);
    }
}
