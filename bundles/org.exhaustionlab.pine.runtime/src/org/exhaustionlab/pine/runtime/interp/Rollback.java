package org.exhaustionlab.pine.runtime.interp;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.exhaustionlab.pine.runtime.strategy.StrategyHost;

/**
 * The state of a run at the start of a bar, restorable after extra executions of the script on that bar
 * (calc_on_order_fills): {@code var} slots, series history, ta.* and library call-site state, user-function frames,
 * collections and objects the script holds, drawings, plots and events of the bar. Captured by walking the object
 * graph from the global frame and saving every reachable mutable field and array, so a state class needs no rollback
 * code of its own. Only created for strategies with calc_on_order_fills, on bars where an order filled.
 * <p>
 * Not walked (and so not rolled back): compiled code, the run context, the strategy host, request.security states
 * (their values depend only on the higher-timeframe bars, so recomputing them gives the same result), and JDK
 * objects other than lists and maps (strings, boxed numbers: immutable).
 */
final class Rollback {
    private static final Map<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();

    private final RunContext ctx;
    private final IdentityHashMap<Object, Object> saved = new IdentityHashMap<>();
    private final int events;
    private final double[] plotValues;
    private final long[] plotColors;

    private Rollback(RunContext ctx, Frame global) {
        this.ctx = ctx;
        this.events = ctx.events.size();
        int bar = ctx.bar;
        plotValues = new double[ctx.plotValues.length];
        plotColors = new long[ctx.plotColors.length];
        for (int i = 0; i < plotValues.length; i++) {
            plotValues[i] = ctx.plotValues[i] == null ? Double.NaN : ctx.plotValues[i][bar];
            plotColors[i] = ctx.plotColors[i] == null ? Long.MIN_VALUE : ctx.plotColors[i][bar];
        }
        ArrayDeque<Object> todo = new ArrayDeque<>();
        todo.push(global);
        if (ctx.drawings() != null) {
            todo.push(ctx.drawings());
        }
        while (!todo.isEmpty()) {
            save(todo.pop(), todo);
        }
    }

    /** Captures the run's state now (call at the start of the bar, before any extra execution). */
    static Rollback capture(RunContext ctx, Frame global) {
        return new Rollback(ctx, global);
    }

    private static boolean opaque(Object x) {
        return x instanceof Ex || x instanceof RunContext || x instanceof StrategyHost || x instanceof Layout
                || x instanceof Outputs || x instanceof Security.State || x instanceof Class || x instanceof Enum
                || x instanceof Kind;
    }

    private void save(Object x, ArrayDeque<Object> todo) {
        if (x == null || saved.containsKey(x) || opaque(x)) {
            return;
        }
        Class<?> type = x.getClass();
        if (type.isArray()) {
            saveArray(x, type, todo);
            return;
        }
        if (type.getName().startsWith("java.")) {
            saveJdk(x, todo);
            return;
        }
        Field[] fields = fields(type);
        Object[] values = new Object[fields.length];
        try {
            for (int i = 0; i < fields.length; i++) {
                Object v = fields[i].get(x);
                values[i] = v;
                if (v != null && !fields[i].getType().isPrimitive()) {
                    todo.push(v);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("calc_on_order_fills: cannot save the state of " + type.getName(), e);
        }
        saved.put(x, values);
    }

    private void saveArray(Object x, Class<?> type, ArrayDeque<Object> todo) {
        if (type.getComponentType().isPrimitive()) {
            saved.put(x, cloneArray(x));
            return;
        }
        Object[] a = (Object[]) x;
        saved.put(x, a.clone());
        for (Object v : a) {
            if (v != null) {
                todo.push(v);
            }
        }
    }

    private void saveJdk(Object x, ArrayDeque<Object> todo) {
        if (x instanceof Collection<?> c) {
            if (x instanceof ArrayList || x instanceof java.util.LinkedList || x instanceof ArrayDeque) {
                saved.put(x, new ArrayList<Object>(c));
            } else {
                saved.put(x, Boolean.TRUE); // immutable or unknown: walk its elements only
            }
            for (Object v : c) {
                todo.push(v);
            }
        } else if (x instanceof Map<?, ?> m) {
            if (x instanceof java.util.HashMap || x instanceof java.util.TreeMap) {
                saved.put(x, new LinkedHashMap<Object, Object>(m));
            } else {
                saved.put(x, Boolean.TRUE);
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getKey() != null) {
                    todo.push(e.getKey());
                }
                if (e.getValue() != null) {
                    todo.push(e.getValue());
                }
            }
        }
        // other JDK values (String, boxed numbers, ...) are immutable
    }

    private static Object cloneArray(Object x) {
        if (x instanceof double[] a) {
            return a.clone();
        }
        if (x instanceof long[] a) {
            return a.clone();
        }
        if (x instanceof int[] a) {
            return a.clone();
        }
        if (x instanceof boolean[] a) {
            return a.clone();
        }
        if (x instanceof byte[] a) {
            return a.clone();
        }
        if (x instanceof char[] a) {
            return a.clone();
        }
        if (x instanceof short[] a) {
            return a.clone();
        }
        return ((float[]) x).clone();
    }

    /** Puts every saved field, array, list and map back, and drops the plots, events and drawings added since. */
    void restore() {
        try {
            for (Map.Entry<Object, Object> e : saved.entrySet()) {
                Object x = e.getKey();
                Object v = e.getValue();
                Class<?> type = x.getClass();
                if (type.isArray()) {
                    int n = java.lang.reflect.Array.getLength(v);
                    System.arraycopy(v, 0, x, 0, n);
                } else if (!(v instanceof Object[])) {
                    restoreJdk(x, v);
                } else {
                    Field[] fields = fields(type);
                    Object[] values = (Object[]) v;
                    for (int i = 0; i < fields.length; i++) {
                        if (!Modifier.isFinal(fields[i].getModifiers())) {
                            fields[i].set(x, values[i]);
                        }
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("calc_on_order_fills: cannot restore the script's state", e);
        }
        while (ctx.events.size() > events) {
            ctx.events.remove(ctx.events.size() - 1);
        }
        int bar = ctx.bar;
        for (int i = 0; i < plotValues.length; i++) {
            if (ctx.plotValues[i] != null) {
                ctx.plotValues[i][bar] = plotValues[i];
            }
            if (ctx.plotColors[i] != null) {
                ctx.plotColors[i][bar] = plotColors[i];
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void restoreJdk(Object x, Object v) {
        if (v == Boolean.TRUE) {
            return; // immutable collection: only its elements were saved
        }
        if (x instanceof Collection<?> c) {
            ((Collection<Object>) c).clear();
            ((Collection<Object>) c).addAll((List<Object>) v);
        } else if (x instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).clear();
            ((Map<Object, Object>) m).putAll((Map<Object, Object>) v);
        }
    }

    /** Every instance field of {@code type} and its superclasses, made accessible (cached per class). */
    private static Field[] fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> out = new ArrayList<>();
            for (Class<?> k = t; k != null && !k.getName().startsWith("java."); k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                    } catch (InaccessibleObjectException | SecurityException e) {
                        throw new IllegalStateException("calc_on_order_fills: the state of " + t.getName()
                                + " cannot be rolled back (its fields are not accessible)", e);
                    }
                    out.add(f);
                }
            }
            return out.toArray(new Field[0]);
        });
    }
}
