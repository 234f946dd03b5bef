package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.runtime.lib.PineMap;

/**
 * map.* functions and methods over the runtime library's {@link PineMap}: keys and values are boxed (Double, Long,
 * Boolean, String, objects; na = null); reads unbox to the value kind known from the map's type.
 */
final class Maps {
    private Maps() {
    }

    static Ex call(Compiler comp, String fn, Ex receiver, Call c) {
        SourceRange pos = c.range();
        List<Ex> args = new ArrayList<>();
        if (receiver != null) {
            args.add(receiver);
        }
        for (Argument a : c.arguments()) {
            args.add(comp.expr(a.value()));
        }
        if (fn.equals("new")) {
            if (c.typeArguments().size() != 2) {
                throw new Compiler.Unsupported("map.new needs key and value types: map.new<string, float>()", pos);
            }
            var k = c.typeArguments().get(0);
            var v = c.typeArguments().get(1);
            Udt.Info type = Udt.Info.map(comp.typeKind(k), comp.typeKind(v), comp.typeInfo(v));
            String keyName = k.name();
            String valueName = v.name();
            Ex e = new Ex(Kind.OBJECT, pos) {
                @Override
                Object o(Frame f) {
                    return new PineMap<Object, Object>(keyName, valueName);
                }
            };
            e.udt = type;
            return e;
        }
        if (args.isEmpty() || args.get(0).udt == null || !args.get(0).udt.isMap()) {
            throw new Compiler.Unsupported("map." + fn + " needs a map whose type is known (declare it as "
                    + "map<string, float> or create it with map.new<string, float>())", pos);
        }
        Ex map = args.get(0);
        Udt.Info type = map.udt;
        Ex key = args.size() > 1 ? comp.coerce(args.get(1), type.key, pos) : null;
        switch (fn) {
            case "size":
                return new Ex(Kind.INT, pos) {
                    @Override
                    long l(Frame f) {
                        return of(map, f, pos).size();
                    }
                };
            case "clear":
                return new Ex(Kind.VOID, pos) {
                    @Override
                    Object o(Frame f) {
                        of(map, f, pos).clear();
                        return null;
                    }
                };
            case "contains": {
                Ex k = need(key, fn, pos);
                return new Ex(Kind.BOOL, pos) {
                    @Override
                    boolean b(Frame f) {
                        return of(map, f, pos).contains(k.boxed(f));
                    }
                };
            }
            case "put", "get", "remove": {
                Ex k = need(key, fn, pos);
                Ex value = fn.equals("put") ? comp.coerce(need(args.size() > 2 ? args.get(2) : null, fn, pos),
                        type.elem, pos) : null;
                Ex e = new Arrays.Element(type.elem, pos) {
                    @Override
                    Object take(Frame f) {
                        PineMap<Object, Object> m = of(map, f, pos);
                        Object kk = k.boxed(f);
                        return switch (fn) {
                            case "put" -> m.put(kk, value.boxed(f));
                            case "remove" -> m.remove(kk);
                            default -> m.get(kk);
                        };
                    }
                };
                e.udt = type.elemType;
                return e;
            }
            case "keys", "values": {
                Ex e = new Ex(Kind.OBJECT, pos) {
                    @Override
                    Object o(Frame f) {
                        PineMap<Object, Object> m = of(map, f, pos);
                        return fn.equals("keys") ? m.keys() : m.values();
                    }
                };
                e.udt = fn.equals("keys") ? Udt.Info.array(type.key, null) : Udt.Info.array(type.elem, type.elemType);
                return e;
            }
            case "copy": {
                Ex e = new Ex(Kind.OBJECT, pos) {
                    @Override
                    Object o(Frame f) {
                        return of(map, f, pos).copy();
                    }
                };
                e.udt = type;
                return e;
            }
            default:
                throw new Compiler.Unsupported("map." + fn + " is not supported by the interpreter yet", pos);
        }
    }

    private static Ex need(Ex e, String fn, SourceRange pos) {
        if (e == null) {
            throw new Compiler.Unsupported("map." + fn + ": missing argument", pos);
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    static PineMap<Object, Object> of(Ex e, Frame f, SourceRange pos) {
        Object o = e.o(f);
        if (o == null) {
            throw new PineError("the map is na", pos);
        }
        return (PineMap<Object, Object>) o;
    }
}
