package org.exhaustionlab.pine.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.catalog.BaseType;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.catalog.Qualifier;
import org.exhaustionlab.pine.catalog.TypeMatcher;

/**
 * Lays out a call's arguments onto one candidate's parameters and checks their types: the shared core of built-in,
 * user function, method and constructor calls. Failures are ranked so overload resolution can explain the
 * candidate that came closest.
 */
final class ArgumentMatcher {

    /** One parameter of a candidate; {@code type} null means "any" (an untyped user parameter). */
    record Spec(String name, PineType type, boolean required) {
    }

    /** Why a candidate does not fit; higher {@code rank} means a closer fit. */
    record Failure(int rank, SourceRange range, String code, String message) {
    }

    /** The outcome: {@code failure} null on success; {@code map} per parameter as in {@link CallBinding}. */
    record Match(int[] map, Map<String, BaseType> bindings, Failure failure) {
        boolean ok() {
            return failure == null;
        }
    }

    private ArgumentMatcher() {
    }

    /**
     * @param receiver      the method call's receiver type (fills parameter 0), or null
     * @param receiverRange where the receiver is written, for messages
     * @param calleeRange   where the called name is written, for "missing argument" messages
     */
    static Match match(String what, List<Spec> params, boolean variadic, List<Argument> args,
            List<PineType> argTypes, PineType receiver, SourceRange receiverRange, SourceRange calleeRange,
            Map<String, BaseType> fixed, boolean numbersAsBool) {
        Map<String, BaseType> bindings = new HashMap<>(fixed);
        int n = params.size();
        List<Integer> assigned = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            assigned.add(CallBinding.DEFAULT);
        }
        int offset = 0;
        if (receiver != null) {
            if (n == 0) {
                return fail(0, receiverRange, "call.too-many-arguments", what + " takes no receiver");
            }
            assigned.set(0, CallBinding.RECEIVER);
            offset = 1;
        }
        int pos = 0;
        boolean namedSeen = false;
        for (int i = 0; i < args.size(); i++) {
            Argument arg = args.get(i);
            if (arg.name() == null && namedSeen) {
                return fail(0, arg.range(), "call.positional-after-named", "positional argument after a named one "
                        + "in " + what + ": name it too, or move it before the named arguments");
            }
            namedSeen |= arg.name() != null;
            if (arg.name() == null) {
                int p = offset + pos++;
                if (p < n) {
                    assigned.set(p, i);
                } else if (variadic && n > 0) {
                    assigned.add(i);
                } else {
                    return fail(0, arg.range(), "call.too-many-arguments", what + " takes " + (n - offset)
                            + " argument" + (n - offset == 1 ? "" : "s") + ", this is argument " + (pos));
                }
                continue;
            }
            String name = arg.name().name();
            int idx = -1;
            for (int p = 0; p < n; p++) {
                if (params.get(p).name().equals(name)) {
                    idx = p;
                    break;
                }
            }
            if (idx < 0) {
                return fail(0, arg.name().range(), name.equals("transp") ? "v4.syntax" : "call.unknown-argument",
                        unknownArgument(what, name, params));
            }
            if (assigned.get(idx) != CallBinding.DEFAULT) {
                return fail(0, arg.name().range(), "call.duplicate-argument", "'" + name
                        + "' is already passed to " + what);
            }
            assigned.set(idx, i);
        }
        for (int p = 0; p < n; p++) {
            if (assigned.get(p) == CallBinding.DEFAULT && params.get(p).required()) {
                return fail(1, calleeRange, "call.missing-argument", what + " needs the argument '"
                        + params.get(p).name() + "'");
            }
        }
        for (int p = 0; p < assigned.size(); p++) {
            int idx = assigned.get(p);
            if (idx == CallBinding.DEFAULT) {
                continue;
            }
            Spec spec = params.get(Math.min(p, n - 1));
            PineType t = idx == CallBinding.RECEIVER ? receiver : argTypes.get(idx);
            SourceRange at = idx == CallBinding.RECEIVER ? receiverRange : args.get(idx).value().range();
            if (spec.type() == null || Types.isUnknown(t) || TypeMatcher.match(spec.type(), t, bindings)) {
                continue;
            }
            if (spec.type().base() instanceof BaseType.TypeVar tv && Types.is(t, "float")
                    && BaseType.Named.of("int").equals(bindings.get(tv.name()))) {
                bindings.put(tv.name(), BaseType.Named.of("float")); // array.from(1, 2.5): T widens to float
                continue;
            }
            if (numbersAsBool && Types.is(spec.type(), "bool") && Types.isNumeric(t)
                    && spec.type().qualifier().accepts(t.qualifier())) {
                continue; // Pine v5 converts numbers to bool implicitly
            }
            String param = "argument '" + spec.name() + "' of " + what;
            if (t.isVoid()) {
                return fail(10 + p, at, "type.mismatch", param + " gets a call that returns no value");
            }
            Map<String, BaseType> trial = new HashMap<>(bindings);
            if (TypeMatcher.match(spec.type().withQualifier(Qualifier.SERIES), t, trial)) {
                return fail(1000 + p, at, "qualifier.mismatch", param + " must be " + Types.show(spec.type())
                        + " but this is " + Types.show(t) + qualifierHint(spec.type().qualifier()));
            }
            return fail(10 + p, at, "type.mismatch", param + " must be " + Types.show(spec.type().substitute(
                    bindings)) + ", not " + Types.show(t));
        }
        int[] map = new int[assigned.size()];
        for (int i = 0; i < map.length; i++) {
            map[i] = assigned.get(i);
        }
        return new Match(map, bindings, null);
    }

    private static String qualifierHint(Qualifier expected) {
        return switch (expected) {
            case CONST -> " (write a literal or a const value)";
            case INPUT -> " (use a literal or an input value)";
            case SIMPLE -> " (the value must not change from bar to bar: use a literal, an input or a simple "
                    + "value instead of a series)";
            default -> "";
        };
    }

    private static String unknownArgument(String what, String name, List<Spec> params) {
        if (name.equals("transp")) {
            return "transp= was removed in Pine v5: pass color.new(yourColor, " + "transparency) instead";
        }
        if (name.equals("when")) {
            return what + " has no 'when' parameter: wrap the call in 'if condition' instead";
        }
        String best = Suggest.closest(name, params.stream().map(Spec::name).toList());
        return what + " has no parameter '" + name + "'" + (best == null ? "" : ": did you mean " + best + "?");
    }

    private static Match fail(int rank, SourceRange at, String code, String message) {
        return new Match(null, null, new Failure(rank, at, code, message));
    }
}
