package org.exhaustionlab.pine.runtime.spi;

/**
 * A stateless library function: the result depends only on this call's arguments ({@code xl.clamp(x, lo, hi)}).
 */
@FunctionalInterface
public interface NativeFunction {
    /**
     * Computes the result. {@code args} holds one value per parameter of the chosen overload, na as NaN; the array
     * is reused between calls, so read it here and do not keep it.
     */
    double apply(double[] args);
}
