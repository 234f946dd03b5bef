package org.exhaustionlab.pine.runtime.interp;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.StringLiteral;

/**
 * {@code request.security} for higher timeframes of the chart's own symbol or of other symbols. The expression is
 * compiled into its own context (layout, frame, ta state) and evaluated once per bar of the resampled series, in order. On a chart bar the
 * value is that of the last CLOSED higher-timeframe bar (lookahead_off): the higher bar's own value appears only on
 * the chart bar that completes it, so nothing from the future leaks. {@code gaps_on} gives na except on that bar;
 * {@code lookahead_on} exposes the higher bar's final value from its first chart bar (TradingView's documented
 * look-ahead). Other symbols read the bars supplied in the run options (aligned on time the same way; a symbol
 * without data stops the run with an error naming it). Symbol and timeframe may be any simple strings (inputs,
 * variables): they are evaluated on the first bar. Lower timeframes are a runtime error.
 */
final class Security {
    private Security() {
    }

    private static final String[] PARAMS = {"symbol", "timeframe", "expression", "gaps", "lookahead",
        "ignore_invalid_symbol", "currency", "calc_bars_count"};

    static Ex compile(Compiler comp, Call c) {
        Expr[] args = new Expr[PARAMS.length];
        int positional = 0;
        for (Argument a : c.arguments()) {
            int index = -1;
            if (a.name() == null) {
                index = positional++;
            } else {
                for (int i = 0; i < PARAMS.length; i++) {
                    if (PARAMS[i].equals(a.name().name())) {
                        index = i;
                    }
                }
            }
            if (index < 0 || index >= PARAMS.length) {
                throw new Compiler.Unsupported("request.security: unexpected argument", a.range());
            }
            args[index] = a.value();
        }
        if (args[0] == null || args[1] == null || args[2] == null) {
            throw new Compiler.Unsupported("request.security needs symbol, timeframe and expression", c.range());
        }
        // symbol and timeframe are compiled in the calling context and evaluated once, on the first bar (simple
        // strings: literals, inputs, syminfo.*, variables holding them)
        boolean own = ownSymbol(args[0]);
        Ex symbol = own ? null : comp.expr(args[0]);
        if (symbol != null && symbol.kind != Kind.STRING) {
            throw new Compiler.Unsupported("request.security: the symbol must be a string", args[0].range());
        }
        boolean chartTimeframe = "timeframe.period".equals(Compiler.qualified(args[1]))
                || args[1] instanceof StringLiteral s && s.value().isEmpty();
        if (own && chartTimeframe) {
            return comp.expr(args[2]); // same symbol, same timeframe: the expression itself
        }
        Timeframe tf = null;
        Ex tfText = null;
        if (args[1] instanceof StringLiteral s && !chartTimeframe) {
            try {
                tf = Timeframe.parse(s.value());
            } catch (IllegalArgumentException e) {
                throw new Compiler.Unsupported("request.security: " + e.getMessage(), args[1].range());
            }
        } else if (!chartTimeframe) {
            tfText = comp.expr(args[1]);
            if (tfText.kind != Kind.STRING) {
                throw new Compiler.Unsupported("request.security: the timeframe must be a string such as \"60\", "
                        + "\"240\" or \"D\"", args[1].range());
            }
        }
        boolean gaps = args[3] != null && "barmerge.gaps_on".equals(Compiler.qualified(args[3]));
        boolean lookahead = args[4] != null && "barmerge.lookahead_on".equals(Compiler.qualified(args[4]));
        Layout saved = comp.layout;
        Layout savedContext = comp.contextLayout;
        Scope savedScope = comp.scope;
        String savedSecurity = comp.securityContext;
        Layout layout = new Layout();
        Ex expr;
        try {
            comp.layout = layout;
            comp.contextLayout = layout;
            comp.scope = new Scope(comp.globalScope, layout);
            comp.securityContext = tf == null ? "dynamic" : tf.pinePeriod();
            expr = comp.expr(args[2]);
        } finally {
            comp.layout = saved;
            comp.contextLayout = savedContext;
            comp.scope = savedScope;
            comp.securityContext = savedSecurity;
        }
        Kind kind = expr.kind == Kind.NA ? Kind.FLOAT : expr.kind;
        boolean object = kind == Kind.STRING || kind == Kind.OBJECT && expr.udt != null && !expr.udt.isArray()
                && !expr.udt.isMap() && !expr.udt.isMatrix();
        if (kind != Kind.FLOAT && kind != Kind.INT && kind != Kind.BOOL && kind != Kind.COLOR
                && kind != Kind.TUPLE && !object) {
            throw new Compiler.Unsupported("request.security supports float, int, bool, color, string, "
                    + "user-defined type and tuple expressions, not " + kind.name().toLowerCase(), args[2].range());
        }
        Ex value = kind == Kind.TUPLE || object ? expr : comp.coerce(expr, kind, c.range());
        Timeframe fixedTf = tf;
        Ex tfExpr = tfText;
        Ex ignoreInvalid = args[5] == null ? null : comp.coerce(comp.expr(args[5]), Kind.BOOL, args[5].range());
        int state = comp.layout.state(ctx -> {
            State st = new State(fixedTf, layout, value, kind, gaps, lookahead, symbol, tfExpr);
            st.ignoreInvalid = ignoreInvalid;
            return st;
        });
        Request out = new Request(kind, state, c.range());
        out.tupleKinds = expr.tupleKinds;
        out.tupleUdts = expr.tupleUdts;
        out.udt = expr.udt;
        return out;
    }

    /** True for the chart's own symbol written as syminfo.tickerid / syminfo.ticker or "". */
    private static boolean ownSymbol(Expr e) {
        String q = Compiler.qualified(e);
        return "syminfo.tickerid".equals(q) || "syminfo.ticker".equals(q)
                || e instanceof StringLiteral s && s.value().isEmpty();
    }

    /** Per call site: the higher-timeframe context and the values computed so far. */
    static final class State {
        /** The requested timeframe: fixed at compile time, or resolved on the first bar. */
        Timeframe tf;
        /** The symbol expression (null = the chart's symbol) and a non-literal timeframe expression (or null). */
        final Ex symbol;
        final Ex tfText;
        final Layout layout;
        final Ex expr;
        final Kind kind;
        final boolean gaps;
        final boolean lookahead;
        RunContext htf;
        Frame frame;
        int[] perBar;
        Ex[] commits;
        long[] htfTime;
        double[] dv;
        long[] lv;
        Object[] ov;
        int evaluated = -1;
        int j;
        int lastJ = -1;
        int lastEmitted = -1;
        /** ignore_invalid_symbol (null = false) and whether the symbol turned out to have no data. */
        Ex ignoreInvalid;
        boolean invalid;

        State(Timeframe tf, Layout layout, Ex expr, Kind kind, boolean gaps, boolean lookahead, Ex symbol,
                Ex tfText) {
            this.tf = tf;
            this.symbol = symbol;
            this.tfText = tfText;
            this.layout = layout;
            this.expr = expr;
            this.kind = kind;
            this.gaps = gaps;
            this.lookahead = lookahead;
        }

        private void init(Frame caller, SourceRange pos) {
            RunContext base = caller.ctx;
            String name = symbol == null ? null : (String) symbol.o(caller);
            BarSeries source;
            try {
                source = SecurityData.series(base, name, "request.security", pos);
            } catch (PineError e) {
                if (ignoreInvalid == null || !ignoreInvalid.b(caller)) {
                    throw e;
                }
                invalid = true; // ignore_invalid_symbol = true: na on every bar, as TradingView does
                return;
            }
            if (tf == null) {
                tf = SecurityData.timeframe(tfText == null ? null : (String) tfText.o(caller), base.bars,
                        "request.security", pos);
            }
            if (tf.durationMs() < base.bars.timeframe().durationMs()) {
                throw new PineError("request.security: lower timeframes (" + tf.pinePeriod() + " on a "
                        + base.bars.timeframe().pinePeriod() + " chart) are not supported", pos);
            }
            BarSeries bars = SecurityData.at(source, tf, name, "request.security", pos);
            if (org.exhaustionlab.pine.runtime.lib.Ticker.isHeikinAshi(name)) {
                bars = SecurityData.heikinAshi(bars);
            }
            htf = new RunContext(bars, base.options, 0, base.inputValues);
            htf.global = base.global;
            frame = new Frame(htf, layout);
            htf.contextFrame = frame;
            perBar = layout.perBar.stream().mapToInt(Integer::intValue).toArray();
            commits = layout.commitArray();
            htfTime = bars.times();
            if (kind == Kind.FLOAT) {
                dv = new double[bars.size()];
            } else if (kind.inObject()) {
                ov = new Object[bars.size()];
            } else {
                lv = new long[bars.size()];
            }
        }

        private void ensure(int k) {
            while (evaluated < k) {
                evaluated++;
                htf.bar = evaluated;
                for (int s : perBar) {
                    ((BuiltinVariables.TaVar) frame.st[s]).get(htf);
                }
                switch (kind) {
                    case FLOAT -> dv[evaluated] = expr.d(frame);
                    case BOOL -> lv[evaluated] = expr.b(frame) ? 1 : 0;
                    case TUPLE, STRING, OBJECT -> ov[evaluated] = expr.o(frame);
                    default -> lv[evaluated] = expr.l(frame);
                }
                for (Ex e : commits) {
                    e.o(frame);
                }
            }
        }

        /** The higher-timeframe bar whose value applies to chart bar {@code base.bar}, or -1 for na. */
        int index(Frame caller, SourceRange pos) {
            RunContext base = caller.ctx;
            if (htf == null) {
                if (!invalid) {
                    init(caller, pos);
                }
                if (invalid) {
                    return -1;
                }
            }
            long t = base.time[base.bar];
            while (j + 1 < htfTime.length && htfTime[j + 1] <= t) {
                j++;
            }
            if (htfTime.length == 0 || htfTime[j] > t) {
                return -1;
            }
            boolean first = j != lastJ;
            lastJ = j;
            if (lookahead) {
                return gaps && !first ? -1 : j;
            }
            boolean closed = base.bars.timeframe().nextOpen(t) >= tf.nextOpen(htfTime[j]);
            if (gaps) {
                // a value only on the chart bar where its higher bar completes (once, even when the other
                // symbol's next bar is missing)
                if (!closed || j == lastEmitted) {
                    return -1;
                }
                lastEmitted = j;
                return j;
            }
            return closed ? j : j - 1;
        }
    }

    static final class Request extends Ex {
        final int state;

        Request(Kind kind, int state, SourceRange pos) {
            super(kind, pos);
            this.state = state;
        }

        @Override
        double d(Frame f) {
            State s = (State) f.st[state];
            int k = s.index(f, pos);
            if (k < 0) {
                return Double.NaN;
            }
            s.ensure(k);
            return s.dv[k];
        }

        @Override
        long l(Frame f) {
            State s = (State) f.st[state];
            int k = s.index(f, pos);
            if (k < 0) {
                return Long.MIN_VALUE;
            }
            s.ensure(k);
            return s.lv[k];
        }

        @Override
        boolean b(Frame f) {
            return l(f) == 1;
        }

        /** A tuple (the higher bar's boxed values, or all na), a string or an object (or na). */
        @Override
        Object o(Frame f) {
            State s = (State) f.st[state];
            int k = s.index(f, pos);
            if (k < 0) {
                return kind == Kind.TUPLE ? new Object[tupleKinds.length] : null;
            }
            s.ensure(k);
            return s.ov[k];
        }
    }
}
