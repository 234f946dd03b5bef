package org.exhaustionlab.pine.runtime.interp;

import java.util.List;
import java.util.function.Function;
import org.exhaustionlab.pine.catalog.Param;
import org.exhaustionlab.pine.runtime.LibrarySet;
import org.exhaustionlab.pine.runtime.lib.PineRuntimeError;
import org.exhaustionlab.pine.runtime.spi.NativeFunction;
import org.exhaustionlab.pine.runtime.spi.StatefulFunction;

/**
 * Calls of indicator-library functions ({@code xl.zscore(close, 20)}). Arguments cross as doubles (int as a whole
 * number, bool as 1/0, na as NaN) in an array owned by the call site's frame, so a call allocates nothing; stateful
 * functions get one state per call site and run, created with the frame like {@code ta.*} states.
 */
final class LibraryCalls {
    private LibraryCalls() {
    }

    /** The compiler of a library function's calls, or null when no library implements {@code name}. */
    static Function<Bound, Ex> implementation(LibrarySet libraries, String name) {
        NativeFunction nf = libraries.nativeFunction(name);
        if (nf != null) {
            return b -> {
                Ex[] args = arguments(b);
                int slot = b.state(ctx -> new double[args.length]);
                return new NativeCall(b, args, slot, nf);
            };
        }
        StatefulFunction sf = libraries.statefulFunction(name);
        if (sf != null) {
            return b -> {
                Ex[] args = arguments(b);
                int slot = b.state(ctx -> new Site(newState(b.name, sf), args.length));
                return new StatefulCall(b, args, slot);
            };
        }
        return null;
    }

    /** Each argument as a float node (bool parameters as 1/0), in parameter order. */
    private static Ex[] arguments(Bound b) {
        List<Param> params = b.sig.params();
        Ex[] out = new Ex[params.size()];
        for (int i = 0; i < out.length; i++) {
            Ex e = b.a[i];
            if (Builtins.paramKind(params.get(i)) == Kind.BOOL && e.kind != Kind.NA) {
                e = b.comp.coerce(e, Kind.BOOL, b.pos);
            }
            out[i] = b.comp.coerce(e, Kind.FLOAT, b.pos);
        }
        return out;
    }

    private static StatefulFunction.State newState(String name, StatefulFunction sf) {
        StatefulFunction.State s;
        try {
            s = sf.newState();
        } catch (RuntimeException e) {
            throw new PineRuntimeError(name + ": the library failed to create its state: " + e);
        }
        if (s == null) {
            throw new PineRuntimeError(name + ": the library returned no state");
        }
        return s;
    }

    /** The memory of one stateful call site in one run. */
    private static final class Site {
        final StatefulFunction.State state;
        final double[] args;

        Site(StatefulFunction.State state, int arity) {
            this.state = state;
            this.args = new double[arity];
        }
    }

    /** A library call; the result kind (float, int or bool) comes from the declaration. */
    private abstract static class LibCall extends Ex {
        final String name;
        final Ex[] args;
        final int slot;

        LibCall(Bound b, Ex[] args, int slot) {
            super(Builtins.kindOf(b.sig.returnType()), b.pos);
            this.name = b.name;
            this.args = args;
            this.slot = slot;
        }

        abstract double value(Frame f);

        final void fill(double[] into, Frame f) {
            for (int i = 0; i < args.length; i++) {
                into[i] = args[i].d(f);
            }
        }

        final PineRuntimeError failed(RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new PineRuntimeError(name + " failed: " + m.replaceAll("\\s*[\\r\\n]+\\s*", " "));
        }

        @Override
        final double d(Frame f) {
            return value(f);
        }

        @Override
        final long l(Frame f) {
            double v = value(f);
            return Double.isNaN(v) ? Long.MIN_VALUE : Math.round(v);
        }

        @Override
        final boolean b(Frame f) {
            double v = value(f);
            return v != 0 && !Double.isNaN(v);
        }
    }

    private static final class NativeCall extends LibCall {
        final NativeFunction fn;

        NativeCall(Bound b, Ex[] args, int slot, NativeFunction fn) {
            super(b, args, slot);
            this.fn = fn;
        }

        @Override
        double value(Frame f) {
            double[] buf = (double[]) f.st[slot];
            fill(buf, f);
            try {
                return fn.apply(buf);
            } catch (RuntimeException e) {
                throw failed(e);
            }
        }
    }

    private static final class StatefulCall extends LibCall {
        StatefulCall(Bound b, Ex[] args, int slot) {
            super(b, args, slot);
        }

        @Override
        double value(Frame f) {
            Site site = (Site) f.st[slot];
            fill(site.args, f);
            try {
                return site.state.next(site.args);
            } catch (RuntimeException e) {
                throw failed(e);
            }
        }
    }
}
