package org.exhaustionlab.pine.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One overload of a built-in function.
 *
 * @param name qualified name, e.g. {@code ta.sma}
 * @param typeParams type variables used by the signature ({@code T}, {@code K}, {@code V}), in order of appearance
 * @param params parameters in positional order
 * @param returnType result type ({@link PineType#VOID} for functions used as statements)
 * @param variadic true when the last parameter may repeat any number of times ({@code math.max(a, b, ...)})
 * @param methodCallable true when the function may be called as a method on its first argument ({@code a.get(0)})
 * @param pure true when the result qualifier follows the arguments ({@code math.max(1, 2)} is {@code const int});
 *     the declared return qualifier is then only an upper bound
 */
public record FunctionSig(String name, List<String> typeParams, List<Param> params, PineType returnType,
        boolean variadic, boolean methodCallable, boolean pure, Availability availability, String doc)
        implements CatalogEntry {

    public FunctionSig {
        typeParams = List.copyOf(typeParams);
        params = List.copyOf(params);
    }

    /**
     * This overload as seen from one version: without the parameters that version lacks (plot's linestyle in v5).
     * Returns this instance when nothing changes.
     */
    public FunctionSig restrictedTo(PineVersion version) {
        if (params.stream().allMatch(p -> p.availability().isIn(version))) {
            return this;
        }
        List<Param> kept = params.stream().filter(p -> p.availability().isIn(version)).toList();
        return new FunctionSig(name, typeParams, kept, returnType, variadic, methodCallable, pure, availability, doc);
    }

    public Optional<Param> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** The number of parameters without defaults. */
    public int requiredCount() {
        return (int) params.stream().filter(Param::isRequired).count();
    }

    /**
     * The fewest positional arguments that reach every required parameter. Usually equal to
     * {@link #requiredCount()}, but a required parameter may follow optional ones ({@code options} of
     * {@code input.int(defval, title, options, ...)}), which callers then usually pass by name.
     */
    public int minPositionalCount() {
        for (int i = params.size() - 1; i >= 0; i--) {
            if (params.get(i).isRequired()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** True when this many positional arguments (and no named ones) can be a valid call. */
    public boolean acceptsArgumentCount(int count) {
        return count >= minPositionalCount() && (variadic || count <= params.size());
    }

    /** The parameter that receives the argument at {@code index}: the last one repeats for variadic functions. */
    public Optional<Param> paramAt(int index) {
        if (index < params.size()) {
            return Optional.of(params.get(index));
        }
        return variadic && !params.isEmpty() ? Optional.of(params.get(params.size() - 1)) : Optional.empty();
    }

    /**
     * The result type for positional arguments ({@code null} entries mark parameters left to their defaults), or
     * empty when the arguments do not fit this overload. Type variables are instantiated from the arguments, so
     * {@code array.get} on an {@code array<float>} gives {@code series float}.
     */
    public Optional<PineType> resultFor(List<PineType> args) {
        return resultFor(args, Map.of());
    }

    /**
     * As {@link #resultFor(List)}, with type variables fixed up front by explicit type arguments:
     * {@code array.new<float>(3)} passes {@code T=float}, {@code map.new<string, int>()} passes K and V.
     */
    public Optional<PineType> resultFor(List<PineType> args, Map<String, BaseType> typeArguments) {
        if (!acceptsArgumentCount(args.size())) {
            return Optional.empty();
        }
        Map<String, BaseType> bindings = new HashMap<>(typeArguments);
        Qualifier strongest = Qualifier.CONST;
        for (int i = 0; i < args.size(); i++) {
            Param p = paramAt(i).orElseThrow();
            PineType arg = args.get(i);
            if (arg == null) {
                if (p.isRequired() && i < params.size()) {
                    return Optional.empty();
                }
                continue;
            }
            if (!TypeMatcher.match(p.type(), arg, bindings)) {
                return Optional.empty();
            }
            strongest = strongest.max(arg.qualifier());
        }
        for (int i = args.size(); i < params.size(); i++) {
            if (params.get(i).isRequired()) {
                return Optional.empty();
            }
        }
        PineType result = returnType.substitute(bindings);
        if (pure && !result.isTuple() && !result.isVoid()) {
            Qualifier q = result.qualifier().accepts(strongest) ? strongest : result.qualifier();
            result = result.withQualifier(q);
        }
        return Optional.of(result);
    }

    /**
     * Lays out a call's arguments in parameter order, {@code null} marking parameters left to their defaults, ready
     * for {@link #resultFor(List)}. Empty when there are more positional arguments than parameters (and the function
     * is not variadic), when a named argument matches no parameter, or when it repeats a positional one: TradingView
     * rejects those calls. Use {@link #param(String)} and {@link #suggestParam(String)} to explain which.
     */
    public Optional<List<PineType>> arrange(List<PineType> positional, Map<String, PineType> named) {
        if (positional.size() > params.size() && !variadic) {
            return Optional.empty();
        }
        int size = Math.max(positional.size(), params.size());
        List<PineType> slots = new ArrayList<>(Collections.nCopies(size, null));
        for (int i = 0; i < positional.size(); i++) {
            slots.set(i, positional.get(i));
        }
        List<String> names = params.stream().map(Param::name).toList();
        for (Map.Entry<String, PineType> arg : named.entrySet()) {
            int index = names.indexOf(arg.getKey());
            if (index < 0 || index < positional.size()) {
                return Optional.empty();
            }
            slots.set(index, arg.getValue());
        }
        int last = slots.size();
        while (last > 0 && slots.get(last - 1) == null) {
            last--;
        }
        return Optional.of(Collections.unmodifiableList(new ArrayList<>(slots.subList(0, last))));
    }

    /** The parameter name closest to a misspelt one ({@code lenght} gives {@code length}), if any is close. */
    public Optional<String> suggestParam(String unknownName) {
        return NameSuggestions.rank(unknownName, params.stream().map(Param::name).toList(), 1).stream().findFirst();
    }

    /** Binds {@link #typeParams()} in order to explicit type arguments ({@code <string, float>}). */
    public Map<String, BaseType> typeArguments(List<BaseType> explicit) {
        if (explicit.size() != typeParams.size()) {
            throw new IllegalArgumentException(name + " takes " + typeParams.size() + " type arguments, not "
                    + explicit.size());
        }
        Map<String, BaseType> bound = new HashMap<>();
        for (int i = 0; i < explicit.size(); i++) {
            bound.put(typeParams.get(i), explicit.get(i));
        }
        return bound;
    }

    /** The signature as shown in hovers: {@code ta.sma(source: series float, length: series int) → series float}. */
    public String display() {
        String ps = params.stream().map(Param::toString).collect(Collectors.joining(", "));
        if (variadic) {
            ps += ", ...";
        }
        return name + "(" + ps + ") \u2192 " + returnType;
    }

    @Override
    public String toString() {
        return display();
    }
}
