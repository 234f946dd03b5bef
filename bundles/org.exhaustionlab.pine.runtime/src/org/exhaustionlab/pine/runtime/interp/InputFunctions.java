package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.ast.Identifier;
import org.exhaustionlab.pine.ast.TupleExpr;
import org.exhaustionlab.pine.runtime.InputInfo;

/**
 * input.* : each call registers an {@link InputInfo} at compile time and reads its override (by title or variable
 * name, resolved once per run into {@code RunContext.inputValues}) or its constant default.
 */
final class InputFunctions {
    private InputFunctions() {
    }

    static void register(Map<String, Function<Bound, Ex>> r) {
        r.put("input.enum", InputFunctions::enumInput);
        for (String t : new String[] {"int", "float", "bool", "string", "color", "source", "timeframe", "symbol",
                "session", "price", "time", "text_area"}) {
            r.put("input." + t, b -> input(b, t));
        }
        r.put("input", b -> input(b, b.a[0].kind == Kind.FLOAT && !b.a[0].isConst() ? "source"
                : b.a[0].kind.name().toLowerCase()));
    }

    private static Object constant(Ex e) {
        if (e instanceof Lit.D d) {
            return d.v;
        }
        if (e instanceof Lit.L l) {
            return l.v == Long.MIN_VALUE ? null : (Object) l.v;
        }
        if (e instanceof Lit.B bl) {
            return bl.v;
        }
        if (e instanceof Lit.O o) {
            return o.v;
        }
        return null;
    }

    private static double number(Bound b, String param) {
        Object v = constant(b.arg(param) == null ? new Lit.Na(b.pos) : b.arg(param));
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** input.enum: the default member, or an override naming a member (by name or title). */
    private static Ex enumInput(Bound b) {
        Ex def = b.arg("defval");
        if (!(def instanceof Lit.O o && o.v instanceof Udt.EnumValue value)) {
            throw new Compiler.Unsupported("input.enum needs an enum member as its default", b.pos);
        }
        java.util.Map<String, Udt.EnumValue> members = b.comp.enums.get(value.enumName());
        List<Object> options = new ArrayList<>();
        members.values().forEach(m -> options.add(m.member()));
        int index = register(b, new InputInfo(b.comp.declaringName, b.constString("title"), "enum",
                value.member(), Double.NaN, Double.NaN, Double.NaN, options, b.constString("group")));
        Ex e = new Ex(Kind.OBJECT, b.pos) {
            @Override
            Object o(Frame f) {
                Object o = f.ctx.inputValues[index];
                if (o != null) {
                    for (Udt.EnumValue m : members.values()) {
                        if (m.member().equals(o.toString()) || m.title().equals(o.toString())) {
                            return m;
                        }
                    }
                }
                return value;
            }
        };
        e.simple = true;
        return e;
    }

    /** The input's index; a call compiled again (inlined into request.security, ...) keeps its first one. */
    private static int register(Bound b, InputInfo info) {
        if (b.call == null) {
            b.comp.outputs.inputs.add(info);
            return b.comp.outputs.inputs.size() - 1;
        }
        return b.comp.inputIndex.computeIfAbsent(b.call, c -> {
            b.comp.outputs.inputs.add(info);
            return b.comp.outputs.inputs.size() - 1;
        });
    }

    private static Ex input(Bound b, String type) {
        Ex e = create(b, type);
        e.simple = !type.equals("source");
        return e;
    }

    private static Ex create(Bound b, String type) {
        Ex def = b.arg("defval");
        String title = b.constString("title");
        String group = b.constString("group");
        List<Object> options = new ArrayList<>();
        for (Argument a : b.call.arguments()) {
            if (a.name() != null && a.name().name().equals("options") && a.value() instanceof TupleExpr te) {
                for (var e : te.elements()) {
                    Object v = constant(b.comp.expr(e));
                    if (v != null) {
                        options.add(v);
                    }
                }
            }
        }
        Object defaultValue;
        int sourceField = -1;
        if (type.equals("source")) {
            String name = b.call.arguments().isEmpty() ? "close"
                    : b.call.arguments().get(0).value() instanceof Identifier id ? id.name() : "close";
            sourceField = BuiltinVariables.priceField(name);
            if (sourceField < 0) {
                throw new Compiler.Unsupported("input.source defaults other than price series are not supported",
                        b.pos);
            }
            defaultValue = name;
        } else {
            defaultValue = constant(def);
        }
        int index = register(b, new InputInfo(b.comp.declaringName, title, type, defaultValue,
                number(b, "minval"), number(b, "maxval"), number(b, "step"), options, group));
        if (type.equals("source")) {
            int field = sourceField;
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame f) {
                    RunContext c = f.ctx;
                    Object o = c.inputValues[index];
                    int fld = o instanceof String s ? BuiltinVariables.priceField(s) : field;
                    return BuiltinVariables.price(c, fld < 0 ? field : fld, c.bar);
                }
            };
        }
        Kind k = def.kind == Kind.NA ? Kind.FLOAT : def.kind;
        if (type.equals("float") || type.equals("price")) {
            k = Kind.FLOAT;
            def = b.comp.coerce(def, Kind.FLOAT, b.pos);
        }
        Ex d = def;
        switch (k) {
            case FLOAT:
                return new Ex(Kind.FLOAT, b.pos) {
                    @Override
                    double d(Frame f) {
                        Object o = f.ctx.inputValues[index];
                        return o instanceof Number n ? n.doubleValue() : d.d(f);
                    }
                };
            case INT, COLOR: {
                Kind kk = k;
                return new Ex(kk, b.pos) {
                    @Override
                    long l(Frame f) {
                        Object o = f.ctx.inputValues[index];
                        return o instanceof Number n ? n.longValue() : d.l(f);
                    }
                };
            }
            case BOOL:
                return new Ex(Kind.BOOL, b.pos) {
                    @Override
                    boolean b(Frame f) {
                        Object o = f.ctx.inputValues[index];
                        return o instanceof Boolean bo ? bo : d.b(f);
                    }
                };
            default: {
                Kind kk = k;
                return new Ex(kk, b.pos) {
                    @Override
                    Object o(Frame f) {
                        Object o = f.ctx.inputValues[index];
                        return o != null ? o.toString() : d.o(f);
                    }
                };
            }
        }
    }
}
