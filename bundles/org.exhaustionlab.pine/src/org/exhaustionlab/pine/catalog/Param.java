package org.exhaustionlab.pine.catalog;

/**
 * One parameter of a built-in function.
 *
 * @param name the name accepted as a named argument ({@code length} in {@code ta.sma(close, length=14)})
 * @param type the expected type; its qualifier is the strongest one the parameter accepts
 * @param defaultText the default as Pine source text, or null when the parameter is required
 * @param doc optional description, empty when none
 * @param availability versions that accept this parameter (TradingView adds parameters to existing functions)
 */
public record Param(String name, PineType type, String defaultText, String doc, Availability availability) {

    public boolean isRequired() {
        return defaultText == null;
    }

    @Override
    public String toString() {
        return name + ": " + type + (defaultText == null ? "" : " = " + defaultText);
    }
}
