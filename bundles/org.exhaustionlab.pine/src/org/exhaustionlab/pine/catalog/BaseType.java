package org.exhaustionlab.pine.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The part of a Pine type without its qualifier: a named type (possibly generic, e.g. {@code array<float>}), a type
 * variable of a generic built-in ({@code T}), a tuple of return values, or one of the special types.
 */
public sealed interface BaseType {

    /** Replaces type variables by their bindings; unbound variables stay as they are. */
    BaseType substitute(Map<String, BaseType> bindings);

    /** A named type such as {@code int}, {@code line}, {@code chart.point}, {@code array<T>}, {@code map<K, V>}. */
    record Named(String name, List<BaseType> args) implements BaseType {
        public Named {
            args = List.copyOf(args);
        }

        public static Named of(String name) {
            return new Named(name, List.of());
        }

        public boolean isNumeric() {
            return args.isEmpty() && (name.equals("int") || name.equals("float"));
        }

        @Override
        public BaseType substitute(Map<String, BaseType> bindings) {
            if (args.isEmpty()) {
                return this;
            }
            return new Named(name, args.stream().map(a -> a.substitute(bindings)).toList());
        }

        @Override
        public String toString() {
            if (args.isEmpty()) {
                return name;
            }
            return name + args.stream().map(Object::toString).collect(Collectors.joining(", ", "<", ">"));
        }
    }

    /** A type variable of a generic built-in, e.g. the {@code T} of {@code array.get}. */
    record TypeVar(String name) implements BaseType {
        @Override
        public BaseType substitute(Map<String, BaseType> bindings) {
            BaseType bound = bindings.get(name);
            return bound != null ? bound : this;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Several return values, destructured by {@code [a, b] = f()}; each element keeps its own qualifier. */
    record Tuple(List<PineType> elements) implements BaseType {
        public Tuple {
            elements = List.copyOf(elements);
        }

        @Override
        public BaseType substitute(Map<String, BaseType> bindings) {
            return new Tuple(elements.stream().map(e -> e.substitute(bindings)).toList());
        }

        @Override
        public String toString() {
            return elements.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** One of several types, written {@code int|string} (no spaces): a parameter accepting either. */
    record Union(List<BaseType> alternatives) implements BaseType {
        public Union {
            alternatives = List.copyOf(alternatives);
        }

        @Override
        public BaseType substitute(Map<String, BaseType> bindings) {
            return new Union(alternatives.stream().map(a -> a.substitute(bindings)).toList());
        }

        @Override
        public String toString() {
            return alternatives.stream().map(Object::toString).collect(Collectors.joining("|"));
        }
    }

    /** The special types: {@code void} (no value), {@code na} (the literal), {@code any} (accepts every type). */
    enum Special implements BaseType {
        VOID, NA, ANY;

        @Override
        public BaseType substitute(Map<String, BaseType> bindings) {
            return this;
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
