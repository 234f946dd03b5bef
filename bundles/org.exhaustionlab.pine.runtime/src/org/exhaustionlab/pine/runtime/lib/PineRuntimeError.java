package org.exhaustionlab.pine.runtime.lib;

/**
 * A Pine runtime error raised by a built-in (TradingView stops the script with such a message). The message is one
 * line naming the function and what is wrong; the interpreter prefixes the script position.
 */
public final class PineRuntimeError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PineRuntimeError(String message) {
        super(message, null, false, false);
    }
}
