package org.exhaustionlab.pine.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches an argument type against a parameter type, binding the parameter's type variables on the way
 * (first binding wins; later arguments must fit it, with int-to-float promotion).
 */
public final class TypeMatcher {
    /**
     * The only subtyping among TradingView's named types: display.all and display.none are
     * {@code plot_simple_display}, which fits wherever a {@code plot_display} is accepted, not the other way round.
     */
    private static final Map<String, String> SUPERTYPES = Map.of("plot_simple_display", "plot_display");

    private TypeMatcher() {
    }

    /**
     * True when {@code value} fits {@code expected}; binds type variables of {@code expected} into {@code bindings}.
     * The map is updated even when the match fails part-way, so pass a copy when trying overloads.
     */
    public static boolean match(PineType expected, PineType value, Map<String, BaseType> bindings) {
        boolean wildcard = expected.base() instanceof BaseType.TypeVar || expected.base() == BaseType.Special.ANY;
        if (!wildcard && (expected.base() instanceof BaseType.Tuple || value.base() instanceof BaseType.Tuple)) {
            return matchTuples(expected, value, bindings);
        }
        if (value.base() == BaseType.Special.VOID || expected.base() == BaseType.Special.VOID) {
            return false;
        }
        if (!expected.qualifier().accepts(value.qualifier())) {
            return false;
        }
        return matchBase(expected.base(), value.base(), bindings, true);
    }

    private static boolean matchTuples(PineType expected, PineType value, Map<String, BaseType> bindings) {
        if (!(expected.base() instanceof BaseType.Tuple e) || !(value.base() instanceof BaseType.Tuple v)) {
            return false;
        }
        List<PineType> es = e.elements();
        List<PineType> vs = v.elements();
        if (es.size() != vs.size()) {
            return false;
        }
        for (int i = 0; i < es.size(); i++) {
            if (!match(es.get(i), vs.get(i), bindings)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchBase(BaseType expected, BaseType value, Map<String, BaseType> bindings,
            boolean promote) {
        if (expected == BaseType.Special.ANY || value == BaseType.Special.ANY) {
            return true;
        }
        if (value == BaseType.Special.NA) {
            return true; // na fits any value type; v6 non-na bool is the checker's concern
        }
        if (value instanceof BaseType.Union vu) {
            for (BaseType alternative : vu.alternatives()) {
                if (!matchBase(expected, alternative, bindings, promote)) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof BaseType.Union eu) {
            for (BaseType alternative : eu.alternatives()) {
                Map<String, BaseType> trial = new HashMap<>(bindings);
                if (matchBase(alternative, value, trial, promote)) {
                    bindings.putAll(trial);
                    return true;
                }
            }
            return false;
        }
        if (expected instanceof BaseType.TypeVar tv) {
            BaseType bound = bindings.get(tv.name());
            if (bound == null) {
                if (!(value instanceof BaseType.TypeVar)) {
                    bindings.put(tv.name(), value);
                }
                return true;
            }
            return matchBase(bound, value, bindings, promote);
        }
        if (value instanceof BaseType.TypeVar) {
            return true; // an uninstantiated generic value: nothing to check yet
        }
        if (expected instanceof BaseType.Named e && value instanceof BaseType.Named v) {
            if (promote && e.name().equals("float") && v.name().equals("int") && e.args().isEmpty()) {
                return true;
            }
            if (e.args().isEmpty() && e.name().equals(SUPERTYPES.get(v.name()))) {
                return true;
            }
            if (!e.name().equals(v.name()) || e.args().size() != v.args().size()) {
                return false;
            }
            for (int i = 0; i < e.args().size(); i++) {
                if (!matchBase(e.args().get(i), v.args().get(i), bindings, false)) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(value);
    }
}
