package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.exhaustionlab.pine.catalog.Param;
import org.exhaustionlab.pine.runtime.DrawingObject;

/**
 * line / label / box / table / polyline / linefill: mutable drawing objects kept as property maps. Every
 * {@code <type>.new} stores its evaluated arguments, {@code set_*} updates them, {@code get_*} reads them back,
 * {@code delete} marks them deleted. The run result lists them as {@link DrawingObject}s.
 */
final class Drawings {
    private Drawings() {
    }

    static final List<String> TYPES = List.of("line", "label", "box", "table", "polyline", "linefill");
    /**
     * Live objects per type beyond which the oldest is deleted: TradingView's maximum max_*_count, and the limit of
     * the types without such a parameter (tables, linefills).
     */
    static final int MAX_PER_TYPE = 500;
    /** The declaration parameter limiting each type; TradingView keeps the last 50 unless the script says otherwise. */
    private static final Map<String, String> LIMIT_PARAMS = Map.of("line", "max_lines_count", "label",
            "max_labels_count", "box", "max_boxes_count", "polyline", "max_polylines_count");
    private static final int DEFAULT_LIMIT = 50;

    /**
     * Reads max_lines_count, max_labels_count, max_boxes_count and max_polylines_count of an indicator() or
     * strategy() declaration into {@code limits} (constants, clamped to TradingView's range; its default 50 when
     * not given).
     */
    static void declareLimits(Bound b, Map<String, Integer> limits) {
        LIMIT_PARAMS.forEach((type, param) -> {
            Ex e = b.arg(param);
            long n = e instanceof Lit.L lit ? lit.v : e instanceof Lit.D d && d.v == Math.rint(d.v) ? (long) d.v
                    : DEFAULT_LIMIT;
            int most = type.equals("polyline") ? 100 : MAX_PER_TYPE; // TradingView: 1..100 polylines, 1..500 others
            limits.put(type, (int) Math.max(1, Math.min(most, n)));
        });
    }

    /** A drawing while the script runs. */
    static final class Item {
        final String type;
        final int id;
        final int bar;
        final Map<String, Object> props = new LinkedHashMap<>();
        boolean deleted;

        Item(String type, int id, int bar) {
            this.type = type;
            this.id = id;
            this.bar = bar;
        }

        DrawingObject snapshot() {
            Map<String, Object> copy = new LinkedHashMap<>();
            // a reference to another drawing (linefill.line1) becomes that drawing's id: plain data, comparable
            props.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? Map.copyOf(nonNull(m))
                    : v instanceof Item i ? (Object) (long) i.id : v));
            return new DrawingObject(type, id, bar, deleted, java.util.Collections.unmodifiableMap(copy));
        }

        private static Map<Object, Object> nonNull(Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, v == null ? "" : v));
            return out;
        }
    }

    /**
     * Per run: the drawings in creation order. Memory stays bounded on long histories: at most
     * {@link #MAX_PER_TYPE} live and {@link #MAX_PER_TYPE} deleted objects are kept per type (the oldest deleted
     * ones are forgotten), so a script drawing a label on every bar does not grow without limit.
     */
    static final class Registry {
        final java.util.Set<Item> items = new java.util.LinkedHashSet<>();
        final Map<String, List<Item>> live = new LinkedHashMap<>();
        final Map<String, java.util.ArrayDeque<Item>> dead = new LinkedHashMap<>();
        private final Map<String, Integer> limits;
        private int nextId = 1;

        /** @param limits live objects kept per type (absent types: {@link #MAX_PER_TYPE}) */
        Registry(Map<String, Integer> limits) {
            this.limits = limits;
        }

        Item create(String type, int bar) {
            Item item = new Item(type, nextId++, bar);
            items.add(item);
            List<Item> l = live.computeIfAbsent(type, k -> new ArrayList<>());
            l.add(item);
            if (l.size() > limits.getOrDefault(type, MAX_PER_TYPE)) {
                delete(l.get(0));
            }
            return item;
        }

        void delete(Item item) {
            if (item.deleted) {
                return;
            }
            item.deleted = true;
            live.getOrDefault(item.type, new ArrayList<>()).remove(item);
            java.util.ArrayDeque<Item> d = dead.computeIfAbsent(item.type, k -> new java.util.ArrayDeque<>());
            d.addLast(item);
            if (d.size() > MAX_PER_TYPE) {
                items.remove(d.removeFirst());
            }
        }
    }

    static Udt.Info typeOf(String name) {
        if (name.equals("chart.point")) {
            return ChartBuiltins.POINT;
        }
        return TYPES.contains(name) ? DRAWING_TYPES.get(name) : null;
    }

    private static final Map<String, Udt.Info> DRAWING_TYPES = new LinkedHashMap<>();

    static {
        for (String t : TYPES) {
            DRAWING_TYPES.put(t, new Udt.Info(t));
        }
    }

    /**
     * {@code line.all}, {@code label.all}, ...: a new array of the type's live drawings, oldest first (changing it
     * does not change the drawings); null for other names.
     */
    static Ex all(String name, org.exhaustionlab.pine.SourceRange pos) {
        int dot = name.indexOf('.');
        if (dot < 0 || !name.substring(dot + 1).equals("all") || typeOf(name.substring(0, dot)) == null) {
            return null;
        }
        String type = name.substring(0, dot);
        Ex e = new Ex(Kind.OBJECT, pos) {
            @Override
            Object o(Frame f) {
                org.exhaustionlab.pine.runtime.lib.ObjectArray<Object> a =
                        new org.exhaustionlab.pine.runtime.lib.ObjectArray<Object>(type);
                for (Item item : f.ctx.drawings().live.getOrDefault(type, List.of())) {
                    a.push(item);
                }
                return a;
            }
        };
        e.udt = Udt.Info.array(Kind.OBJECT, typeOf(type));
        return e;
    }

    static void register(Compiler comp, Map<String, Function<Bound, Ex>> r) {
        for (String name : comp.catalog.functionNames()) {
            int dot = name.indexOf('.');
            if (dot > 0 && TYPES.contains(name.substring(0, dot))) {
                r.put(name, Drawings::make);
            }
        }
    }

    private static Object value(Ex e, Frame f) {
        Object v = e.boxed(f);
        return v == null && e.kind == Kind.FLOAT ? (Object) Double.NaN : v;
    }

    private static Item item(Ex e, Frame f) {
        Object o = e.o(f);
        return o instanceof Item i ? i : null;
    }

    /**
     * Stores a property. A chart.point argument (line.new(first_point, ...), label.set_point, ...) is stored as its
     * fields and also sets the coordinates it stands for, so get_x1/get_y1 and the result's x/y properties agree with
     * the coordinate overloads; the x coordinate is the point's time under xloc.bar_time, else its bar index.
     */
    private static void put(Item item, String key, Object v) {
        if (v instanceof org.exhaustionlab.pine.runtime.lib.ObjectArray<?> arr && key.equals("points")) {
            // polyline points: a snapshot of the array (the script may change it afterwards), one map per point
            List<Object> points = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                Map<String, Object> p = ChartBuiltins.fields(arr.get(i));
                points.add(p == null ? "" : p);
            }
            item.props.put(key, java.util.Collections.unmodifiableList(points));
            return;
        }
        Map<String, Object> point = ChartBuiltins.fields(v);
        if (point == null) {
            item.props.put(key, v);
            return;
        }
        item.props.put(key, point);
        String[] xy = switch (key) {
            case "first_point" -> new String[] {"x1", "y1"};
            case "second_point" -> new String[] {"x2", "y2"};
            case "point" -> new String[] {"x", "y"};
            case "top_left", "top_left_point" -> new String[] {"left", "top"};
            case "bottom_right", "bottom_right_point" -> new String[] {"right", "bottom"};
            default -> null;
        };
        if (xy != null) {
            boolean byTime = "xloc.bar_time".equals(item.props.get("xloc"));
            Object x = point.get(byTime ? "time" : "index");
            item.props.put(xy[0], x instanceof Long ? x : null);
            item.props.put(xy[1], point.get("price"));
        }
    }

    private static Ex make(Bound b) {
        String type = b.name.substring(0, b.name.indexOf('.'));
        String fn = b.name.substring(b.name.indexOf('.') + 1);
        List<Param> params = b.sig.params();
        Ex[] a = b.a;
        Udt.Info info = typeOf(type);
        switch (fn) {
            case "new": {
                Ex e = new Ex(Kind.OBJECT, b.pos) {
                    @Override
                    Object o(Frame f) {
                        Item item = f.ctx.drawings().create(type, f.ctx.bar);
                        Object[] values = new Object[a.length];
                        for (int i = 0; i < a.length; i++) {
                            values[i] = value(a[i], f);
                            item.props.put(params.get(i).name(), values[i]);
                        }
                        // chart points last: their x coordinate depends on the xloc argument that follows them
                        for (int i = 0; i < a.length; i++) {
                            if (values[i] instanceof Udt.Obj || params.get(i).name().equals("points")) {
                                put(item, params.get(i).name(), values[i]);
                            }
                        }
                        return item;
                    }
                };
                e.udt = info;
                return e;
            }
            case "delete":
                return new Ex(Kind.VOID, b.pos) {
                    @Override
                    Object o(Frame f) {
                        Item item = item(a[0], f);
                        if (item != null) {
                            f.ctx.drawings().delete(item);
                        }
                        return null;
                    }
                };
            case "copy": {
                Ex e = new Ex(Kind.OBJECT, b.pos) {
                    @Override
                    Object o(Frame f) {
                        Item item = item(a[0], f);
                        if (item == null) {
                            return null;
                        }
                        Item c = f.ctx.drawings().create(type, f.ctx.bar);
                        c.props.putAll(item.props);
                        return c;
                    }
                };
                e.udt = info;
                return e;
            }
            case "cell":
                return new Ex(Kind.VOID, b.pos) {
                    @Override
                    Object o(Frame f) {
                        Item item = item(a[0], f);
                        if (item != null) {
                            Map<String, Object> cell = new LinkedHashMap<>();
                            for (int i = 3; i < a.length; i++) {
                                cell.put(params.get(i).name(), value(a[i], f));
                            }
                            item.props.put("cell:" + a[1].l(f) + ":" + a[2].l(f), cell);
                        }
                        return null;
                    }
                };
            case "clear", "merge_cells": {
                if (!type.equals("table")) {
                    break;
                }
                Ex[] at = new Ex[4];
                for (int i = 0; i < 4; i++) {
                    at[i] = b.comp.coerce(a[i + 1], Kind.INT, b.pos);
                }
                boolean clear = fn.equals("clear");
                return new Ex(Kind.VOID, b.pos) {
                    @Override
                    Object o(Frame f) {
                        Item item = item(a[0], f);
                        if (item != null) {
                            long c1 = at[0].l(f);
                            long r1 = at[1].l(f);
                            long c2 = at[2].l(f);
                            long r2 = at[3].l(f);
                            if (clear) {
                                TableCells.clear(item.props, c1, r1, c2, r2);
                            } else {
                                TableCells.merge(item.props, c1, r1, c2, r2);
                            }
                        }
                        return null;
                    }
                };
            }
            default:
                break;
        }
        if (fn.startsWith("set_")) {
            String prop = fn.substring(4);
            String[] keys = switch (prop) {
                case "xy1" -> new String[] {"x1", "y1"};
                case "xy2" -> new String[] {"x2", "y2"};
                case "lefttop" -> new String[] {"left", "top"};
                case "rightbottom" -> new String[] {"right", "bottom"};
                case "xy" -> new String[] {"x", "y"};
                default -> null;
            };
            return new Ex(Kind.VOID, b.pos) {
                @Override
                Object o(Frame f) {
                    Item item = item(a[0], f);
                    if (item == null) {
                        return null;
                    }
                    for (int i = 1; i < a.length; i++) {
                        String key = keys != null && i - 1 < keys.length ? keys[i - 1]
                                : a.length == 2 ? prop : params.get(i).name();
                        put(item, key, value(a[i], f));
                    }
                    return null;
                }
            };
        }
        if (fn.startsWith("get_")) {
            String prop = fn.substring(4);
            Kind kind = Builtins.kindOf(b.sig.returnType());
            Ex e = new Ex(kind == null ? Kind.OBJECT : kind, b.pos) {
                Object get(Frame f) {
                    Item item = item(a[0], f);
                    return item == null ? null : item.props.get(prop);
                }

                @Override
                double d(Frame f) {
                    Object v = get(f);
                    return v instanceof Number n ? n.doubleValue() : Double.NaN;
                }

                @Override
                long l(Frame f) {
                    Object v = get(f);
                    return v instanceof Number n ? n.longValue() : Long.MIN_VALUE;
                }

                @Override
                boolean b(Frame f) {
                    return Boolean.TRUE.equals(get(f));
                }

                @Override
                Object o(Frame f) {
                    return get(f);
                }
            };
            // linefill.get_line1 returns a line: keep its type so methods can be called on it
            if (b.sig.returnType().base() instanceof org.exhaustionlab.pine.catalog.BaseType.Named n) {
                e.udt = typeOf(n.name());
            }
            return e;
        }
        throw new Compiler.Unsupported(b.name + " is not supported by the interpreter yet", b.pos);
    }
}
