package org.exhaustionlab.pine.runtime.interp;

import org.exhaustionlab.pine.SourceRange;

/** Reads, writes, declarations and history of variables held in frame slots. */
final class Vars {
    private Vars() {
    }

    static final long NA = Long.MIN_VALUE;

    static final class Get extends Ex {
        final int slot;
        /** Title of the plot/hline whose handle this variable holds (compile-time knowledge for fill()). */
        String handle;

        Get(Kind kind, int slot, SourceRange pos) {
            super(kind, pos);
            this.slot = slot;
        }

        @Override
        double d(Frame f) {
            return f.d[slot];
        }

        @Override
        long l(Frame f) {
            return f.l[slot];
        }

        @Override
        boolean b(Frame f) {
            return f.l[slot] == 1;
        }

        @Override
        Object o(Frame f) {
            return f.o[slot];
        }
    }

    /** Stores a value (declaration without var, or := ); its value is the stored value. */
    static final class Set extends Ex {
        final int slot;
        final Ex value;

        Set(int slot, Ex value, SourceRange pos) {
            super(value.kind, pos);
            this.slot = slot;
            this.value = value;
        }

        // its own copy of Ex.run, so a specialised copy of this class calls its value's method monomorphically
        @Override
        void run(Frame f) {
            switch (kind) {
                case FLOAT -> f.d[slot] = value.d(f);
                case INT, COLOR -> f.l[slot] = value.l(f);
                case BOOL -> f.l[slot] = value.b(f) ? 1 : 0;
                case NA -> { }
                default -> f.o[slot] = value.o(f);
            }
        }

        @Override
        double d(Frame f) {
            double v = value.d(f);
            f.d[slot] = v;
            return v;
        }

        @Override
        long l(Frame f) {
            long v = value.l(f);
            f.l[slot] = v;
            return v;
        }

        @Override
        boolean b(Frame f) {
            boolean v = value.b(f);
            f.l[slot] = v ? 1 : 0;
            return v;
        }

        @Override
        Object o(Frame f) {
            Object v = value.o(f);
            f.o[slot] = v;
            return v;
        }
    }

    /** {@code var}/{@code varip} declaration: the initializer runs only the first time this frame reaches it. */
    static final class VarInit extends Ex {
        final int flag;
        final Ex set;
        final Ex get;

        VarInit(int flag, Ex set, Ex get) {
            super(set.kind, set.pos);
            this.flag = flag;
            this.set = set;
            this.get = get;
        }

        private boolean first(Frame f) {
            if (f.inited[flag]) {
                return false;
            }
            f.inited[flag] = true;
            return true;
        }

        @Override
        double d(Frame f) {
            return first(f) ? set.d(f) : get.d(f);
        }

        @Override
        long l(Frame f) {
            return first(f) ? set.l(f) : get.l(f);
        }

        @Override
        boolean b(Frame f) {
            return first(f) ? set.b(f) : get.b(f);
        }

        @Override
        Object o(Frame f) {
            return first(f) ? set.o(f) : get.o(f);
        }
    }

    /** Pushes a variable's current value into its history buffer (at the end of its scope's execution). */
    static final class Commit extends Ex {
        final int slot;
        final int hist;
        final Kind valueKind;

        Commit(Kind valueKind, int slot, int hist) {
            super(Kind.VOID, null);
            this.valueKind = valueKind;
            this.slot = slot;
            this.hist = hist;
        }

        @Override
        Object o(Frame f) {
            Hist h = (Hist) f.st[hist];
            if (valueKind == Kind.FLOAT) {
                h.push(f.d[slot]);
            } else if (valueKind.inLong() || valueKind == Kind.BOOL) {
                h.push(f.l[slot]);
            } else {
                h.push(f.o[slot]);
            }
            return null;
        }
    }

    /** {@code x[n]} for a variable: n = 0 reads the slot, n ≥ 1 the committed history. */
    static final class HistGet extends Ex {
        final int slot;
        final int hist;
        final Ex offset;

        HistGet(Kind kind, int slot, int hist, Ex offset, SourceRange pos) {
            super(kind, pos);
            this.slot = slot;
            this.hist = hist;
            this.offset = offset;
        }

        private long back(Frame f) {
            long n = offset.l(f);
            if (n < 0 && n != NA) {
                throw new PineError("History offset must not be negative, got " + n, pos);
            }
            return n;
        }

        @Override
        double d(Frame f) {
            long n = back(f);
            if (n == NA) {
                return Double.NaN;
            }
            return n == 0 ? f.d[slot] : ((Hist) f.st[hist]).getD(n - 1);
        }

        @Override
        long l(Frame f) {
            long n = back(f);
            if (n == NA) {
                return NA;
            }
            return n == 0 ? f.l[slot] : ((Hist) f.st[hist]).getL(n - 1);
        }

        @Override
        boolean b(Frame f) {
            return l(f) == 1;
        }

        @Override
        Object o(Frame f) {
            long n = back(f);
            if (n == NA) {
                return null;
            }
            return n == 0 ? f.o[slot] : ((Hist) f.st[hist]).getO(n - 1);
        }
    }

    /**
     * {@code x[n]} for a global variable inside a user function with an offset computed there: the offset is
     * evaluated in the function's frame, the history read from the global frame.
     */
    static final class GlobalHistGet extends Ex {
        final HistGet read;
        final Ex offset;

        GlobalHistGet(HistGet read, Ex offset) {
            super(read.kind, read.pos);
            this.read = read;
            this.offset = offset;
        }

        private Frame global(Frame f, long n) {
            if (n < 0 && n != NA) {
                throw new PineError("History offset must not be negative, got " + n, pos);
            }
            return f.ctx.global;
        }

        @Override
        double d(Frame f) {
            long n = offset.l(f);
            Frame g = global(f, n);
            if (n == NA) {
                return Double.NaN;
            }
            return n == 0 ? g.d[read.slot] : ((Hist) g.st[read.hist]).getD(n - 1);
        }

        @Override
        long l(Frame f) {
            long n = offset.l(f);
            Frame g = global(f, n);
            if (n == NA) {
                return NA;
            }
            return n == 0 ? g.l[read.slot] : ((Hist) g.st[read.hist]).getL(n - 1);
        }

        @Override
        boolean b(Frame f) {
            return l(f) == 1;
        }

        @Override
        Object o(Frame f) {
            long n = offset.l(f);
            Frame g = global(f, n);
            if (n == NA) {
                return null;
            }
            return n == 0 ? g.o[read.slot] : ((Hist) g.st[read.hist]).getO(n - 1);
        }
    }

    /** {@code expr[n]} for any other expression: the expression's series, one entry per evaluation. */
    static final class HistExpr extends Ex {
        final Ex inner;
        final int hist;
        final Ex offset;

        HistExpr(Ex inner, int hist, Ex offset, SourceRange pos) {
            super(inner.kind, pos);
            this.inner = inner;
            this.hist = hist;
            this.offset = offset;
        }

        private long back(Frame f) {
            long n = offset.l(f);
            if (n < 0 && n != NA) {
                throw new PineError("History offset must not be negative, got " + n, pos);
            }
            return n;
        }

        @Override
        double d(Frame f) {
            Hist h = (Hist) f.st[hist];
            h.push(inner.d(f));
            long n = back(f);
            return n == NA ? Double.NaN : h.getD(n);
        }

        @Override
        long l(Frame f) {
            Hist h = (Hist) f.st[hist];
            h.push(inner.l(f));
            long n = back(f);
            return n == NA ? NA : h.getL(n);
        }

        @Override
        boolean b(Frame f) {
            Hist h = (Hist) f.st[hist];
            h.push(inner.b(f) ? 1L : 0L);
            long n = back(f);
            return n != NA && h.getL(n) == 1;
        }

        @Override
        Object o(Frame f) {
            Hist h = (Hist) f.st[hist];
            h.push(inner.o(f));
            long n = back(f);
            return n == NA ? null : h.getO(n);
        }
    }
}
