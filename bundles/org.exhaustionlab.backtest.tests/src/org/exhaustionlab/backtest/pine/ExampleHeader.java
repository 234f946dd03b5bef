package org.exhaustionlab.backtest.pine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine-readable header of an example script: {@code // @example-name: ...}, {@code -tags}, {@code -quality},
 * {@code -summary} comment lines (see pine/examples/README.md).
 */
record ExampleHeader(String name, String tags, String quality, String summary) {
    private static final Pattern FIELD = Pattern.compile("(?m)^//\\s*@example-([a-z]+):[ \\t]*(.*?)[ \\t]*$");
    static final Pattern QUALITY_LINE = Pattern.compile("(?m)^//\\s*@example-quality:.*$");

    /** Parses the header; fields that are missing are null. */
    static ExampleHeader parse(String source) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(source);
        while (m.find()) {
            fields.putIfAbsent(m.group(1), m.group(2));
        }
        return new ExampleHeader(fields.get("name"), fields.get("tags"), fields.get("quality"), fields.get("summary"));
    }

    /** The quality number at the start of the quality field, NaN when absent or not a number. */
    double qualityValue() {
        if (quality == null) {
            return Double.NaN;
        }
        String first = quality.split("\\s+")[0];
        try {
            return Double.parseDouble(first);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** {@code source} with its quality line set to {@code quality} (3 decimals). */
    static String withQuality(String source, double quality) {
        String line = String.format(java.util.Locale.ROOT, "// @example-quality: %.3f (see index.tsv)", quality);
        return QUALITY_LINE.matcher(source).replaceFirst(Matcher.quoteReplacement(line));
    }
}
