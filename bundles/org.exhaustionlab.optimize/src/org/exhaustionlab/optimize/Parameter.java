package org.exhaustionlab.optimize;

import java.util.List;

/**
 * One optimisable parameter: a finite, ordered set of values addressed by index {@code 0 .. count()-1}. The genotype
 * stores indexes, so every value the optimiser proposes lies exactly on the parameter's step grid.
 */
public sealed interface Parameter permits Parameter.IntRange, Parameter.FloatRange, Parameter.Bool,
        Parameter.Choice {

    /** The key in parameter maps (the input's declared variable). */
    String name();

    /** Number of values. */
    int count();

    /** The value at {@code index}: a Long, Double, Boolean or the option object. */
    Object valueAt(int index);

    /** Index of the value nearest to {@code value}; throws if {@code value} has the wrong type. */
    int indexOf(Object value);

    /** Integers {@code min, min+step, ... <= max}. */
    record IntRange(String name, long min, long max, long step) implements Parameter {
        public IntRange {
            if (step <= 0 || max < min) {
                throw new IllegalArgumentException("parameter " + name + ": bad int range [" + min + ", " + max
                        + "] step " + step);
            }
            if ((max - min) / step >= Integer.MAX_VALUE) {
                throw new IllegalArgumentException("parameter " + name + ": too many values, raise the step");
            }
        }

        @Override
        public int count() {
            return (int) ((max - min) / step) + 1;
        }

        @Override
        public Object valueAt(int index) {
            return min + index * step;
        }

        @Override
        public int indexOf(Object value) {
            if (!(value instanceof Number)) {
                throw new IllegalArgumentException("parameter " + name + " expects a number, got " + value);
            }
            double idx = (((Number) value).doubleValue() - min) / step;
            return clamp(Math.round(idx), count());
        }
    }

    /** Floats {@code min + k*step <= max}, rounded to 10 decimals so grid values print cleanly. */
    record FloatRange(String name, double min, double max, double step) implements Parameter {
        public FloatRange {
            if (!(step > 0) || !(max >= min)) {
                throw new IllegalArgumentException("parameter " + name + ": bad float range [" + min + ", " + max
                        + "] step " + step);
            }
            if ((max - min) / step >= Integer.MAX_VALUE) {
                throw new IllegalArgumentException("parameter " + name + ": too many values, raise the step");
            }
        }

        @Override
        public int count() {
            // the tolerance keeps max itself on the grid despite binary rounding, e.g. [0.1, 0.3] step 0.1
            return (int) Math.floor((max - min) / step + 1e-9) + 1;
        }

        @Override
        public Object valueAt(int index) {
            return ParameterSpace.round10(min + index * step);
        }

        @Override
        public int indexOf(Object value) {
            if (!(value instanceof Number)) {
                throw new IllegalArgumentException("parameter " + name + " expects a number, got " + value);
            }
            return clamp(Math.round((((Number) value).doubleValue() - min) / step), count());
        }
    }

    /** {@code false} (index 0) and {@code true} (index 1). */
    record Bool(String name) implements Parameter {
        @Override
        public int count() {
            return 2;
        }

        @Override
        public Object valueAt(int index) {
            return index == 1;
        }

        @Override
        public int indexOf(Object value) {
            if (!(value instanceof Boolean)) {
                throw new IllegalArgumentException("parameter " + name + " expects true/false, got " + value);
            }
            return ((Boolean) value) ? 1 : 0;
        }
    }

    /** One of a list of options (strings, or numbers from {@code options=[...]}). */
    record Choice(String name, List<Object> options) implements Parameter {
        public Choice {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("parameter " + name + ": a choice needs at least one option");
            }
        }

        @Override
        public int count() {
            return options.size();
        }

        @Override
        public Object valueAt(int index) {
            return options.get(index);
        }

        @Override
        public int indexOf(Object value) {
            for (int i = 0; i < options.size(); i++) {
                Object o = options.get(i);
                if (o.equals(value) || (o instanceof Number && value instanceof Number
                        && ((Number) o).doubleValue() == ((Number) value).doubleValue())) {
                    return i;
                }
            }
            throw new IllegalArgumentException("parameter " + name + ": '" + value + "' is not one of " + options);
        }
    }

    private static int clamp(long index, int count) {
        return (int) Math.max(0, Math.min(count - 1, index));
    }
}
