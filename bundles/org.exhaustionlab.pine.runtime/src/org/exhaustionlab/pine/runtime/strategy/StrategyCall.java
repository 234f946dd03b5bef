package org.exhaustionlab.pine.runtime.strategy;

import java.util.Collections;
import java.util.Map;

/**
 * One executed {@code strategy.*} command or the {@code strategy()} declaration, with every parameter of the
 * catalog signature evaluated (defaults filled in). Keys are TradingView's parameter names ({@code id},
 * {@code direction}, {@code qty}, {@code limit}, {@code stop}, {@code oca_name}, {@code comment}, ...). Values are
 * {@link Double} (na = NaN), {@link Long} (na = null), {@link Boolean}, {@link String} (na = null) or null.
 * {@code direction} is the string "long" or "short".
 *
 * @param function the name after {@code strategy.}, e.g. {@code entry}, {@code exit}, {@code close_all}; the
 *                 declaration is {@code strategy}
 * @param bar      bar index on which the call executed
 * @param line     source line of the call
 */
public record StrategyCall(String function, int bar, int line, Map<String, Object> args) {

    /** Takes {@code args} over (the runtime builds a fresh map for every call), read-only from here on. */
    public StrategyCall {
        args = args instanceof ArgMap ? args : Collections.unmodifiableMap(args);
    }

    /** A numeric argument, NaN when na or absent. */
    public double number(String name) {
        Object v = args.get(name);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** A string argument, null when na or absent. */
    public String string(String name) {
        Object v = args.get(name);
        return v == null ? null : v.toString();
    }

    public boolean bool(String name, boolean fallback) {
        Object v = args.get(name);
        return v instanceof Boolean b ? b : fallback;
    }
}
