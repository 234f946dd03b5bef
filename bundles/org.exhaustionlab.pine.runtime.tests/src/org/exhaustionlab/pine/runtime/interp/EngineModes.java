package org.exhaustionlab.pine.runtime.interp;

import java.util.concurrent.Callable;

/** Lets tests outside this package run a piece of work with every run executed as compiled bar code. */
public final class EngineModes {
    private EngineModes() {
    }

    /** Runs {@code work} with compiled bar code for runs of any length (a script it cannot compile fails). */
    public static <T> T compiled(Callable<T> work) throws Exception {
        int savedMin = Executable.specializeMinBars;
        boolean savedCompile = Executable.compileBars;
        boolean savedStrict = Executable.strictCompile;
        Executable.specializeMinBars = 0;
        Executable.compileBars = true;
        Executable.strictCompile = true;
        try {
            return work.call();
        } finally {
            Executable.specializeMinBars = savedMin;
            Executable.compileBars = savedCompile;
            Executable.strictCompile = savedStrict;
        }
    }
}
