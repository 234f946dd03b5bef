package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.ForInExpr;
import org.exhaustionlab.pine.runtime.interp.Scope.VarInfo;
import org.exhaustionlab.pine.runtime.lib.BoolArray;
import org.exhaustionlab.pine.runtime.lib.FloatArray;
import org.exhaustionlab.pine.runtime.lib.IntArray;
import org.exhaustionlab.pine.runtime.lib.ObjectArray;
import org.exhaustionlab.pine.runtime.lib.PineArray;
import org.exhaustionlab.pine.runtime.lib.PineRuntimeError;
import org.exhaustionlab.pine.runtime.lib.StringArray;

/**
 * array.* functions and methods over the runtime library's typed arrays (FloatArray for float, IntArray for int and
 * color, BoolArray, StringArray, ObjectArray for user types). The element kind is known statically from the array's
 * type, so element reads and writes are unboxed for primitive arrays.
 */
final class Arrays {
    private Arrays() {
    }

    static Ex call(Compiler comp, String fn, Ex receiver, Call c) {
        List<Ex> args = new ArrayList<>();
        if (receiver != null) {
            args.add(receiver);
        }
        for (Argument a : c.arguments()) {
            args.add(comp.expr(a.value()));
        }
        SourceRange pos = c.range();
        if (fn.startsWith("new")) {
            return create(comp, fn, c, args, pos);
        }
        if (fn.equals("from")) {
            Kind k = Kind.NA;
            Udt.Info t = null;
            for (Ex a : args) {
                k = k == Kind.NA ? a.kind : Compiler.unify(k, a.kind);
                t = t != null ? t : a.udt;
            }
            if (k == Kind.NA || k == Kind.VOID) {
                k = k == Kind.NA ? Kind.FLOAT : k;
            }
            Kind elem = k;
            Ex[] values = args.stream().map(a -> comp.coerce(a, elem, pos)).toArray(Ex[]::new);
            Udt.Info type = Udt.Info.array(elem, t);
            return typed(new Ex(Kind.OBJECT, pos) {
                @Override
                Object o(Frame f) {
                    PineArray a = empty(elem, type);
                    for (Ex v : values) {
                        push(a, elem, v, f);
                    }
                    return a;
                }
            }, type);
        }
        if (args.isEmpty() || args.get(0).udt == null || !args.get(0).udt.isArray()) {
            throw new Compiler.Unsupported("array." + fn + " needs an array whose type is known (declare it as "
                    + "array<float> or create it with array.new_*)", pos);
        }
        Ex arr = args.get(0);
        Udt.Info type = arr.udt;
        Kind elem = type.elem;
        Ex a1 = args.size() > 1 ? args.get(1) : null;
        Ex a2 = args.size() > 2 ? args.get(2) : null;
        switch (fn) {
            case "size":
                return new Ex(Kind.INT, pos) {
                    @Override
                    long l(Frame f) {
                        return arr(arr, f, pos).size();
                    }
                };
            case "push", "unshift", "set", "insert", "fill": {
                boolean indexed = fn.equals("set") || fn.equals("insert");
                Ex index = indexed ? comp.coerce(need(a1, fn, pos), Kind.INT, pos) : null;
                Ex value = comp.coerce(need(indexed ? a2 : a1, fn, pos), elem, pos);
                return new Ex(Kind.VOID, pos) {
                    @Override
                    Object o(Frame f) {
                        PineArray a = arr(arr, f, pos);
                        switch (fn) {
                            case "push" -> push(a, elem, value, f);
                            case "unshift" -> insert(a, elem, 0, value, f);
                            case "insert" -> insert(a, elem, index.l(f), value, f);
                            case "fill" -> {
                                for (int i = 0; i < a.size(); i++) {
                                    set(a, elem, i, value, f);
                                }
                            }
                            default -> set(a, elem, index.l(f), value, f);
                        }
                        return null;
                    }
                };
            }
            case "get", "first", "last", "pop", "shift", "remove": {
                Ex index = fn.equals("get") || fn.equals("remove") ? comp.coerce(need(a1, fn, pos), Kind.INT, pos)
                        : null;
                return typed(new Element(elem, pos) {
                    @Override
                    Object take(Frame f) {
                        PineArray a = arr(arr, f, pos);
                        int n = a.size();
                        long i = switch (fn) {
                            case "first", "shift" -> 0;
                            case "last", "pop" -> n - 1;
                            default -> index.l(f);
                        };
                        if (i < 0 && (fn.equals("get") || fn.equals("remove"))) {
                            i += n;
                        }
                        if (n == 0 || i < 0 || i >= n) {
                            throw new PineRuntimeError("array." + fn + ": index " + i + " is out of bounds (size "
                                    + n + ")");
                        }
                        Object v = boxedAt(a, (int) i);
                        if (fn.equals("pop") || fn.equals("shift") || fn.equals("remove")) {
                            removeAt(a, (int) i);
                        }
                        return v;
                    }
                }, type.elemType);
            }
            case "clear", "reverse", "sort":
                return new Ex(Kind.VOID, pos) {
                    @Override
                    Object o(Frame f) {
                        PineArray a = arr(arr, f, pos);
                        if (fn.equals("clear")) {
                            a.clear();
                        } else if (fn.equals("reverse")) {
                            a.reverse();
                        } else {
                            boolean descending = a1 != null && "order.descending".equals(a1.o(f));
                            if (a instanceof FloatArray fa) {
                                fa.sort(descending);
                            } else if (a instanceof IntArray ia) {
                                ia.sort(descending);
                            } else if (a instanceof StringArray sa) {
                                sa.sort(StringArray.ORDER, descending);
                            } else {
                                throw new PineRuntimeError("array.sort needs numbers or strings");
                            }
                        }
                        return null;
                    }
                };
            case "sum", "avg", "median", "range": {
                if (!elem.isNumeric()) {
                    throw new Compiler.Unsupported("array." + fn + " needs a numeric array", pos);
                }
                return new Ex(Kind.FLOAT, pos) {
                    @Override
                    double d(Frame f) {
                        PineArray a = arr(arr, f, pos);
                        FloatArray fa = a instanceof FloatArray x ? x : FloatArray.from(((IntArray) a).toDoubles());
                        return switch (fn) {
                            case "sum" -> fa.sum();
                            case "avg" -> fa.avg();
                            case "median" -> fa.median();
                            default -> fa.range();
                        };
                    }
                };
            }
            case "includes", "indexof": {
                Ex value = comp.coerce(need(a1, fn, pos), elem, pos);
                Ex found = new Ex(Kind.INT, pos) {
                    @Override
                    long l(Frame f) {
                        PineArray a = arr(arr, f, pos);
                        Object v = value.boxed(f);
                        for (int i = 0; i < a.size(); i++) {
                            if (java.util.Objects.equals(boxedAt(a, i), v)) {
                                return i;
                            }
                        }
                        return -1;
                    }
                };
                if (fn.equals("indexof")) {
                    return found;
                }
                return new Ex(Kind.BOOL, pos) {
                    @Override
                    boolean b(Frame f) {
                        return found.l(f) >= 0;
                    }
                };
            }
            case "copy", "slice": {
                Ex from = a1 == null ? null : comp.coerce(a1, Kind.INT, pos);
                Ex to = a2 == null ? null : comp.coerce(a2, Kind.INT, pos);
                return typed(new Ex(Kind.OBJECT, pos) {
                    @Override
                    Object o(Frame f) {
                        PineArray a = arr(arr, f, pos);
                        if (from == null) {
                            return a.copyArray();
                        }
                        // array.slice is a view sharing the elements with its source (TradingView reference)
                        long lo = from.l(f);
                        long hi = to == null ? a.size() : to.l(f);
                        if (a instanceof FloatArray fa) {
                            return fa.slice(lo, hi);
                        }
                        if (a instanceof IntArray ia) {
                            return ia.slice(lo, hi);
                        }
                        if (a instanceof BoolArray ba) {
                            return ba.slice(lo, hi);
                        }
                        return ((ObjectArray<?>) a).slice(lo, hi);
                    }
                }, type);
            }
            case "join": {
                Ex sep = a1 == null ? new Lit.O(Kind.STRING, ",", pos) : a1;
                return new Ex(Kind.STRING, pos) {
                    @Override
                    Object o(Frame f) {
                        return arr(arr, f, pos).join((String) sep.o(f));
                    }
                };
            }
            default: {
                Ex more = ArrayStatsCalls.call(comp, fn, arr, type, a1, a2, pos);
                if (more == null) {
                    throw new Compiler.Unsupported("array." + fn + " is not supported by the interpreter yet", pos);
                }
                return more;
            }
        }
    }

    private static Ex need(Ex e, String fn, SourceRange pos) {
        if (e == null) {
            throw new Compiler.Unsupported("array." + fn + ": missing argument", pos);
        }
        return e;
    }

    private static Ex typed(Ex e, Udt.Info type) {
        e.udt = type;
        return e;
    }

    private static Ex create(Compiler comp, String fn, Call c, List<Ex> args, SourceRange pos) {
        Kind elem;
        Udt.Info elemType = null;
        if (fn.equals("new")) {
            if (c.typeArguments().size() != 1) {
                throw new Compiler.Unsupported("array.new needs a type argument: array.new<float>()", pos);
            }
            elem = comp.typeKind(c.typeArguments().get(0));
            elemType = comp.typeInfo(c.typeArguments().get(0));
        } else {
            elem = switch (fn) {
                case "new_float" -> Kind.FLOAT;
                case "new_int" -> Kind.INT;
                case "new_color" -> Kind.COLOR;
                case "new_bool" -> Kind.BOOL;
                case "new_string" -> Kind.STRING;
                case "new_line", "new_label", "new_box", "new_table", "new_linefill" -> Kind.OBJECT;
                default -> throw new Compiler.Unsupported("array." + fn + " is not supported by the interpreter yet",
                        pos);
            };
            // arrays of drawing handles: the element type gives methods on elements (lines.get(0).set_x2(...))
            elemType = elem == Kind.OBJECT ? Drawings.typeOf(fn.substring("new_".length())) : null;
        }
        Udt.Info type = Udt.Info.array(elem, elemType);
        Ex size = args.isEmpty() ? new Lit.L(Kind.INT, 0, pos) : comp.coerce(args.get(0), Kind.INT, pos);
        Ex init = args.size() > 1 ? comp.coerce(args.get(1), elem, pos) : Lit.na(elem, pos);
        return typed(new Ex(Kind.OBJECT, pos) {
            @Override
            Object o(Frame f) {
                long n = size.l(f);
                if (n < 0 || n > PineArray.MAX_SIZE) {
                    throw new PineRuntimeError("array size " + n + " is out of range 0.." + PineArray.MAX_SIZE);
                }
                return switch (elem) {
                    case FLOAT -> FloatArray.newFloat(n, init.d(f));
                    case INT -> IntArray.newInt(n, init.l(f));
                    case COLOR -> IntArray.newColor(n, init.l(f));
                    case BOOL -> BoolArray.newBool(n, init.b(f));
                    case STRING -> StringArray.newString(n, (String) init.o(f));
                    default -> ObjectArray.newArray(type.elemType == null ? "object" : type.elemType.name, n,
                            init.o(f));
                };
            }
        }, type);
    }

    static PineArray arr(Ex e, Frame f, SourceRange pos) {
        Object o = e.o(f);
        if (o == null) {
            throw new PineError("the array is na", pos);
        }
        return (PineArray) o;
    }

    @SuppressWarnings("unchecked")
    static PineArray empty(Kind elem, Udt.Info type) {
        return switch (elem) {
            case FLOAT -> new FloatArray();
            case INT -> IntArray.newInt(0, 0);
            case COLOR -> IntArray.newColor(0, 0);
            case BOOL -> new BoolArray();
            case STRING -> new StringArray();
            default -> new ObjectArray<Object>(type.elemType == null ? "object" : type.elemType.name);
        };
    }

    @SuppressWarnings("unchecked")
    static void push(PineArray a, Kind elem, Ex v, Frame f) {
        switch (elem) {
            case FLOAT -> ((FloatArray) a).push(v.d(f));
            case INT, COLOR -> ((IntArray) a).push(v.l(f));
            case BOOL -> ((BoolArray) a).push(v.b(f));
            default -> ((ObjectArray<Object>) a).push(v.o(f));
        }
    }

    @SuppressWarnings("unchecked")
    static void insert(PineArray a, Kind elem, long index, Ex v, Frame f) {
        switch (elem) {
            case FLOAT -> ((FloatArray) a).insert(index, v.d(f));
            case INT, COLOR -> ((IntArray) a).insert(index, v.l(f));
            case BOOL -> ((BoolArray) a).insert(index, v.b(f));
            default -> ((ObjectArray<Object>) a).insert(index, v.o(f));
        }
    }

    @SuppressWarnings("unchecked")
    static void set(PineArray a, Kind elem, long index, Ex v, Frame f) {
        switch (elem) {
            case FLOAT -> ((FloatArray) a).set(index, v.d(f));
            case INT, COLOR -> ((IntArray) a).set(index, v.l(f));
            case BOOL -> ((BoolArray) a).set(index, v.b(f));
            default -> ((ObjectArray<Object>) a).set(index, v.o(f));
        }
    }

    static Object boxedAt(PineArray a, int i) {
        if (a instanceof FloatArray fa) {
            double v = fa.at(i);
            return Double.isNaN(v) ? null : (Object) v;
        }
        if (a instanceof IntArray ia) {
            long v = ia.at(i);
            return v == Long.MIN_VALUE ? null : (Object) v;
        }
        if (a instanceof BoolArray ba) {
            return ba.at(i);
        }
        return ((ObjectArray<?>) a).at(i);
    }

    static void removeAt(PineArray a, int i) {
        if (a instanceof FloatArray fa) {
            fa.remove(i);
        } else if (a instanceof IntArray ia) {
            ia.remove(i);
        } else if (a instanceof BoolArray ba) {
            ba.remove(i);
        } else {
            ((ObjectArray<?>) a).remove(i);
        }
    }

    /** An element read: boxed once by {@link #take}, unboxed per the element kind. */
    abstract static class Element extends Ex {
        Element(Kind kind, SourceRange pos) {
            super(kind, pos);
        }

        abstract Object take(Frame f);

        @Override
        double d(Frame f) {
            Object v = take(f);
            return v == null ? Double.NaN : ((Number) v).doubleValue();
        }

        @Override
        long l(Frame f) {
            Object v = take(f);
            return v == null ? Long.MIN_VALUE : ((Number) v).longValue();
        }

        @Override
        boolean b(Frame f) {
            return Boolean.TRUE.equals(take(f));
        }

        @Override
        Object o(Frame f) {
            return take(f);
        }
    }

    /** {@code for x in arr} and {@code for [i, x] in arr}: the size is re-read before every iteration. */
    static Ex forIn(Compiler comp, ForInExpr fi) {
        Ex iterable = comp.expr(fi.iterable());
        if (iterable.udt == null || !iterable.udt.isArray()) {
            throw new Compiler.Unsupported("for ... in needs an array whose type is known", fi.iterable().range());
        }
        Udt.Info type = iterable.udt;
        Kind elem = type.elem;
        Scope saved = comp.scope;
        comp.scope = new Scope(saved, comp.layout);
        int firstState = comp.layout.states.size();
        try {
            VarInfo index = fi.index() == null ? null : comp.declare(fi.index().name(), Kind.INT, null);
            VarInfo element = comp.declare(fi.element().name(), elem, null, false, type.elemType);
            Ex body = comp.block(fi.body());
            int bank = IterationBank.register(comp.layout, firstState, comp.layout.states.size());
            int indexSlot = index == null ? -1 : index.slot();
            int elementSlot = element.slot();
            return new Ex(Kind.VOID, fi.range()) {
                @Override
                Object o(Frame f) {
                    PineArray a = arr(iterable, f, pos);
                    RunContext ctx = f.ctx;
                    for (int i = 0; i < a.size(); i++) {
                        if (i >= ctx.loopLimit) {
                            throw new PineError("Loop takes more than " + ctx.loopLimit + " iterations on one bar",
                                    pos);
                        }
                        if (bank >= 0) {
                            ((IterationBank) f.st[bank]).load(f, i);
                        }
                        if (indexSlot >= 0) {
                            f.l[indexSlot] = i;
                        }
                        Object v = boxedAt(a, i);
                        switch (elem) {
                            case FLOAT -> f.d[elementSlot] = v == null ? Double.NaN : ((Number) v).doubleValue();
                            case INT, COLOR -> f.l[elementSlot] = v == null ? Long.MIN_VALUE : ((Number) v).longValue();
                            case BOOL -> f.l[elementSlot] = Boolean.TRUE.equals(v) ? 1 : 0;
                            default -> f.o[elementSlot] = v;
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
            };
        } finally {
            comp.scope = saved;
        }
    }
}
