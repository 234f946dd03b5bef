package org.exhaustionlab.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the flat {"name": number, ...} metrics objects the registry's trials carry (non-numbers are skipped). */
final class MetricsJson {

    private static final Pattern ENTRY = Pattern.compile("\"([^\"]+)\"\\s*:\\s*(-?[0-9.eE+-]+|null)");

    private MetricsJson() {
    }

    static Map<String, Double> parse(String json) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (json == null) {
            return out;
        }
        Matcher m = ENTRY.matcher(json);
        while (m.find()) {
            if (!m.group(2).equals("null")) {
                try {
                    out.put(m.group(1), Double.parseDouble(m.group(2)));
                } catch (NumberFormatException e) {
                    // not a number after all: skipped
                }
            }
        }
        return out;
    }
}
