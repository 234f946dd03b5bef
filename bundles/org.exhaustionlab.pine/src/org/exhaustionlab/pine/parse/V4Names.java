package org.exhaustionlab.pine.parse;

/** Pine v4 built-ins that v5/v6 renamed or removed, with what to write instead. */
final class V4Names {

    private V4Names() {
    }

    /** What to use instead of the v4 function {@code name}, or null when {@code name} is not one. */
    static String replacement(String name) {
        return switch (name) {
            case "study" -> "indicator()";
            case "security" -> "request.security()";
            case "iff" -> "the ternary operator 'cond ? a : b'";
            case "tickerid" -> "ticker.new()";
            case "financial" -> "request.financial()";
            case "rsi", "sma", "ema", "wma", "rma", "atr", "crossover", "crossunder", "highest", "lowest",
                    "stdev", "change", "cross", "pivothigh", "pivotlow", "valuewhen", "barssince", "macd", "stoch",
                    "cci", "mfi", "vwma", "linreg", "sar", "tr", "cum", "mom", "roc", "dev", "variance",
                    "correlation", "percentrank", "falling", "rising", "highestbars", "lowestbars", "bb", "kc",
                    "dmi", "supertrend", "alma", "hma", "swma", "wpr", "cmo", "tsi", "cog", "obv", "accdist" ->
                    "ta." + name + "()";
            default -> null;
        };
    }

    /** True for renames that are definite errors in v5/v6 (not merely a missing namespace the checker reports). */
    static boolean isRemoved(String name) {
        return name.equals("study") || name.equals("security") || name.equals("iff") || name.equals("tickerid")
                || name.equals("financial");
    }
}
