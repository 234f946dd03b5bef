package org.exhaustionlab.pine.runtime.interp;

import java.util.Map;
import java.util.function.Function;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.runtime.RunResult;

/** plot*, bgcolor/barcolor, hline, fill, declarations, alerts, logs and runtime.error. */
final class PlotFunctions {
    private PlotFunctions() {
    }

    static void register(Map<String, Function<Bound, Ex>> r) {
        r.put("plot", b -> plot(b, "plot", b.arg("series", Kind.FLOAT)));
        r.put("plotshape", b -> plot(b, "plotshape", shapeValue(b)));
        r.put("plotchar", b -> plot(b, "plotchar", shapeValue(b)));
        r.put("plotarrow", b -> plot(b, "plotarrow", b.arg("series", Kind.FLOAT)));
        r.put("bgcolor", b -> plot(b, "bgcolor", null));
        r.put("barcolor", b -> plot(b, "barcolor", null));
        r.put("plotcandle", b -> candle(b, "plotcandle"));
        r.put("plotbar", b -> candle(b, "plotbar"));
        r.put("fill", PlotFunctions::fill);
        r.put("hline", b -> {
            Ex price = b.arg("price", Kind.FLOAT);
            Ex color = b.arg("color");
            double p = price instanceof Lit.D d ? d.v : Double.NaN;
            long c = color instanceof Lit.L l ? l.v : Long.MIN_VALUE;
            String title = b.constString("title");
            b.comp.outputs.hlines.add(new RunResult.HLine(title == null ? "" : title, p, c));
            return new Lit.O(Kind.OBJECT, new Handle(title == null || title.isEmpty() ? "hline" : title), b.pos);
        });
        r.put("indicator", b -> declaration(b, false));
        r.put("strategy", b -> declaration(b, true));
        r.put("library", b -> new Lit.Na(b.pos));
        r.put("max_bars_back", b -> new Lit.Na(b.pos));
        r.put("alertcondition", b -> {
            Ex cond = b.arg("condition", Kind.BOOL);
            String title = b.constString("title");
            Ex message = b.arg("message");
            return new Ex(Kind.VOID, b.pos) {
                @Override
                Object o(Frame f) {
                    if (cond.b(f)) {
                        Object m = message == null ? null : message.o(f);
                        f.ctx.event("alertcondition:" + (title == null ? "" : title), m == null ? "" : m.toString());
                    }
                    return null;
                }
            };
        });
        r.put("alert", b -> message(b, "alert", "message"));
        r.put("log.info", b -> message(b, "log.info", "message"));
        r.put("log.warning", b -> message(b, "log.warning", "message"));
        r.put("log.error", b -> message(b, "log.error", "message"));
        r.put("runtime.error", b -> {
            Ex m = b.arg("message");
            return new Ex(Kind.VOID, b.pos) {
                @Override
                Object o(Frame f) {
                    Object text = m == null ? null : m.o(f);
                    throw new PineError(text == null ? "runtime.error" : text.toString(), pos);
                }
            };
        });
    }

    /** What plot() and hline() return: a reference to the output, usable by fill(). */
    record Handle(String title) {
    }

    /** fill(): a colour-only column titled as written, or "fill(<first>, <second>)". */
    private static Ex fill(Bound b) {
        Ex first = b.a[0];
        Ex second = b.a[1];
        String title = b.constString("title");
        String name = title != null && !title.isEmpty() ? title
                : "fill(" + handleTitle(first) + ", " + handleTitle(second) + ")";
        int index = b.comp.outputs.plot(name, "fill");
        Ex color = b.arg("color") != null ? b.arg("color", Kind.COLOR) : b.arg("top_color", Kind.COLOR);
        return new Ex(Kind.VOID, b.pos) {
            @Override
            Object o(Frame f) {
                RunContext c = f.ctx;
                c.plotColor(index)[c.bar] = color == null ? Long.MIN_VALUE : color.l(f);
                return null;
            }
        };
    }

    private static String handleTitle(Ex e) {
        if (e instanceof Lit.O o && o.v instanceof Handle h) {
            return h.title();
        }
        if (e instanceof Plot p) {
            return p.title;
        }
        if (e instanceof Vars.Get g && g.handle != null) {
            return g.handle;
        }
        return "?";
    }

    private static Ex message(Bound b, String type, String param) {
        Ex m = b.arg(param);
        Ex format = m == null ? b.arg("formatString") : null;
        Ex[] args = format == null ? new Ex[0] : MathFunctions.formatArgs(b);
        return new Ex(Kind.VOID, b.pos) {
            @Override
            Object o(Frame f) {
                String text = format != null ? MathFunctions.format(format, args, f)
                        : m == null ? "" : MathFunctions.text(m, f);
                f.ctx.event(type, text);
                return null;
            }
        };
    }

    private static Ex declaration(Bound b, boolean strategy) {
        String title = b.constString("title");
        b.comp.outputs.title = title == null ? "" : title;
        b.comp.outputs.strategy = strategy;
        Drawings.declareLimits(b, b.comp.outputs.drawingLimits);
        if (strategy) {
            return StrategyFunctions.declaration(b);
        }
        return new Lit.Na(b.pos);
    }

    private static boolean given(Bound b, String param) {
        int index = b.index(param);
        int positional = 0;
        for (Argument a : b.call.arguments()) {
            if (a.name() == null) {
                if (positional++ == index) {
                    return true;
                }
            } else if (a.name().name().equals(param)) {
                return true;
            }
        }
        return false;
    }

    /** plotshape/plotchar: a bool series plots 1 where true and na elsewhere; a float series plots itself. */
    private static Ex shapeValue(Bound b) {
        Ex s = b.arg("series");
        if (s.kind == Kind.BOOL) {
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame f) {
                    return s.b(f) ? 1.0 : Double.NaN;
                }
            };
        }
        return b.comp.coerce(s, Kind.FLOAT, b.pos);
    }

    /** A plot call: records this bar's value (and colour) and returns its handle (for fill()). */
    static final class Plot extends Ex {
        final int index;
        final Ex value;
        final Ex color;
        final String title;
        final Handle handle;

        Plot(int index, String title, Ex value, Ex color, org.exhaustionlab.pine.SourceRange pos) {
            super(Kind.OBJECT, pos);
            this.index = index;
            this.title = title;
            this.value = value;
            this.color = color;
            this.handle = new Handle(title);
        }

        @Override
        Object o(Frame f) {
            RunContext c = f.ctx;
            if (value != null) {
                c.plot(index)[c.bar] = value.d(f);
            }
            if (color != null) {
                c.plotColor(index)[c.bar] = color.l(f);
            }
            return handle;
        }
    }

    private static Ex plot(Bound b, String kind, Ex value) {
        String title = b.constString("title");
        int index = b.comp.outputs.plot(title, kind);
        String colorParam = kind.equals("plotarrow") ? "colorup" : "color";
        Ex color = given(b, colorParam) || value == null ? b.arg(colorParam, Kind.COLOR) : null;
        return new Plot(index, b.comp.outputs.plots.get(index).title(), value, color, b.pos);
    }

    private static Ex candle(Bound b, String kind) {
        String title = b.constString("title");
        String base = title == null || title.isEmpty() ? kind + " " + (b.comp.outputs.plots.size() + 1) : title;
        String[] parts = {"open", "high", "low", "close"};
        Ex[] values = new Ex[4];
        int[] index = new int[4];
        for (int i = 0; i < 4; i++) {
            values[i] = b.arg(parts[i], Kind.FLOAT);
            index[i] = b.comp.outputs.plot(base + "." + parts[i], kind);
        }
        return new Ex(Kind.VOID, b.pos) {
            @Override
            Object o(Frame f) {
                RunContext c = f.ctx;
                for (int i = 0; i < 4; i++) {
                    c.plot(index[i])[c.bar] = values[i].d(f);
                }
                return null;
            }
        };
    }
}
