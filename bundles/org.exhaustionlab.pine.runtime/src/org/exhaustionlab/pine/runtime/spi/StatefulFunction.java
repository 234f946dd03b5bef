package org.exhaustionlab.pine.runtime.spi;

/**
 * A library function with memory of past bars, like {@code ta.sma}: every call site of a script (and every run) gets
 * its own {@link State}, advanced once each time the call executes, normally once per bar.
 */
@FunctionalInterface
public interface StatefulFunction {
    /** A fresh state for one call site of one run. Called when a run starts; must not return null. */
    State newState();

    /** The memory of one call site. Used by one thread at a time. */
    @FunctionalInterface
    interface State {
        /**
         * Takes this bar's arguments and returns this bar's result. {@code args} holds one value per parameter of
         * the chosen overload, na as NaN; the array is reused between calls, so do not keep it.
         */
        double next(double[] args);
    }
}
