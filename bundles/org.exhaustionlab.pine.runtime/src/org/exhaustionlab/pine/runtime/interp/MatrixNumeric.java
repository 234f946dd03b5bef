package org.exhaustionlab.pine.runtime.interp;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.runtime.lib.FloatArray;
import org.exhaustionlab.pine.runtime.lib.FloatMatrix;
import org.exhaustionlab.pine.runtime.lib.MatrixAlgebra;
import org.exhaustionlab.pine.runtime.lib.MatrixStats;

/** matrix.* on {@code matrix<float>}, {@code matrix<int>} and {@code matrix<color>} ({@link FloatMatrix}). */
final class MatrixNumeric {
    private MatrixNumeric() {
    }

    static double toDouble(long v) {
        return v == Long.MIN_VALUE ? Double.NaN : v;
    }

    static long toLong(double v) {
        return Double.isNaN(v) ? Long.MIN_VALUE : (long) v;
    }

    private static Ex arg(List<Ex> a, int i) {
        return i < a.size() ? a.get(i) : null;
    }

    static Ex call(Compiler comp, String fn, Ex m, List<Ex> a, SourceRange pos) {
        Udt.Info type = m.udt;
        Kind elem = type.elem;
        Kind valueKind = elem == Kind.FLOAT ? Kind.FLOAT : Kind.INT;
        Ex a1 = arg(a, 1);
        Ex a2 = arg(a, 2);
        switch (fn) {
            case "rows", "columns", "elements_count", "rank":
                return new Ex(Kind.INT, pos) {
                    @Override
                    long l(Frame f) {
                        FloatMatrix x = Matrices.num(m, f, pos);
                        return switch (fn) {
                            case "rows" -> x.rows();
                            case "columns" -> x.columns();
                            case "rank" -> MatrixAlgebra.rank(x);
                            default -> x.elementsCount();
                        };
                    }
                };
            case "get": {
                Ex r = comp.coerce(need(a1, fn, pos), Kind.INT, pos);
                Ex k = comp.coerce(need(a2, fn, pos), Kind.INT, pos);
                Ex d = new Ex(Kind.FLOAT, pos) {
                    @Override
                    double d(Frame f) {
                        return Matrices.num(m, f, pos).get(r.l(f), k.l(f));
                    }
                };
                return elem == Kind.FLOAT ? d : asLong(d, elem);
            }
            case "avg", "median", "det":
                return new Ex(Kind.FLOAT, pos) {
                    @Override
                    double d(Frame f) {
                        return Matrices.stat(fn, Matrices.num(m, f, pos));
                    }
                };
            case "min", "max", "mode", "trace": {
                Ex d = new Ex(Kind.FLOAT, pos) {
                    @Override
                    double d(Frame f) {
                        return Matrices.stat(fn, Matrices.num(m, f, pos));
                    }
                };
                return elem == Kind.FLOAT ? d : asLong(d, elem);
            }
            case "is_square", "is_zero", "is_identity", "is_diagonal", "is_antidiagonal", "is_symmetric",
                    "is_antisymmetric", "is_triangular", "is_binary", "is_stochastic":
                return new Ex(Kind.BOOL, pos) {
                    @Override
                    boolean b(Frame f) {
                        FloatMatrix x = Matrices.num(m, f, pos);
                        return switch (fn) {
                            case "is_square" -> MatrixStats.isSquare(x);
                            case "is_zero" -> MatrixStats.isZero(x);
                            case "is_identity" -> MatrixStats.isIdentity(x);
                            case "is_diagonal" -> MatrixStats.isDiagonal(x);
                            case "is_antidiagonal" -> MatrixStats.isAntidiagonal(x);
                            case "is_symmetric" -> MatrixStats.isSymmetric(x);
                            case "is_antisymmetric" -> MatrixStats.isAntisymmetric(x);
                            case "is_triangular" -> MatrixStats.isTriangular(x);
                            case "is_binary" -> MatrixStats.isBinary(x);
                            default -> MatrixStats.isStochastic(x);
                        };
                    }
                };
            case "eigenvalues", "eigenvectors":
                return Matrices.eigen(m, pos, fn.equals("eigenvectors"));
            case "set", "fill": {
                boolean set = fn.equals("set");
                Ex r = set ? comp.coerce(need(a1, fn, pos), Kind.INT, pos) : null;
                Ex k = set ? comp.coerce(need(a2, fn, pos), Kind.INT, pos) : null;
                Ex v = number(comp, need(arg(a, set ? 3 : 1), fn, pos), valueKind, pos);
                Ex[] range = new Ex[4];
                for (int i = 0; i < 4 && !set; i++) {
                    Ex e = arg(a, 2 + i);
                    range[i] = e == null ? null : comp.coerce(e, Kind.INT, pos);
                }
                return new Ex(Kind.VOID, pos) {
                    @Override
                    Object o(Frame f) {
                        FloatMatrix x = Matrices.num(m, f, pos);
                        if (set) {
                            x.set(r.l(f), k.l(f), v.d(f));
                        } else {
                            x.fill(v.d(f), opt(range[0], f), opt(range[1], f), opt(range[2], f), opt(range[3], f));
                        }
                        return null;
                    }
                };
            }
            case "row", "col", "remove_row", "remove_col": {
                Ex i = a1 == null ? null : comp.coerce(a1, Kind.INT, pos);
                if (i == null && (fn.equals("row") || fn.equals("col"))) {
                    throw new Compiler.Unsupported("matrix." + fn + ": missing argument", pos);
                }
                Ex out = new Ex(Kind.OBJECT, pos) {
                    @Override
                    Object o(Frame f) {
                        FloatMatrix x = Matrices.num(m, f, pos);
                        long index = opt(i, f);
                        FloatArray v = switch (fn) {
                            case "row" -> x.row(index);
                            case "col" -> x.col(index);
                            case "remove_row" -> x.removeRow(index);
                            default -> x.removeCol(index);
                        };
                        return Matrices.asElementArray(v, elem);
                    }
                };
                out.udt = Udt.Info.array(elem, null);
                return out;
            }
            case "add_row", "add_col": {
                Ex i = a1 == null ? null : comp.coerce(a1, Kind.INT, pos);
                Ex values = a2;
                return new Ex(Kind.VOID, pos) {
                    @Override
                    Object o(Frame f) {
                        FloatMatrix x = Matrices.num(m, f, pos);
                        Object arr = values == null ? null : values.o(f);
                        FloatArray v = arr == null ? null : Matrices.asFloatArray(arr);
                        if (fn.equals("add_row")) {
                            x.addRow(opt(i, f), v);
                        } else {
                            x.addCol(opt(i, f), v);
                        }
                        return null;
                    }
                };
            }
            case "swap_rows", "swap_columns", "reshape", "reverse", "sort": {
                Ex i = a1 == null ? null : comp.coerce(a1, Kind.INT, pos);
                Ex j = fn.equals("sort") || a2 == null ? null : comp.coerce(a2, Kind.INT, pos);
                Ex order = fn.equals("sort") ? a2 : null;
                if (!fn.equals("reverse") && !fn.equals("sort") && (i == null || j == null)) {
                    throw new Compiler.Unsupported("matrix." + fn + ": missing argument", pos);
                }
                return new Ex(Kind.VOID, pos) {
                    @Override
                    Object o(Frame f) {
                        FloatMatrix x = Matrices.num(m, f, pos);
                        switch (fn) {
                            case "swap_rows" -> x.swapRows(i.l(f), j.l(f));
                            case "swap_columns" -> x.swapColumns(i.l(f), j.l(f));
                            case "reshape" -> x.reshape(i.l(f), j.l(f));
                            case "reverse" -> x.reverse();
                            default -> x.sort(i == null ? 0 : i.l(f),
                                    order != null && "order.descending".equals(order.o(f)));
                        }
                        return null;
                    }
                };
            }
            case "copy", "transpose", "inv", "pinv", "submatrix", "pow": {
                Ex[] range = new Ex[4];
                for (int i = 0; i < 4; i++) {
                    Ex e = arg(a, 1 + i);
                    range[i] = e == null ? null : comp.coerce(e, Kind.INT, pos);
                }
                if (fn.equals("pow") && range[0] == null) {
                    throw new Compiler.Unsupported("matrix.pow: missing argument", pos);
                }
                return matrixResult(new Ex(Kind.OBJECT, pos) {
                    @Override
                    Object o(Frame f) {
                        FloatMatrix x = Matrices.num(m, f, pos);
                        return switch (fn) {
                            case "copy" -> x.copy();
                            case "transpose" -> x.transpose();
                            case "inv" -> MatrixAlgebra.inv(x);
                            case "pinv" -> MatrixAlgebra.pinv(x);
                            case "pow" -> MatrixAlgebra.pow(x, range[0].l(f));
                            default -> x.submatrix(opt(range[0], f), opt(range[1], f), opt(range[2], f),
                                    opt(range[3], f));
                        };
                    }
                }, fn.equals("inv") || fn.equals("pinv") ? Udt.Info.matrix(Kind.FLOAT, null) : type);
            }
            case "sum", "diff", "mult", "kron", "concat": {
                Ex other = need(a1, fn, pos);
                boolean matrix = other.udt != null && other.udt.isMatrix();
                boolean vector = other.udt != null && other.udt.isArray();
                if (!matrix && !vector && (fn.equals("kron") || fn.equals("concat"))) {
                    throw new Compiler.Unsupported("matrix." + fn + " needs two matrices", pos);
                }
                Ex scalar = matrix || vector ? null : number(comp, other, Kind.FLOAT, pos);
                Udt.Info result = vector ? Udt.Info.array(elem, null)
                        : matrix && other.udt.elem != elem ? Udt.Info.matrix(Kind.FLOAT, null) : type;
                return matrixResult(new Ex(Kind.OBJECT, pos) {
                    @Override
                    Object o(Frame f) {
                        FloatMatrix x = Matrices.num(m, f, pos);
                        if (vector) {
                            Object arr = other.o(f);
                            if (arr == null) {
                                throw new PineError("the array is na", pos);
                            }
                            return Matrices.asElementArray(MatrixAlgebra.mult(x, Matrices.asFloatArray(arr)), elem);
                        }
                        if (scalar != null) {
                            double s = scalar.d(f);
                            return switch (fn) {
                                case "sum" -> MatrixAlgebra.sum(x, s);
                                case "diff" -> MatrixAlgebra.diff(x, s);
                                default -> MatrixAlgebra.mult(x, s);
                            };
                        }
                        FloatMatrix y = Matrices.num(other, f, pos);
                        return switch (fn) {
                            case "sum" -> MatrixAlgebra.sum(x, y);
                            case "diff" -> MatrixAlgebra.diff(x, y);
                            case "mult" -> MatrixAlgebra.mult(x, y);
                            case "kron" -> MatrixAlgebra.kron(x, y);
                            default -> x.concat(y);
                        };
                    }
                }, result);
            }
            default:
                throw new Compiler.Unsupported("matrix." + fn + " is not supported by the interpreter yet", pos);
        }
    }

    private static Ex need(Ex e, String fn, SourceRange pos) {
        if (e == null) {
            throw new Compiler.Unsupported("matrix." + fn + ": missing argument", pos);
        }
        return e;
    }

    private static long opt(Ex e, Frame f) {
        return e == null ? Long.MIN_VALUE : e.l(f);
    }

    /** A float-valued node for an element or scalar argument (ints widened; na stays na). */
    private static Ex number(Compiler comp, Ex e, Kind kind, SourceRange pos) {
        Ex typed = comp.coerce(e, kind == Kind.FLOAT ? Kind.FLOAT : Kind.INT, pos);
        if (typed.kind == Kind.FLOAT) {
            return typed;
        }
        return new Ex(Kind.FLOAT, pos) {
            @Override
            double d(Frame f) {
                return toDouble(typed.l(f));
            }
        };
    }

    private static Ex asLong(Ex d, Kind elem) {
        return new Ex(elem, d.pos) {
            @Override
            long l(Frame f) {
                return toLong(d.d(f));
            }
        };
    }

    private static Ex matrixResult(Ex e, Udt.Info type) {
        e.udt = type;
        return e;
    }
}
