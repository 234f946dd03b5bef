package org.exhaustionlab.pine.runtime.interp;

/** Evaluates a read of a context-level state (ta.* variable) from inside a user function. */
final class AtContext extends Ex {
    final Ex inner;

    AtContext(Ex inner) {
        super(inner.kind, inner.pos);
        this.inner = inner;
    }

    @Override
    double d(Frame f) {
        return inner.d(f.ctx.contextFrame);
    }

    @Override
    long l(Frame f) {
        return inner.l(f.ctx.contextFrame);
    }

    @Override
    boolean b(Frame f) {
        return inner.b(f.ctx.contextFrame);
    }

    @Override
    Object o(Frame f) {
        return inner.o(f.ctx.contextFrame);
    }
}
