package org.exhaustionlab.pine.runtime.interp;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.catalog.Param;
import org.exhaustionlab.pine.runtime.strategy.ArgMap;
import org.exhaustionlab.pine.runtime.strategy.StrategyCall;
import org.exhaustionlab.pine.runtime.strategy.StrategyHost;

/**
 * strategy.* commands and state, forwarded to the {@link StrategyHost} of the run. Without a host the commands do
 * nothing and the state reads neutral values (0, or na for prices), and the run result says so.
 */
final class StrategyFunctions {
    private StrategyFunctions() {
    }

    static final String[] COMMANDS = {"entry", "order", "exit", "close", "close_all", "cancel", "cancel_all"};

    static void register(Map<String, Function<Bound, Ex>> r) {
        for (String c : COMMANDS) {
            r.put("strategy." + c, b -> command(b, c));
        }
        // risk rules reach the host as commands named "risk.<rule>"
        for (String rule : new String[] {"allow_entry_in", "max_cons_loss_days", "max_drawdown",
                "max_intraday_filled_orders", "max_intraday_loss", "max_position_size"}) {
            r.put("strategy.risk." + rule, b -> command(b, "risk." + rule));
        }
        for (String ns : new String[] {"strategy.closedtrades.", "strategy.opentrades."}) {
            for (String m : new String[] {"commission", "entry_bar_index", "entry_price", "entry_time",
                    "exit_bar_index", "exit_price", "exit_time", "max_drawdown", "max_runup", "profit",
                    "profit_percent", "size", "max_drawdown_percent", "max_runup_percent"}) {
                r.put(ns + m, b -> function(b, b.name.substring("strategy.".length())));
            }
            for (String m : ns.contains("closed") ? new String[] {"entry_comment", "entry_id", "exit_comment", "exit_id"}
                    : new String[] {"entry_comment", "entry_id"}) {
                r.put(ns + m, b -> textFunction(b, b.name.substring("strategy.".length())));
            }
        }
    }

    /** Builds the argument map of a call (every catalog parameter, evaluated) over the call site's name table. */
    static Map<String, Object> args(Bound b, ArgMap.Names names, Frame f) {
        Object[] values = new Object[names.size()];
        for (int i = 0; i < values.length; i++) {
            Object v = b.a[i].boxed(f);
            if (v == null && b.a[i].kind == Kind.FLOAT) {
                v = Double.NaN;
            }
            values[i] = v;
        }
        return new ArgMap(names, values);
    }

    static ArgMap.Names names(Bound b) {
        List<String> names = new java.util.ArrayList<>();
        for (Param p : b.sig.params()) {
            names.add(p.name());
        }
        return new ArgMap.Names(names);
    }

    /** The strategy() declaration: evaluated once by the run loop before the first bar (the statement is inert). */
    static Ex declaration(Bound b) {
        ArgMap.Names names = names(b);
        b.comp.outputs.declaration = new Ex(Kind.VOID, b.pos) {
            @Override
            Object o(Frame f) {
                StrategyHost h = f.ctx.host;
                if (h != null) {
                    h.declare(new StrategyCall("strategy", 0, pos.startLine(), args(b, names, f)));
                }
                return null;
            }
        };
        return new Lit.Na(b.pos);
    }

    private static Ex command(Bound b, String name) {
        b.comp.outputs.usesStrategyCalls = true;
        ArgMap.Names names = names(b);
        int when = b.index("when");
        return new Ex(Kind.VOID, b.pos) {
            @Override
            Object o(Frame f) {
                StrategyHost h = f.ctx.host;
                if (h != null) {
                    Map<String, Object> a = args(b, names, f);
                    if (when >= 0 && Boolean.FALSE.equals(a.get("when"))) {
                        return null;
                    }
                    h.call(new StrategyCall(name, f.ctx.bar, pos.startLine(), a));
                }
                return null;
            }
        };
    }

    private static Ex function(Bound b, String name) {
        Ex[] xs = new Ex[b.a.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = b.comp.coerce(b.a[i], Kind.FLOAT, b.pos);
        }
        Ex out = new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame f) {
                StrategyHost h = f.ctx.host;
                if (h == null) {
                    return Double.NaN;
                }
                double[] v = new double[xs.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = xs[i].d(f);
                }
                return h.function(name, v);
            }
        };
        return name.endsWith("bar_index") || name.endsWith("_time") ? new Conv.FloatToInt(out) : out;
    }

    /** A trade's order id or comment, answered by {@link StrategyHost#textFunction}; na without a host. */
    private static Ex textFunction(Bound b, String name) {
        Ex[] xs = new Ex[b.a.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = b.comp.coerce(b.a[i], Kind.FLOAT, b.pos);
        }
        return new Ex(Kind.STRING, b.pos) {
            @Override
            Object o(Frame f) {
                StrategyHost h = f.ctx.host;
                if (h == null) {
                    return null;
                }
                double[] v = new double[xs.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = xs[i].d(f);
                }
                return h.textFunction(name, v);
            }
        };
    }

    static Ex variable(String name, SourceRange pos) {
        if (name.equals("strategy.long")) {
            return new Lit.O(Kind.STRING, "long", pos);
        }
        if (name.equals("strategy.short")) {
            return new Lit.O(Kind.STRING, "short", pos);
        }
        if (!name.startsWith("strategy.") || name.indexOf('.', 9) >= 0 && !name.startsWith("strategy.closedtrades")
                && !name.startsWith("strategy.opentrades")) {
            return null;
        }
        String key = name.substring(9);
        if (key.equals("position_entry_name")) {
            return new Ex(Kind.STRING, pos) {
                @Override
                Object o(Frame f) {
                    return f.ctx.host == null ? null : f.ctx.host.text(key);
                }
            };
        }
        boolean counted = key.equals("closedtrades") || key.equals("opentrades") || key.equals("wintrades")
                || key.equals("losstrades") || key.equals("eventrades");
        Ex v = new Ex(Kind.FLOAT, pos) {
            @Override
            double d(Frame f) {
                StrategyHost h = f.ctx.host;
                if (h == null) {
                    return key.equals("position_avg_price") ? Double.NaN : 0.0;
                }
                return h.variable(key);
            }
        };
        return counted ? new Conv.FloatToInt(v) : v;
    }
}
