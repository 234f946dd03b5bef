package org.exhaustionlab.pine.runtime.interp;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.StringLiteral;
import org.exhaustionlab.pine.runtime.lib.BoolArray;
import org.exhaustionlab.pine.runtime.lib.FloatArray;
import org.exhaustionlab.pine.runtime.lib.IntArray;

/**
 * {@code request.security_lower_tf(symbol, timeframe, expression)}: on each chart bar, an array with the expression's
 * value on every lower-timeframe bar inside it, oldest first (empty when none). The lower-timeframe bars come from the
 * run options' {@code securities} — for the chart's own symbol too, under its name, since the chart series has no
 * intrabars — resampled up when they are finer than requested; the timeframe equal to the chart's gives one element.
 * The expression runs in its own context over every lower bar in order (its ta.* state sees all of them).
 */
final class SecurityLowerTf {
    private SecurityLowerTf() {
    }

    private static final String NAME = "request.security_lower_tf";
    private static final String[] PARAMS = {"symbol", "timeframe", "expression", "ignore_invalid_symbol", "currency",
        "ignore_invalid_timeframe", "calc_bars_count"};

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
                throw new Compiler.Unsupported(NAME + ": unexpected argument", a.range());
            }
            args[index] = a.value();
        }
        if (args[0] == null || args[1] == null || args[2] == null) {
            throw new Compiler.Unsupported(NAME + " needs symbol, timeframe and expression", c.range());
        }
        String q = Compiler.qualified(args[0]);
        boolean own = "syminfo.tickerid".equals(q) || "syminfo.ticker".equals(q)
                || args[0] instanceof StringLiteral s && s.value().isEmpty();
        Ex symbol = own ? null : comp.expr(args[0]);
        Ex tfText = comp.expr(args[1]);
        if (symbol != null && symbol.kind != Kind.STRING || tfText.kind != Kind.STRING) {
            throw new Compiler.Unsupported(NAME + ": symbol and timeframe must be strings", c.range());
        }
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
            comp.securityContext = "lower";
            expr = comp.expr(args[2]);
        } finally {
            comp.layout = saved;
            comp.contextLayout = savedContext;
            comp.scope = savedScope;
            comp.securityContext = savedSecurity;
        }
        Kind kind = expr.kind == Kind.NA ? Kind.FLOAT : expr.kind;
        if (kind == Kind.TUPLE) {
            return tuple(comp, c, args[2], expr, layout, symbol, tfText);
        }
        if (!scalar(kind)) {
            throw new Compiler.Unsupported(NAME + " supports float, int, bool, color and tuple expressions, not "
                    + kind.name().toLowerCase(), args[2].range());
        }
        Ex value = comp.coerce(expr, kind, c.range());
        int state = comp.layout.state(ctx -> new State(layout, value, kind, symbol, tfText));
        Ex out = new Ex(Kind.OBJECT, c.range()) {
            @Override
            Object o(Frame f) {
                return ((State) f.st[state]).values(f, pos);
            }
        };
        out.udt = Udt.Info.array(kind, null);
        return out;
    }

    private static boolean scalar(Kind k) {
        return k == Kind.FLOAT || k == Kind.INT || k == Kind.BOOL || k == Kind.COLOR;
    }

    /** A tuple expression: a tuple of arrays, one per element, each with that element's value on every lower bar. */
    private static Ex tuple(Compiler comp, Call c, Expr written, Ex expr, Layout layout, Ex symbol, Ex tfText) {
        Kind[] elems = expr.tupleKinds.clone();
        Udt.Info[] arrays = new Udt.Info[elems.length];
        Kind[] kinds = new Kind[elems.length];
        for (int i = 0; i < elems.length; i++) {
            elems[i] = elems[i] == Kind.NA ? Kind.FLOAT : elems[i];
            if (!scalar(elems[i])) {
                throw new Compiler.Unsupported(NAME + " tuples may hold float, int, bool and color values, not "
                        + elems[i].name().toLowerCase(), written.range());
            }
            arrays[i] = Udt.Info.array(elems[i], null);
            kinds[i] = Kind.OBJECT;
        }
        int state = comp.layout.state(ctx -> new State(layout, expr, Kind.TUPLE, symbol, tfText, elems));
        Ex out = new Ex(Kind.TUPLE, c.range()) {
            @Override
            Object o(Frame f) {
                return ((State) f.st[state]).values(f, pos);
            }
        };
        out.tupleKinds = kinds;
        out.tupleUdts = arrays;
        return out;
    }

    /** Per call site: the lower-timeframe context and how far it has run. */
    static final class State {
        final Layout layout;
        final Ex expr;
        final Kind kind;
        final Ex symbol;
        final Ex tfText;
        RunContext lower;
        Frame frame;
        int[] perBar;
        Ex[] commits;
        long[] times;
        int next;

        /** The element kinds when {@link #kind} is TUPLE. */
        final Kind[] elems;

        State(Layout layout, Ex expr, Kind kind, Ex symbol, Ex tfText) {
            this(layout, expr, kind, symbol, tfText, null);
        }

        State(Layout layout, Ex expr, Kind kind, Ex symbol, Ex tfText, Kind[] elems) {
            this.layout = layout;
            this.expr = expr;
            this.kind = kind;
            this.symbol = symbol;
            this.tfText = tfText;
            this.elems = elems;
        }

        private void init(Frame caller, SourceRange pos) {
            RunContext base = caller.ctx;
            String name = symbol == null ? null : (String) symbol.o(caller);
            Timeframe tf = SecurityData.timeframe((String) tfText.o(caller), base.bars, NAME, pos);
            if (tf.durationMs() > base.bars.timeframe().durationMs()) {
                throw new PineError(NAME + ": " + tf.pinePeriod() + " is not lower than the chart's "
                        + base.bars.timeframe().pinePeriod() + " (use request.security for higher timeframes)", pos);
            }
            BarSeries source;
            if (SecurityData.isChart(base.bars, name) && tf == base.bars.timeframe()) {
                source = base.bars;
            } else {
                String lookup = name != null ? name : base.bars.symbol().name();
                source = SecurityData.series(base, lookup, NAME, pos);
                if (source == base.bars) {
                    source = SecurityData.supplied(base, base.bars.symbol().name());
                    if (source == null) {
                        throw new PineError(NAME + ": no " + tf.pinePeriod() + " bars of \"" + lookup + "\" (the "
                                + "chart has none inside its bars; supply them with the run, e.g. run --security "
                                + lookup + "=bars_1m.csv)", pos);
                    }
                }
            }
            BarSeries bars = SecurityData.at(source, tf, name == null ? base.bars.symbol().name() : name, NAME, pos);
            lower = new RunContext(bars, base.options, 0, base.inputValues);
            lower.global = base.global;
            frame = new Frame(lower, layout);
            lower.contextFrame = frame;
            perBar = layout.perBar.stream().mapToInt(Integer::intValue).toArray();
            commits = layout.commitArray();
            times = bars.times();
        }

        Object values(Frame caller, SourceRange pos) {
            if (lower == null) {
                init(caller, pos);
            }
            RunContext base = caller.ctx;
            long open = base.time[base.bar];
            long close = base.bars.timeframe().nextOpen(open);
            FloatArray fa = kind == Kind.FLOAT ? new FloatArray() : null;
            IntArray ia = kind == Kind.INT || kind == Kind.COLOR ? IntArray.from() : null;
            BoolArray ba = kind == Kind.BOOL ? BoolArray.from() : null;
            Object[] columns = kind == Kind.TUPLE ? new Object[elems.length] : null;
            for (int i = 0; columns != null && i < columns.length; i++) {
                columns[i] = elems[i] == Kind.FLOAT ? new FloatArray() : elems[i] == Kind.BOOL ? BoolArray.from()
                        : IntArray.from();
            }
            while (next < times.length && times[next] < close) {
                int k = next++;
                lower.bar = k;
                for (int s : perBar) {
                    ((BuiltinVariables.TaVar) frame.st[s]).get(lower);
                }
                boolean inside = times[k] >= open;
                switch (kind) {
                    case TUPLE -> {
                        Object[] v = (Object[]) expr.o(frame);
                        if (inside) {
                            push(columns, v);
                        }
                    }
                    case FLOAT -> {
                        double v = expr.d(frame);
                        if (inside) {
                            fa.push(v);
                        }
                    }
                    case BOOL -> {
                        boolean v = expr.b(frame);
                        if (inside) {
                            ba.push(v);
                        }
                    }
                    default -> {
                        long v = expr.l(frame);
                        if (inside) {
                            ia.push(v);
                        }
                    }
                }
                for (Ex e : commits) {
                    e.o(frame);
                }
            }
            return columns != null ? columns : fa != null ? fa : ia != null ? ia : ba;
        }

        /** One lower bar's tuple values (boxed, null = na) onto the element arrays. */
        private static void push(Object[] columns, Object[] values) {
            for (int i = 0; i < columns.length; i++) {
                Object v = values[i];
                if (columns[i] instanceof FloatArray fa) {
                    fa.push(v == null ? Double.NaN : ((Number) v).doubleValue());
                } else if (columns[i] instanceof BoolArray ba) {
                    ba.push(Boolean.TRUE.equals(v));
                } else {
                    ((IntArray) columns[i]).push(v == null ? Long.MIN_VALUE : ((Number) v).longValue());
                }
            }
        }
    }
}
