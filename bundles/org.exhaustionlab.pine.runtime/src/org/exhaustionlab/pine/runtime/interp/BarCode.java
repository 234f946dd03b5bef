package org.exhaustionlab.pine.runtime.interp;

/**
 * A script's top-level statements compiled to JVM bytecode by {@link BarCompiler}: {@link #bar} executes one bar
 * (the statements, then the history commits) exactly as the tree would. The static helpers are what the generated
 * code calls for Pine's na rules; they are tiny, so the JIT inlines them.
 */
abstract class BarCode {
    static final long NA = Long.MIN_VALUE;

    /**
     * Where an error raised while {@code frame.stmt == i} belongs: {@code markers[i]}. A statement inside an if block
     * ({@code inBlock}) is reported at its own position, as {@link Control.Block} reports it; otherwise at top-level
     * statement {@code top}.
     */
    record Marker(org.exhaustionlab.pine.SourceRange pos, boolean inBlock, int top) {
    }

    Marker[] markers = new Marker[0];

    /** Executes the statements and commits of one bar on the global frame. */
    abstract void bar(Frame f);

    static double div(double x, double y) {
        double r = x / y;
        return Double.isInfinite(r) ? Double.NaN : r;
    }

    static double i2f(long v) {
        return v == NA ? Double.NaN : v;
    }

    static long iadd(long x, long y) {
        return x == NA || y == NA ? NA : x + y;
    }

    static long isub(long x, long y) {
        return x == NA || y == NA ? NA : x - y;
    }

    static long imul(long x, long y) {
        return x == NA || y == NA ? NA : x * y;
    }

    static long idiv(long x, long y) {
        return x == NA || y == NA || y == 0 ? NA : x / y;
    }

    static long imod(long x, long y) {
        return x == NA || y == NA || y == 0 ? NA : x % y;
    }

    static long ineg(long v) {
        return v == NA ? NA : -v;
    }

    static boolean flt(double x, double y) {
        return x < y;
    }

    static boolean fgt(double x, double y) {
        return x > y;
    }

    static boolean fle(double x, double y) {
        return x <= y;
    }

    static boolean fge(double x, double y) {
        return x >= y;
    }

    static boolean feq(double x, double y) {
        return x == y;
    }

    static boolean fne(double x, double y) {
        return !Double.isNaN(x) && !Double.isNaN(y) && x != y;
    }

    static boolean ilt(long x, long y) {
        return x != NA && y != NA && x < y;
    }

    static boolean igt(long x, long y) {
        return x != NA && y != NA && x > y;
    }

    static boolean ile(long x, long y) {
        return x != NA && y != NA && x <= y;
    }

    static boolean ige(long x, long y) {
        return x != NA && y != NA && x >= y;
    }

    static boolean ieq(long x, long y) {
        return x != NA && y != NA && x == y;
    }

    static boolean ine(long x, long y) {
        return x != NA && y != NA && x != y;
    }

    /** A bool held in a long slot (1 = true). */
    static boolean truth(long v) {
        return v == 1;
    }

    static long bits(boolean b) {
        return b ? 1 : 0;
    }
}
