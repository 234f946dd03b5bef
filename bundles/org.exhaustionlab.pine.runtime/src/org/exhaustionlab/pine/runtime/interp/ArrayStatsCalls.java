package org.exhaustionlab.pine.runtime.interp;

import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.runtime.lib.BoolArray;
import org.exhaustionlab.pine.runtime.lib.FloatArray;
import org.exhaustionlab.pine.runtime.lib.IntArray;
import org.exhaustionlab.pine.runtime.lib.PineArray;

/**
 * The statistical and search functions of arrays that {@link Arrays} does not compile itself: min/max with nth,
 * stdev/variance with biased, mode, percentiles, percentrank, covariance, standardize, abs, sort_indices,
 * lastindexof, binary searches, concat, every and some. The work is done by the runtime library's arrays.
 */
final class ArrayStatsCalls {
    private ArrayStatsCalls() {
    }

    /** The call, or null when {@code fn} is none of these functions. */
    static Ex call(Compiler comp, String fn, Ex arr, Udt.Info type, Ex a1, Ex a2, SourceRange pos) {
        Kind elem = type.elem;
        switch (fn) {
            case "min", "max", "mode", "percentile_linear_interpolation", "percentile_nearest_rank", "percentrank",
                    "stdev", "variance", "covariance":
                numeric(elem, fn, pos);
                return number(comp, fn, arr, a1, a2, pos);
            case "abs", "standardize": {
                numeric(elem, fn, pos);
                boolean ints = elem == Kind.INT && fn.equals("abs");
                Ex out = new Ex(Kind.OBJECT, pos) {
                    @Override
                    Object o(Frame f) {
                        PineArray a = Arrays.arr(arr, f, pos);
                        if (a instanceof IntArray ia) {
                            return fn.equals("abs") ? ia.abs() : ia.standardize();
                        }
                        FloatArray fa = (FloatArray) a;
                        return fn.equals("abs") ? fa.abs() : fa.standardize();
                    }
                };
                out.udt = Udt.Info.array(ints ? Kind.INT : Kind.FLOAT, null);
                return out;
            }
            case "sort_indices": {
                numeric(elem, fn, pos);
                Ex out = new Ex(Kind.OBJECT, pos) {
                    @Override
                    Object o(Frame f) {
                        boolean descending = a1 != null && "order.descending".equals(a1.o(f));
                        PineArray a = Arrays.arr(arr, f, pos);
                        return a instanceof IntArray ia ? ia.sortIndices(descending)
                                : ((FloatArray) a).sortIndices(descending);
                    }
                };
                out.udt = Udt.Info.array(Kind.INT, null);
                return out;
            }
            case "lastindexof": {
                Ex value = comp.coerce(need(a1, fn, pos), elem, pos);
                return new Ex(Kind.INT, pos) {
                    @Override
                    long l(Frame f) {
                        PineArray a = Arrays.arr(arr, f, pos);
                        Object v = value.boxed(f);
                        for (int i = a.size() - 1; i >= 0; i--) {
                            if (java.util.Objects.equals(Arrays.boxedAt(a, i), v)) {
                                return i;
                            }
                        }
                        return -1;
                    }
                };
            }
            case "binary_search", "binary_search_leftmost", "binary_search_rightmost": {
                numeric(elem, fn, pos);
                Ex value = comp.coerce(need(a1, fn, pos), Kind.FLOAT, pos);
                return new Ex(Kind.INT, pos) {
                    @Override
                    long l(Frame f) {
                        PineArray a = Arrays.arr(arr, f, pos);
                        FloatArray fa = a instanceof FloatArray x ? x : FloatArray.from(((IntArray) a).toDoubles());
                        double v = value.d(f);
                        return switch (fn) {
                            case "binary_search" -> fa.binarySearch(v);
                            case "binary_search_leftmost" -> fa.binarySearchLeftmost(v);
                            default -> fa.binarySearchRightmost(v);
                        };
                    }
                };
            }
            case "concat": {
                Ex other = need(a1, fn, pos);
                Ex out = new Ex(Kind.OBJECT, pos) {
                    @Override
                    Object o(Frame f) {
                        return Arrays.arr(arr, f, pos).concat(Arrays.arr(other, f, pos));
                    }
                };
                out.udt = type;
                return out;
            }
            case "every", "some":
                if (elem != Kind.BOOL) {
                    throw new Compiler.Unsupported("array." + fn + " needs a bool array", pos);
                }
                return new Ex(Kind.BOOL, pos) {
                    @Override
                    boolean b(Frame f) {
                        BoolArray a = (BoolArray) Arrays.arr(arr, f, pos);
                        return fn.equals("every") ? a.every() : a.some();
                    }
                };
            default:
                return null;
        }
    }

    private static Ex number(Compiler comp, String fn, Ex arr, Ex a1, Ex a2, SourceRange pos) {
        Ex n = fn.equals("min") || fn.equals("max") || fn.equals("percentrank")
                ? (a1 == null ? new Lit.L(Kind.INT, 0, pos) : comp.coerce(a1, Kind.INT, pos)) : null;
        Ex p = fn.startsWith("percentile") ? comp.coerce(need(a1, fn, pos), Kind.FLOAT, pos) : null;
        // stdev/variance(id, biased = true); covariance(id1, id2, biased = true)
        Ex biasedArg = fn.equals("covariance") ? a2 : fn.equals("stdev") || fn.equals("variance") ? a1 : null;
        Ex biased = biasedArg == null ? new Lit.B(true, pos) : comp.coerce(biasedArg, Kind.BOOL, pos);
        Ex other = fn.equals("covariance") ? need(a1, fn, pos) : null;
        return new Ex(Kind.FLOAT, pos) {
            @Override
            double d(Frame f) {
                PineArray a = Arrays.arr(arr, f, pos);
                FloatArray fa = floats(a);
                return switch (fn) {
                    case "min" -> fa.min(n.l(f));
                    case "max" -> fa.max(n.l(f));
                    case "mode" -> fa.mode();
                    case "percentile_linear_interpolation" -> fa.percentileLinearInterpolation(p.d(f));
                    case "percentile_nearest_rank" -> fa.percentileNearestRank(p.d(f));
                    case "percentrank" -> fa.percentrank(n.l(f));
                    case "stdev" -> fa.stdev(biased.b(f));
                    case "variance" -> fa.variance(biased.b(f));
                    default -> fa.covariance(floats(Arrays.arr(other, f, pos)), biased.b(f));
                };
            }
        };
    }

    private static FloatArray floats(PineArray a) {
        return a instanceof FloatArray x ? x : FloatArray.from(((IntArray) a).toDoubles());
    }

    private static void numeric(Kind elem, String fn, SourceRange pos) {
        if (!elem.isNumeric()) {
            throw new Compiler.Unsupported("array." + fn + " needs a numeric array", pos);
        }
    }

    private static Ex need(Ex e, String fn, SourceRange pos) {
        if (e == null) {
            throw new Compiler.Unsupported("array." + fn + ": missing argument", pos);
        }
        return e;
    }
}
