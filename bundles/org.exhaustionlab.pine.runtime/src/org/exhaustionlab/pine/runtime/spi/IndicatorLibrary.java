package org.exhaustionlab.pine.runtime.spi;

import java.util.Map;

/**
 * A set of Pine functions in one namespace, contributed by an add-on ({@code xl.zscore(close, 20)}).
 *
 * <p>Contract (checked when the library is installed; a library breaking it is refused as a whole):
 * <ul>
 * <li>{@link #namespace()} is an identifier that is not a built-in namespace or global name ({@code ta},
 * {@code math}, {@code close}, ...) nor the namespace of another installed library;
 * <li>{@link #definitions()} parses as pinedef text and declares only functions named {@code namespace.name}
 * whose parameters are int, float or bool (any qualifier, defaults allowed, no {@code ...}) and whose result is
 * float, int or bool;
 * <li>every declared function has exactly one implementation in {@link #nativeFunctions()} or
 * {@link #statefulFunctions()}, keyed by its qualified name, and every implementation is declared.
 * Overloads of one name share the implementation and receive as many arguments as the chosen overload has
 * parameters.
 * </ul>
 *
 * <p>Values cross the boundary as doubles: float as is, int as a whole double, bool as 1 or 0, na as NaN. An int
 * result is rounded to the nearest integer (NaN gives na); a bool result is true when non-zero and not NaN.
 *
 * @implSpec Implementations must be thread-safe: one compiled script may run on several threads at once. Keep
 *     per-series data in the states of {@link StatefulFunction}, never in fields of the library.
 */
public interface IndicatorLibrary {
    /** The version of this SPI. Libraries built against a newer version are refused. */
    int SPI_VERSION = 1;

    /** The SPI version this library was written for; keep the default. */
    default int spiVersion() {
        return SPI_VERSION;
    }

    /** The namespace of every function of the library, such as {@code "xl"}. */
    String namespace();

    /** The pinedef declarations of the functions (one {@code fn ...} line each, see {@code core.pinedef}). */
    String definitions();

    /** Stateless implementations by qualified name ({@code "xl.clamp"}). */
    default Map<String, NativeFunction> nativeFunctions() {
        return Map.of();
    }

    /** Implementations with per-call-site state by qualified name ({@code "xl.zscore"}). */
    default Map<String, StatefulFunction> statefulFunctions() {
        return Map.of();
    }

    /** A name for messages and logs; defaults to the class name. */
    default String displayName() {
        return getClass().getName();
    }
}
