package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.runtime.lib.FloatArray;
import org.exhaustionlab.pine.runtime.lib.FloatMatrix;
import org.exhaustionlab.pine.runtime.lib.IntArray;
import org.exhaustionlab.pine.runtime.lib.MatrixAlgebra;
import org.exhaustionlab.pine.runtime.lib.MatrixEigen;
import org.exhaustionlab.pine.runtime.lib.MatrixStats;
import org.exhaustionlab.pine.runtime.lib.ObjectMatrix;
import org.exhaustionlab.pine.runtime.lib.PineArray;

/**
 * matrix.* functions and methods. {@code matrix<float>}, {@code matrix<int>} and {@code matrix<color>} are the
 * runtime library's {@link FloatMatrix} (ints and colours stored as whole doubles; every function, algebra included);
 * matrices of bool, string and user types are {@link ObjectMatrix} (shape functions only). Arguments bind by position
 * or by the reference's parameter names.
 */
final class Matrices {
    private Matrices() {
    }

    /** Parameter names after the matrix argument, per function (for named arguments). */
    private static final Map<String, String[]> PARAMS = new HashMap<>();

    static {
        String[][] table = {
            {"new", "rows", "columns", "initial_value"}, {"get", "row", "column"}, {"set", "row", "column", "value"},
            {"row", "row"}, {"col", "column"}, {"add_row", "row", "array_id"}, {"add_col", "column", "array_id"},
            {"remove_row", "row"}, {"remove_col", "column"}, {"swap_rows", "row1", "row2"},
            {"swap_columns", "column1", "column2"}, {"fill", "value", "from_row", "to_row", "from_column", "to_column"},
            {"submatrix", "from_row", "to_row", "from_column", "to_column"}, {"reshape", "rows", "columns"},
            {"sort", "column", "order"}, {"sum", "id2"}, {"diff", "id2"}, {"mult", "id2"}, {"pow", "power"},
            {"kron", "id2"}, {"concat", "id2"},
        };
        for (String[] row : table) {
            String[] names = new String[row.length - 1];
            System.arraycopy(row, 1, names, 0, names.length);
            PARAMS.put(row[0], names);
        }
    }

    /** Compiled arguments of one call: the matrix first (absent for matrix.new), then the rest by position. */
    private static final class Args {
        final List<Ex> list = new ArrayList<>();
        final String fn;
        final SourceRange pos;

        Args(String fn, SourceRange pos) {
            this.fn = fn;
            this.pos = pos;
        }

        Ex opt(int i) {
            return i < list.size() ? list.get(i) : null;
        }

        Ex need(int i) {
            Ex e = opt(i);
            if (e == null) {
                throw new Compiler.Unsupported("matrix." + fn + ": missing argument", pos);
            }
            return e;
        }
    }

    static Ex call(Compiler comp, String fn, Ex receiver, Call c) {
        SourceRange pos = c.range();
        Args args = new Args(fn, pos);
        String[] names = PARAMS.getOrDefault(fn, new String[0]);
        boolean isNew = fn.startsWith("new");
        int offset = isNew ? 0 : 1;
        if (receiver != null) {
            args.list.add(receiver);
        }
        for (Argument a : c.arguments()) {
            Ex e = comp.expr(a.value());
            if (a.name() == null) {
                args.list.add(e);
                continue;
            }
            String name = a.name().name();
            int index = name.equals("id") || name.equals("id1") ? 0 : -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    index = i + offset;
                }
            }
            if (index < 0) {
                throw new Compiler.Unsupported("matrix." + fn + " has no parameter '" + name + "'", a.range());
            }
            while (args.list.size() <= index) {
                args.list.add(null);
            }
            args.list.set(index, e);
        }
        if (isNew) {
            return create(comp, c, args);
        }
        Ex m = args.opt(0);
        if (m == null || m.udt == null || !m.udt.isMatrix()) {
            throw new Compiler.Unsupported("matrix." + fn + " needs a matrix whose type is known (declare it as "
                    + "matrix<float> or create it with matrix.new<float>)", pos);
        }
        Kind elem = m.udt.elem;
        if (elem == Kind.FLOAT || elem == Kind.INT || elem == Kind.COLOR) {
            return MatrixNumeric.call(comp, fn, m, args.list, pos);
        }
        return objectCall(comp, fn, m, args, pos);
    }

    private static Ex create(Compiler comp, Call c, Args args) {
        SourceRange pos = args.pos;
        if (!args.fn.equals("new") || c.typeArguments().size() != 1) {
            throw new Compiler.Unsupported("matrix.new needs a type argument: matrix.new<float>(rows, columns)", pos);
        }
        Kind elem = comp.typeKind(c.typeArguments().get(0));
        Udt.Info elemType = comp.typeInfo(c.typeArguments().get(0));
        Udt.Info type = Udt.Info.matrix(elem, elemType);
        Ex rows = args.opt(0) == null ? new Lit.L(Kind.INT, 0, pos) : comp.coerce(args.opt(0), Kind.INT, pos);
        Ex cols = args.opt(1) == null ? new Lit.L(Kind.INT, 0, pos) : comp.coerce(args.opt(1), Kind.INT, pos);
        Ex init = args.opt(2) == null ? Lit.na(elem, pos) : comp.coerce(args.opt(2), elem, pos);
        String elemName = elemType != null ? elemType.name : elem.name().toLowerCase();
        Ex out = new Ex(Kind.OBJECT, pos) {
            @Override
            Object o(Frame f) {
                long r = rows.l(f);
                long k = cols.l(f);
                return switch (elem) {
                    case FLOAT -> new FloatMatrix(false, r, k, init.d(f));
                    case INT, COLOR -> new FloatMatrix(true, r, k, MatrixNumeric.toDouble(init.l(f)));
                    default -> new ObjectMatrix<Object>(elemName, r, k, init.boxed(f));
                };
            }
        };
        out.udt = type;
        return out;
    }

    /** Matrices of bool, string and user types: the shape functions. */
    @SuppressWarnings("unchecked")
    private static Ex objectCall(Compiler comp, String fn, Ex m, Args args, SourceRange pos) {
        Udt.Info type = m.udt;
        Kind elem = type.elem;
        switch (fn) {
            case "rows", "columns", "elements_count":
                return new Ex(Kind.INT, pos) {
                    @Override
                    long l(Frame f) {
                        ObjectMatrix<Object> x = obj(m, f, pos);
                        return fn.equals("rows") ? x.rows() : fn.equals("columns") ? x.columns() : x.elementsCount();
                    }
                };
            case "get": {
                Ex r = comp.coerce(args.need(1), Kind.INT, pos);
                Ex k = comp.coerce(args.need(2), Kind.INT, pos);
                Ex boxed = new Ex(elem == Kind.STRING ? Kind.STRING : Kind.OBJECT, pos) {
                    @Override
                    Object o(Frame f) {
                        return obj(m, f, pos).get(r.l(f), k.l(f));
                    }
                };
                if (elem == Kind.OBJECT || elem == Kind.STRING) {
                    boxed.udt = type.elemType;
                    return boxed;
                }
                return new Conv.Unbox(boxed, elem);
            }
            case "set", "fill": {
                boolean set = fn.equals("set");
                Ex r = set ? comp.coerce(args.need(1), Kind.INT, pos) : null;
                Ex k = set ? comp.coerce(args.need(2), Kind.INT, pos) : null;
                Ex v = comp.coerce(args.need(set ? 3 : 1), elem, pos);
                return new Ex(Kind.VOID, pos) {
                    @Override
                    Object o(Frame f) {
                        ObjectMatrix<Object> x = obj(m, f, pos);
                        if (set) {
                            x.set(r.l(f), k.l(f), v.boxed(f));
                        } else {
                            x.fill(v.boxed(f));
                        }
                        return null;
                    }
                };
            }
            case "copy", "transpose": {
                Ex out = new Ex(Kind.OBJECT, pos) {
                    @Override
                    Object o(Frame f) {
                        ObjectMatrix<Object> x = obj(m, f, pos);
                        return fn.equals("copy") ? x.copy() : x.transpose();
                    }
                };
                out.udt = type;
                return out;
            }
            case "reverse", "reshape": {
                Ex r = fn.equals("reshape") ? comp.coerce(args.need(1), Kind.INT, pos) : null;
                Ex k = fn.equals("reshape") ? comp.coerce(args.need(2), Kind.INT, pos) : null;
                return new Ex(Kind.VOID, pos) {
                    @Override
                    Object o(Frame f) {
                        ObjectMatrix<Object> x = obj(m, f, pos);
                        if (r == null) {
                            x.reverse();
                        } else {
                            x.reshape(r.l(f), k.l(f));
                        }
                        return null;
                    }
                };
            }
            case "row", "col": {
                Ex i = comp.coerce(args.need(1), Kind.INT, pos);
                Ex out = new Ex(Kind.OBJECT, pos) {
                    @Override
                    Object o(Frame f) {
                        ObjectMatrix<Object> x = obj(m, f, pos);
                        PineArray a = fn.equals("row") ? x.row(i.l(f)) : x.col(i.l(f));
                        return a;
                    }
                };
                out.udt = Udt.Info.array(elem, type.elemType);
                return out;
            }
            default:
                throw new Compiler.Unsupported("matrix." + fn + " is not available for " + type.name
                        + " (numeric matrices support every matrix function)", pos);
        }
    }

    @SuppressWarnings("unchecked")
    static ObjectMatrix<Object> obj(Ex e, Frame f, SourceRange pos) {
        Object o = e.o(f);
        if (o == null) {
            throw new PineError("the matrix is na", pos);
        }
        return (ObjectMatrix<Object>) o;
    }

    /** A float array as the array type of an int/colour matrix's rows, or unchanged for float matrices. */
    static PineArray asElementArray(FloatArray a, Kind elem) {
        if (elem == Kind.FLOAT) {
            return a;
        }
        double[] v = a.toArray();
        long[] l = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            l[i] = Double.isNaN(v[i]) ? Long.MIN_VALUE : (long) v[i];
        }
        return elem == Kind.COLOR ? IntArray.fromColors(l) : IntArray.from(l);
    }

    static FloatArray asFloatArray(Object array) {
        if (array instanceof FloatArray fa) {
            return fa;
        }
        return FloatArray.from(((IntArray) array).toDoubles());
    }

    static FloatMatrix num(Ex e, Frame f, SourceRange pos) {
        Object o = e.o(f);
        if (o == null) {
            throw new PineError("the matrix is na", pos);
        }
        return (FloatMatrix) o;
    }

    static Ex eigen(Ex m, SourceRange pos, boolean vectors) {
        Ex out = new Ex(Kind.OBJECT, pos) {
            @Override
            Object o(Frame f) {
                FloatMatrix x = num(m, f, pos);
                return vectors ? MatrixEigen.eigenvectors(x) : MatrixEigen.eigenvalues(x);
            }
        };
        out.udt = vectors ? Udt.Info.matrix(Kind.FLOAT, null) : Udt.Info.array(Kind.FLOAT, null);
        return out;
    }

    static double stat(String fn, FloatMatrix x) {
        return switch (fn) {
            case "avg" -> MatrixStats.avg(x);
            case "min" -> MatrixStats.min(x);
            case "max" -> MatrixStats.max(x);
            case "median" -> MatrixStats.median(x);
            case "mode" -> MatrixStats.mode(x);
            case "det" -> MatrixAlgebra.det(x);
            case "trace" -> MatrixAlgebra.trace(x);
            default -> throw new IllegalStateException(fn);
        };
    }
}
