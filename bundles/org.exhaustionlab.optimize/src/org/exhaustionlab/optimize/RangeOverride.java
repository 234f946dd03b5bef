package org.exhaustionlab.optimize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's replacement for the range of one input; {@code null} fields keep what the script (or the derivation from
 * the default) gives. A non-empty {@code options} turns the input into a choice.
 *
 * <p>File format (JSON): {@code {"len": {"min": 5, "max": 50, "step": 1}, "src": {"options": ["close", "hl2"]}}}.
 */
public record RangeOverride(Double min, Double max, Double step, List<Object> options) {

    public RangeOverride {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static RangeOverride range(double min, double max, double step) {
        return new RangeOverride(min, max, step, List.of());
    }

    /** Reads overrides from a JSON file (see the class comment). */
    public static Map<String, RangeOverride> readJson(Path file) throws IOException {
        try {
            return parseJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses overrides from JSON text (see the class comment). */
    public static Map<String, RangeOverride> parseJson(String json) {
        Object root = MiniJson.parse(json);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("range overrides must be a JSON object of input name -> range");
        }
        Map<String, RangeOverride> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) root).entrySet()) {
            String name = (String) e.getKey();
            if (!(e.getValue() instanceof Map)) {
                throw new IllegalArgumentException("range override of '" + name + "' must be an object");
            }
            Map<?, ?> m = (Map<?, ?>) e.getValue();
            for (Object key : m.keySet()) {
                if (!List.of("min", "max", "step", "options").contains(key)) {
                    throw new IllegalArgumentException("range override of '" + name + "': unknown key '" + key
                            + "' (use min, max, step, options)");
                }
            }
            Object opts = m.get("options");
            if (opts != null && !(opts instanceof List)) {
                throw new IllegalArgumentException("range override of '" + name + "': options must be an array");
            }
            out.put(name, new RangeOverride(number(name, m.get("min")), number(name, m.get("max")),
                    number(name, m.get("step")), opts == null ? List.of() : new ArrayList<>((List<?>) opts)));
        }
        return out;
    }

    private static Double number(String name, Object v) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number)) {
            throw new IllegalArgumentException("range override of '" + name + "': expected a number, got " + v);
        }
        return ((Number) v).doubleValue();
    }
}
