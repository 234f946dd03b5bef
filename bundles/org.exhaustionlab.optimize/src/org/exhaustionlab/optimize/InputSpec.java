package org.exhaustionlab.optimize;

import java.util.List;

/**
 * One script input as the optimiser sees it; the interpreter's {@code program.inputs()} is mapped to these.
 *
 * @param name    the declared variable ({@code len} in {@code len = input.int(14, "Length")}), the parameter key
 * @param title   the title shown to the user, or {@code null}
 * @param type    {@code "int"}, {@code "float"}, {@code "bool"} or {@code "string"} (anything else is not optimised)
 * @param defval  the default value (a Number, Boolean or String)
 * @param minval  lower bound, or {@code null} when the script gives none
 * @param maxval  upper bound, or {@code null}
 * @param step    step, or {@code null}
 * @param options allowed values ({@code options=[...]}), empty when none
 */
public record InputSpec(String name, String title, String type, Object defval, Double minval, Double maxval,
        Double step, List<Object> options) {

    public InputSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an input needs a name (its declared variable)");
        }
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static InputSpec ofInt(String name, long defval, Double min, Double max, Double step) {
        return new InputSpec(name, null, "int", defval, min, max, step, List.of());
    }

    public static InputSpec ofFloat(String name, double defval, Double min, Double max, Double step) {
        return new InputSpec(name, null, "float", defval, min, max, step, List.of());
    }

    public static InputSpec ofBool(String name, boolean defval) {
        return new InputSpec(name, null, "bool", defval, null, null, null, List.of());
    }

    public static InputSpec ofChoice(String name, Object defval, List<Object> options) {
        return new InputSpec(name, null, "string", defval, null, null, null, options);
    }
}
