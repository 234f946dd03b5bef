package org.exhaustionlab.pine.runtime.interp;

import java.util.Objects;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.BinaryOp;

/** Operators on typed operands; na propagates (NaN arithmetic, Long.MIN_VALUE checks for ints). */
final class Ops {
    private Ops() {
    }

    static final long NA = Long.MIN_VALUE;

    /** Float arithmetic; infinities from division by zero are na in Pine. */
    static final class FArith extends Ex {
        final Ex a;
        final Ex b;
        final BinaryOp op;

        FArith(BinaryOp op, Ex a, Ex b, SourceRange pos) {
            super(Kind.FLOAT, pos);
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        double d(Frame f) {
            double x = a.d(f);
            double y = b.d(f);
            switch (op) {
                case ADD:
                    return x + y;
                case SUB:
                    return x - y;
                case MUL:
                    return x * y;
                case DIV: {
                    double r = x / y;
                    return Double.isInfinite(r) ? Double.NaN : r;
                }
                default: {
                    double r = x % y;
                    return r;
                }
            }
        }
    }

    static final class FAdd extends Ex {
        final Ex a;
        final Ex b;

        FAdd(Ex a, Ex b, SourceRange pos) {
            super(Kind.FLOAT, pos);
            this.a = a;
            this.b = b;
        }

        @Override
        double d(Frame f) {
            return a.d(f) + b.d(f);
        }
    }

    static final class FSub extends Ex {
        final Ex a;
        final Ex b;

        FSub(Ex a, Ex b, SourceRange pos) {
            super(Kind.FLOAT, pos);
            this.a = a;
            this.b = b;
        }

        @Override
        double d(Frame f) {
            return a.d(f) - b.d(f);
        }
    }

    static final class FMul extends Ex {
        final Ex a;
        final Ex b;

        FMul(Ex a, Ex b, SourceRange pos) {
            super(Kind.FLOAT, pos);
            this.a = a;
            this.b = b;
        }

        @Override
        double d(Frame f) {
            return a.d(f) * b.d(f);
        }
    }

    static final class IArith extends Ex {
        final Ex a;
        final Ex b;
        final BinaryOp op;

        IArith(BinaryOp op, Ex a, Ex b, SourceRange pos) {
            super(Kind.INT, pos);
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        long l(Frame f) {
            long x = a.l(f);
            long y = b.l(f);
            if (x == NA || y == NA) {
                return NA;
            }
            switch (op) {
                case ADD:
                    return x + y;
                case SUB:
                    return x - y;
                case MUL:
                    return x * y;
                case DIV:
                    return y == 0 ? NA : x / y;
                default:
                    return y == 0 ? NA : x % y;
            }
        }
    }

    static final class Concat extends Ex {
        final Ex a;
        final Ex b;

        Concat(Ex a, Ex b, SourceRange pos) {
            super(Kind.STRING, pos);
            this.a = a;
            this.b = b;
        }

        @Override
        Object o(Frame f) {
            Object x = a.o(f);
            Object y = b.o(f);
            if (x == null || y == null) {
                return null;
            }
            return (String) x + (String) y;
        }
    }

    /** Numeric comparison as doubles: any na operand makes it false (== and != included, as in Pine). */
    static final class FCmp extends Ex {
        final Ex a;
        final Ex b;
        final BinaryOp op;

        FCmp(BinaryOp op, Ex a, Ex b, SourceRange pos) {
            super(Kind.BOOL, pos);
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        boolean b(Frame f) {
            double x = a.d(f);
            double y = b.d(f);
            switch (op) {
                case LT:
                    return x < y;
                case GT:
                    return x > y;
                case LE:
                    return x <= y;
                case GE:
                    return x >= y;
                case EQ:
                    return x == y;
                default:
                    return !Double.isNaN(x) && !Double.isNaN(y) && x != y;
            }
        }
    }

    /** {@code a > b} on floats (specialised: the hottest comparison, no operator switch). */
    static final class FGt extends Ex {
        final Ex a;
        final Ex b;

        FGt(Ex a, Ex b, SourceRange pos) {
            super(Kind.BOOL, pos);
            this.a = a;
            this.b = b;
        }

        @Override
        boolean b(Frame f) {
            return a.d(f) > b.d(f);
        }
    }

    /** {@code a < b} on floats. */
    static final class FLt extends Ex {
        final Ex a;
        final Ex b;

        FLt(Ex a, Ex b, SourceRange pos) {
            super(Kind.BOOL, pos);
            this.a = a;
            this.b = b;
        }

        @Override
        boolean b(Frame f) {
            return a.d(f) < b.d(f);
        }
    }

    static final class ICmp extends Ex {
        final Ex a;
        final Ex b;
        final BinaryOp op;

        ICmp(BinaryOp op, Ex a, Ex b, SourceRange pos) {
            super(Kind.BOOL, pos);
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        boolean b(Frame f) {
            long x = a.l(f);
            long y = b.l(f);
            if (x == NA || y == NA) {
                return false;
            }
            switch (op) {
                case LT:
                    return x < y;
                case GT:
                    return x > y;
                case LE:
                    return x <= y;
                case GE:
                    return x >= y;
                case EQ:
                    return x == y;
                default:
                    return x != y;
            }
        }
    }

    static final class BEq extends Ex {
        final Ex a;
        final Ex b;
        final boolean negate;

        BEq(Ex a, Ex b, boolean negate, SourceRange pos) {
            super(Kind.BOOL, pos);
            this.a = a;
            this.b = b;
            this.negate = negate;
        }

        @Override
        boolean b(Frame f) {
            return (a.b(f) == b.b(f)) != negate;
        }
    }

    static final class OEq extends Ex {
        final Ex a;
        final Ex b;
        final boolean negate;

        OEq(Ex a, Ex b, boolean negate, SourceRange pos) {
            super(Kind.BOOL, pos);
            this.a = a;
            this.b = b;
            this.negate = negate;
        }

        @Override
        boolean b(Frame f) {
            return Objects.equals(a.o(f), b.o(f)) != negate;
        }
    }

    static final class OCmp extends Ex {
        final Ex a;
        final Ex b;
        final BinaryOp op;

        OCmp(BinaryOp op, Ex a, Ex b, SourceRange pos) {
            super(Kind.BOOL, pos);
            this.a = a;
            this.b = b;
            this.op = op;
        }

        @Override
        boolean b(Frame f) {
            Object x = a.o(f);
            Object y = b.o(f);
            if (x == null || y == null) {
                return false;
            }
            int c = ((String) x).compareTo((String) y);
            return switch (op) {
                case LT -> c < 0;
                case GT -> c > 0;
                case LE -> c <= 0;
                default -> c >= 0;
            };
        }
    }

    static final class And extends Ex {
        final Ex a;
        final Ex b;

        And(Ex a, Ex b, SourceRange pos) {
            super(Kind.BOOL, pos);
            this.a = a;
            this.b = b;
        }

        @Override
        boolean b(Frame f) {
            return a.b(f) && b.b(f);
        }
    }

    static final class Or extends Ex {
        final Ex a;
        final Ex b;

        Or(Ex a, Ex b, SourceRange pos) {
            super(Kind.BOOL, pos);
            this.a = a;
            this.b = b;
        }

        @Override
        boolean b(Frame f) {
            return a.b(f) || b.b(f);
        }
    }

    static final class Not extends Ex {
        final Ex a;

        Not(Ex a, SourceRange pos) {
            super(Kind.BOOL, pos);
            this.a = a;
        }

        @Override
        boolean b(Frame f) {
            return !a.b(f);
        }
    }

    static final class FNeg extends Ex {
        final Ex a;

        FNeg(Ex a, SourceRange pos) {
            super(Kind.FLOAT, pos);
            this.a = a;
        }

        @Override
        double d(Frame f) {
            return -a.d(f);
        }
    }

    static final class INeg extends Ex {
        final Ex a;

        INeg(Ex a, SourceRange pos) {
            super(Kind.INT, pos);
            this.a = a;
        }

        @Override
        long l(Frame f) {
            long v = a.l(f);
            return v == NA ? NA : -v;
        }
    }
}
