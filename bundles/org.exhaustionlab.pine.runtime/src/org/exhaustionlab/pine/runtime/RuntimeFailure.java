package org.exhaustionlab.pine.runtime;

/** The error that stopped a run: where in the script, on which bar, and why. */
public record RuntimeFailure(int line, int column, int bar, String message) {
    @Override
    public String toString() {
        return line + ":" + column + " bar " + bar + ": " + message;
    }
}
