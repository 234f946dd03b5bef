package org.exhaustionlab.optimize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The optimiser's search space: an ordered list of {@link Parameter}s. A candidate is an {@code int[]} of value
 * indexes (one per parameter), decoded to a parameter map keyed by parameter name.
 *
 * <p>Derivation from script inputs ({@link #fromInputs}):
 * <ul>
 * <li>{@code options=[...]} → a choice; bool → true/false; string without options → not optimised (notice);
 * <li>int: {@code [minval, maxval]} step {@code step} (default 1). A missing bound is derived from the default d:
 * d &gt; 0 → {@code [max(1, d/4), d*4]}, d = 0 → {@code [0, 10]}, d &lt; 0 → {@code [d*4, min(-1, d/4)]};
 * <li>float: missing bounds from d: d &gt; 0 → {@code [d/4, d*4]}, d = 0 → {@code [0, 1]}, d &lt; 0 →
 * {@code [d*4, d/4]}; without a step the range is cut into 100 steps;
 * <li>every derived bound or step adds a notice so the user can see and override it ({@link RangeOverride}).
 * </ul>
 */
public final class ParameterSpace {

    /** Steps a float range without {@code step} is divided into. */
    static final int DEFAULT_FLOAT_STEPS = 100;

    private final List<Parameter> parameters;
    private final List<String> notices;

    private ParameterSpace(List<Parameter> parameters, List<String> notices) {
        this.parameters = List.copyOf(parameters);
        this.notices = List.copyOf(notices);
        Set<String> names = new HashSet<>();
        for (Parameter p : parameters) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' appears twice");
            }
        }
    }

    public static ParameterSpace of(List<Parameter> parameters) {
        return new ParameterSpace(parameters, List.of());
    }

    public static ParameterSpace fromInputs(List<InputSpec> inputs) {
        return fromInputs(inputs, Map.of());
    }

    /** Builds the space from script inputs, with user {@code overrides} keyed by input name (or title). */
    public static ParameterSpace fromInputs(List<InputSpec> inputs, Map<String, RangeOverride> overrides) {
        List<Parameter> params = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (InputSpec in : inputs) {
            RangeOverride o = overrides.get(in.name());
            if (o != null) {
                used.add(in.name());
            } else if (in.title() != null && overrides.containsKey(in.title())) {
                o = overrides.get(in.title());
                used.add(in.title());
            }
            Parameter p = derive(in, o, notices);
            if (p != null) {
                params.add(p);
            }
        }
        for (String key : overrides.keySet()) {
            if (!used.contains(key)) {
                notices.add("range override '" + key + "' matches no input of the script; ignored");
            }
        }
        return new ParameterSpace(params, notices);
    }

    private static Parameter derive(InputSpec in, RangeOverride o, List<String> notices) {
        List<Object> options = o != null && !o.options().isEmpty() ? o.options() : in.options();
        if (!options.isEmpty()) {
            return new Parameter.Choice(in.name(), options);
        }
        String type = in.type() == null ? "" : in.type();
        Double min = o != null && o.min() != null ? o.min() : in.minval();
        Double max = o != null && o.max() != null ? o.max() : in.maxval();
        Double step = o != null && o.step() != null ? o.step() : in.step();
        switch (type) {
            case "bool":
                return new Parameter.Bool(in.name());
            case "int": {
                long d = in.defval() instanceof Number ? ((Number) in.defval()).longValue() : 0;
                long lo = min != null ? (long) Math.ceil(min) : d > 0 ? Math.max(1, d / 4) : d == 0 ? 0 : d * 4;
                long hi = max != null ? (long) Math.floor(max) : d > 0 ? d * 4 : d == 0 ? 10 : Math.min(-1, d / 4);
                long st = step != null ? Math.max(1, Math.round(step)) : 1;
                if (hi < lo) {
                    hi = lo;
                }
                if (min == null || max == null) {
                    notices.add("input '" + in.name() + "' has no " + (min == null ? "minval" : "maxval")
                            + "; searching [" + lo + ", " + hi + "] step " + st + " (override to change)");
                }
                return new Parameter.IntRange(in.name(), lo, hi, st);
            }
            case "float": {
                double d = in.defval() instanceof Number ? ((Number) in.defval()).doubleValue() : 0;
                double lo = min != null ? min : d > 0 ? d / 4 : d == 0 ? 0 : d * 4;
                double hi = max != null ? max : d > 0 ? d * 4 : d == 0 ? 1 : d / 4;
                if (hi < lo) {
                    hi = lo;
                }
                double st = step != null && step > 0 ? step
                        : hi > lo ? round10((hi - lo) / DEFAULT_FLOAT_STEPS) : 1;
                if (min == null || max == null || step == null) {
                    notices.add("input '" + in.name() + "' is not fully bounded; searching ["
                            + round10(lo) + ", " + round10(hi) + "] step " + st
                            + " (override to change)");
                }
                return new Parameter.FloatRange(in.name(), round10(lo), round10(hi), st);
            }
            default:
                notices.add("input '" + in.name() + "' (" + type + ") has no options; kept at its default");
                return null;
        }
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** What was derived or skipped while building the space, one line each. */
    public List<String> notices() {
        return notices;
    }

    public int size() {
        return parameters.size();
    }

    /** The parameter map (in parameter order, unmodifiable) of a candidate. */
    public Map<String, Object> decode(int[] indexes) {
        if (indexes.length != parameters.size()) {
            throw new IllegalArgumentException(indexes.length + " indexes for " + parameters.size() + " parameters");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < indexes.length; i++) {
            out.put(parameters.get(i).name(), parameters.get(i).valueAt(indexes[i]));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The candidate nearest to {@code values}; every parameter must be present. */
    public int[] encode(Map<String, Object> values) {
        int[] out = new int[parameters.size()];
        for (int i = 0; i < out.length; i++) {
            Parameter p = parameters.get(i);
            if (!values.containsKey(p.name())) {
                throw new IllegalArgumentException("no value for parameter '" + p.name() + "'");
            }
            out[i] = p.indexOf(values.get(p.name()));
        }
        return out;
    }

    /** Rounds to 10 decimals so grid values such as 0.1 + 2 * 0.1 print as 0.3. */
    static double round10(double v) {
        if (!Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).setScale(10, RoundingMode.HALF_EVEN).stripTrailingZeros().doubleValue();
    }
}
