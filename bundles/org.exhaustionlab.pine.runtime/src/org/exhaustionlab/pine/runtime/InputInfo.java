package org.exhaustionlab.pine.runtime;

import java.util.List;

/**
 * One {@code input.*} of a script, for settings dialogs and the optimiser's search space.
 *
 * @param name         the variable the input is assigned to (null if none)
 * @param title        the title argument (null when absent)
 * @param type         int, float, bool, string, color, source, timeframe, symbol, session, price, time
 * @param defaultValue Long, Double, Boolean, String (source: "close", ...); colours as Long 0xAARRGGBB
 * @param minval       NaN when absent
 * @param maxval       NaN when absent
 * @param step         NaN when absent
 * @param options      allowed values (empty when free)
 * @param group        null when absent
 */
public record InputInfo(String name, String title, String type, Object defaultValue, double minval, double maxval,
        double step, List<Object> options, String group) {

    public InputInfo {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The key overrides may use: the title, else the variable name. */
    public String key() {
        return title != null ? title : name;
    }
}
