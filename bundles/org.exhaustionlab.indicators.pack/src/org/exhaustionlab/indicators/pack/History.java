package org.exhaustionlab.indicators.pack;

/**
 * The most recent values of one series, newest first ({@code get(0)} is this bar). Keeps as many values as the
 * largest window asked for so far; when a longer window is asked for later, the older values are simply not there
 * yet and the caller treats it as warm-up.
 */
final class History {
    private double[] buf = new double[16];
    private int head = -1; // index of the newest value
    private int stored;

    void push(double v) {
        head = (head + 1) % buf.length;
        buf[head] = v;
        stored = Math.min(stored + 1, buf.length);
    }

    /** Grows the buffer to hold at least {@code n} values. */
    void keep(int n) {
        if (n <= buf.length) {
            return;
        }
        double[] grown = new double[Math.max(n, buf.length * 2)];
        for (int i = 0; i < stored; i++) {
            grown[stored - 1 - i] = get(i);
        }
        buf = grown;
        head = stored - 1;
    }

    /** How many values are available. */
    int size() {
        return stored;
    }

    /** The value {@code i} bars back (0 = newest); {@code i < size()}. */
    double get(int i) {
        int idx = head - i;
        return buf[idx < 0 ? idx + buf.length : idx];
    }

    /** True when the last {@code n} values exist and none is na. */
    boolean full(int n) {
        if (n < 1 || stored < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A window length from a Pine int argument (na or below 1 gives 0, meaning no result). */
    static int length(double arg) {
        if (Double.isNaN(arg) || arg < 1) {
            return 0;
        }
        return (int) Math.min(arg, 100_000);
    }
}
