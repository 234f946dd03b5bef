package org.exhaustionlab.pine.runtime.interp;

import org.exhaustionlab.pine.SourceRange;

/** Constants. */
final class Lit {
    private Lit() {
    }

    static final class D extends Ex {
        final double v;

        D(double v, SourceRange pos) {
            super(Kind.FLOAT, pos);
            this.simple = true;
            this.constant = true;
            this.v = v;
        }

        @Override
        double d(Frame f) {
            return v;
        }

        @Override
        boolean isConst() {
            return true;
        }
    }

    static final class L extends Ex {
        final long v;

        L(Kind kind, long v, SourceRange pos) {
            super(kind, pos);
            this.simple = true;
            this.constant = true;
            this.v = v;
        }

        @Override
        long l(Frame f) {
            return v;
        }

        @Override
        boolean isConst() {
            return true;
        }
    }

    static final class B extends Ex {
        final boolean v;

        B(boolean v, SourceRange pos) {
            super(Kind.BOOL, pos);
            this.simple = true;
            this.constant = true;
            this.v = v;
        }

        @Override
        boolean b(Frame f) {
            return v;
        }

        @Override
        boolean isConst() {
            return true;
        }
    }

    static final class O extends Ex {
        final Object v;

        O(Kind kind, Object v, SourceRange pos) {
            super(kind, pos);
            this.simple = true;
            this.constant = true;
            this.v = v;
        }

        @Override
        Object o(Frame f) {
            return v;
        }

        @Override
        boolean isConst() {
            return true;
        }
    }

    /** The na literal before it knows its kind; coercion turns it into a typed na constant. */
    static final class Na extends Ex {
        Na(SourceRange pos) {
            super(Kind.NA, pos);
            this.simple = true;
            this.constant = true;
        }

        @Override
        double d(Frame f) {
            return Double.NaN;
        }

        @Override
        long l(Frame f) {
            return Long.MIN_VALUE;
        }

        @Override
        boolean b(Frame f) {
            return false;
        }

        @Override
        Object o(Frame f) {
            return null;
        }

        @Override
        boolean isConst() {
            return true;
        }
    }

    static Ex na(Kind kind, SourceRange pos) {
        return switch (kind) {
            case FLOAT -> new D(Double.NaN, pos);
            case INT, COLOR -> new L(kind, Long.MIN_VALUE, pos);
            case BOOL -> new B(false, pos);
            case NA -> new Na(pos);
            default -> new O(kind, null, pos);
        };
    }
}
