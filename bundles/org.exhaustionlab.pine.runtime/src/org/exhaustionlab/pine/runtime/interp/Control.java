package org.exhaustionlab.pine.runtime.interp;

import org.exhaustionlab.pine.SourceRange;

/** Blocks, conditionals and loops. All of them are expressions whose value is the last statement executed. */
final class Control {
    private Control() {
    }

    /** Base for nodes that just forward each typed evaluation to a chosen child. */
    abstract static class Forward extends Ex {
        Forward(Kind kind, SourceRange pos) {
            super(kind, pos);
        }

        abstract Ex pick(Frame f);

        @Override
        double d(Frame f) {
            Ex e = pick(f);
            return e == null ? Double.NaN : e.d(f);
        }

        @Override
        long l(Frame f) {
            Ex e = pick(f);
            return e == null ? Long.MIN_VALUE : e.l(f);
        }

        @Override
        boolean b(Frame f) {
            Ex e = pick(f);
            return e != null && e.b(f);
        }

        @Override
        Object o(Frame f) {
            Ex e = pick(f);
            if (e == null) {
                return null;
            }
            if (kind == Kind.VOID) {
                e.run(f);
                return null;
            }
            return e.o(f);
        }
    }

    static final class Block extends Forward {
        final Ex[] body;
        final Ex last;

        Block(Kind kind, Ex[] body, Ex last, SourceRange pos) {
            super(kind, pos);
            this.body = body;
            this.last = last;
        }

        @Override
        Ex pick(Frame f) {
            int i = 0;
            try {
                for (; i < body.length; i++) {
                    body[i].run(f);
                }
            } catch (Flow | PineError e) {
                throw e;
            } catch (RuntimeException e) {
                // a library error (index out of range, bad length, ...): name the statement that raised it
                throw new PineError(e.getMessage() == null ? e.toString() : e.getMessage(), body[i].pos);
            }
            return last;
        }
    }

    static final class Select extends Forward {
        final Ex cond;
        final Ex yes;
        final Ex no;

        Select(Kind kind, Ex cond, Ex yes, Ex no, SourceRange pos) {
            super(kind, pos);
            this.cond = cond;
            this.yes = yes;
            this.no = no;
        }

        @Override
        Ex pick(Frame f) {
            return cond.b(f) ? yes : no;
        }

        @Override
        double d(Frame f) {
            return cond.b(f) ? yes.d(f) : no.d(f);
        }
    }

    /** switch: with a subject, the first arm whose value equals it; without, the first true condition. */
    static final class Switch extends Forward {
        final Ex[] conds; // with subject: equality tests already built by the compiler
        final Ex[] arms;
        final Ex otherwise;

        Switch(Kind kind, Ex[] conds, Ex[] arms, Ex otherwise, SourceRange pos) {
            super(kind, pos);
            this.conds = conds;
            this.arms = arms;
            this.otherwise = otherwise;
        }

        @Override
        Ex pick(Frame f) {
            for (int i = 0; i < conds.length; i++) {
                if (conds[i].b(f)) {
                    return arms[i];
                }
            }
            return otherwise;
        }
    }

    /**
     * {@code for i = from to end [by step]}: the end bound is re-evaluated before every iteration (v6); the value
     * is the last iteration's body value, kept in {@code resultSlot}.
     */
    static final class For extends Ex {
        final int counter;
        final boolean floatCounter;
        final Ex from;
        final Ex to;
        final Ex step;
        final Ex body;
        final int resultSlot;
        final int bank;

        For(Kind kind, int counter, boolean floatCounter, Ex from, Ex to, Ex step, Ex body, int resultSlot,
                int bank, SourceRange pos) {
            super(kind, pos);
            this.bank = bank;
            this.counter = counter;
            this.floatCounter = floatCounter;
            this.from = from;
            this.to = to;
            this.step = step;
            this.body = body;
            this.resultSlot = resultSlot;
        }

        private void loop(Frame f) {
            double start = from.d(f);
            double end = to.d(f);
            if (Double.isNaN(start) || Double.isNaN(end)) {
                return;
            }
            double inc = step == null ? (start <= end ? 1 : -1) : Math.abs(step.d(f));
            if (Double.isNaN(inc) || inc == 0) {
                return;
            }
            boolean up = start <= end;
            if (!up && step == null) {
                inc = 1;
            }
            RunContext ctx = f.ctx;
            long limit = ctx.loopLimit;
            long n = 0;
            for (double i = start;; i += up ? inc : -inc) {
                if (up ? i > end : i < end) {
                    break;
                }
                if (++n > limit) {
                    throw new PineError("Loop takes more than " + limit + " iterations on one bar", pos);
                }
                if ((n & 1023) == 0) {
                    ctx.checkTime(pos);
                }
                if (bank >= 0) {
                    ((IterationBank) f.st[bank]).load(f, (int) (n - 1));
                }
                if (floatCounter) {
                    f.d[counter] = i;
                } else {
                    f.l[counter] = (long) i;
                }
                try {
                    store(f);
                } catch (Flow flow) {
                    if (flow == Flow.BREAK) {
                        break;
                    }
                }
                end = to.d(f);
                if (Double.isNaN(end)) {
                    break;
                }
            }
        }

        private void store(Frame f) {
            switch (kind) {
                case FLOAT -> f.d[resultSlot] = body.d(f);
                case INT, COLOR -> f.l[resultSlot] = body.l(f);
                case BOOL -> f.l[resultSlot] = body.b(f) ? 1 : 0;
                case VOID -> body.run(f);
                default -> f.o[resultSlot] = body.o(f);
            }
        }

        private void reset(Frame f) {
            switch (kind) {
                case FLOAT -> f.d[resultSlot] = Double.NaN;
                case INT, COLOR -> f.l[resultSlot] = Long.MIN_VALUE;
                case BOOL -> f.l[resultSlot] = 0;
                case VOID -> { }
                default -> f.o[resultSlot] = null;
            }
        }

        @Override
        double d(Frame f) {
            reset(f);
            loop(f);
            return f.d[resultSlot];
        }

        @Override
        long l(Frame f) {
            reset(f);
            loop(f);
            return f.l[resultSlot];
        }

        @Override
        boolean b(Frame f) {
            reset(f);
            loop(f);
            return f.l[resultSlot] == 1;
        }

        @Override
        Object o(Frame f) {
            reset(f);
            loop(f);
            return kind == Kind.VOID ? null : f.o[resultSlot];
        }
    }

    static final class While extends Ex {
        final Ex cond;
        final Ex body;

        final int bank;

        While(Ex cond, Ex body, int bank, SourceRange pos) {
            super(Kind.VOID, pos);
            this.bank = bank;
            this.cond = cond;
            this.body = body;
        }

        @Override
        Object o(Frame f) {
            RunContext ctx = f.ctx;
            long limit = ctx.loopLimit;
            long n = 0;
            IterationBank states = bank >= 0 ? (IterationBank) f.st[bank] : null;
            if (states != null) {
                states.load(f, 0);
            }
            while (cond.b(f)) {
                if (states != null) {
                    states.load(f, (int) n);
                }
                if (++n > limit) {
                    throw new PineError("Loop takes more than " + limit + " iterations on one bar", pos);
                }
                if ((n & 1023) == 0) {
                    ctx.checkTime(pos);
                }
                try {
                    body.run(f);
                } catch (Flow flow) {
                    if (flow == Flow.BREAK) {
                        break;
                    }
                }
            }
            return null;
        }
    }

    static final class Jump extends Ex {
        final Flow flow;

        Jump(Flow flow, SourceRange pos) {
            super(Kind.VOID, pos);
            this.flow = flow;
        }

        @Override
        Object o(Frame f) {
            throw flow;
        }
    }
}
