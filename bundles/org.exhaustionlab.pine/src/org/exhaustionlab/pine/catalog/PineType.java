package org.exhaustionlab.pine.catalog;

import java.util.HashMap;
import java.util.Map;

/**
 * A qualified Pine type such as {@code series float}, {@code simple int}, {@code array<T>} or the tuple
 * {@code [series float, series float]}. A type written without a qualifier is {@code series}, the weakest promise,
 * which is what TradingView means for objects such as {@code line} or {@code array<float>}. Tuples, {@code void} and
 * {@code na} carry {@code series} as a placeholder qualifier.
 */
public record PineType(Qualifier qualifier, BaseType base) {

    public static final PineType VOID = new PineType(Qualifier.SERIES, BaseType.Special.VOID);
    public static final PineType NA = new PineType(Qualifier.CONST, BaseType.Special.NA);

    public PineType {
        java.util.Objects.requireNonNull(qualifier, "qualifier");
        java.util.Objects.requireNonNull(base, "base");
    }

    /** Parses a type written as in the catalog, e.g. {@code "series float"}, {@code "map<string, T>"}. */
    public static PineType parse(String text) {
        return new PineTypeParser(text).parseWhole();
    }

    public static PineType of(Qualifier qualifier, String name) {
        return new PineType(qualifier, BaseType.Named.of(name));
    }

    public PineType withQualifier(Qualifier q) {
        return new PineType(q, base);
    }

    public boolean isVoid() {
        return base == BaseType.Special.VOID;
    }

    public boolean isTuple() {
        return base instanceof BaseType.Tuple;
    }

    /** True when the type mentions a type variable anywhere (it must be instantiated before use). */
    public boolean isGeneric() {
        return mentionsTypeVar(base);
    }

    private static boolean mentionsTypeVar(BaseType b) {
        if (b instanceof BaseType.TypeVar) {
            return true;
        }
        if (b instanceof BaseType.Named n) {
            return n.args().stream().anyMatch(PineType::mentionsTypeVar);
        }
        if (b instanceof BaseType.Tuple t) {
            return t.elements().stream().anyMatch(e -> mentionsTypeVar(e.base()));
        }
        if (b instanceof BaseType.Union u) {
            return u.alternatives().stream().anyMatch(PineType::mentionsTypeVar);
        }
        return false;
    }

    /**
     * True when a value of type {@code value} may be passed where this type is expected: the qualifier must not be
     * stronger than ours (const &lt; input &lt; simple &lt; series), an {@code int} is promoted to {@code float},
     * {@code na} fits any value type, and a type variable of ours accepts any type. Collections are invariant:
     * {@code array<int>} is not an {@code array<float>}.
     */
    public boolean isAssignableFrom(PineType value) {
        return TypeMatcher.match(this, value, new HashMap<>());
    }

    /** Replaces type variables by their bindings, e.g. {@code series T} with T=float gives {@code series float}. */
    public PineType substitute(Map<String, BaseType> bindings) {
        return new PineType(qualifier, base.substitute(bindings));
    }

    @Override
    public String toString() {
        if (base instanceof BaseType.Tuple || base instanceof BaseType.Special) {
            return base.toString();
        }
        if (qualifier == Qualifier.SERIES && base instanceof BaseType.Named n && !n.args().isEmpty()) {
            return base.toString(); // collections are written without a qualifier, as in TradingView's reference
        }
        return qualifier.keyword() + " " + base;
    }
}
