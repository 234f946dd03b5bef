package org.exhaustionlab.pine.runtime.interp;

/**
 * History of one series (a variable read with [] or an expression with an offset): a ring of the committed values,
 * newest first when read. Grows by doubling up to {@code limit} entries (max_bars_back); older values read as na.
 */
final class Hist {
    private double[] d;
    private long[] l;
    private Object[] o;
    private int head = -1;
    private int count;
    private int cap;
    private final int limit;

    Hist(Kind kind, int initial, int limit) {
        this.limit = Math.max(1, limit);
        this.cap = Math.max(2, Math.min(initial, this.limit));
        if (kind == Kind.FLOAT) {
            d = new double[cap];
        } else if (kind == Kind.INT || kind == Kind.COLOR || kind == Kind.BOOL) {
            l = new long[cap];
        } else {
            o = new Object[cap];
        }
    }

    private void advance() {
        if (count == cap && cap < limit) {
            grow();
        }
        head = head + 1 == cap ? 0 : head + 1;
        if (count < cap) {
            count++;
        }
    }

    private void grow() {
        int n = Math.min(limit, cap * 2);
        int start = count == cap ? (head + 1) % cap : 0; // oldest entry
        if (d != null) {
            double[] nd = new double[n];
            for (int i = 0; i < count; i++) {
                nd[i] = d[(start + i) % cap];
            }
            d = nd;
        } else if (l != null) {
            long[] nl = new long[n];
            for (int i = 0; i < count; i++) {
                nl[i] = l[(start + i) % cap];
            }
            l = nl;
        } else {
            Object[] no = new Object[n];
            for (int i = 0; i < count; i++) {
                no[i] = o[(start + i) % cap];
            }
            o = no;
        }
        head = count - 1;
        cap = n;
    }

    void push(double v) {
        advance();
        d[head] = v;
    }

    void push(long v) {
        advance();
        l[head] = v;
    }

    void push(Object v) {
        advance();
        o[head] = v;
    }

    private int index(long back) {
        if (back < 0 || back >= count) {
            return -1;
        }
        int i = head - (int) back;
        return i < 0 ? i + cap : i;
    }

    /** The value pushed {@code back} pushes ago (0 = the latest). */
    double getD(long back) {
        int i = index(back);
        return i < 0 ? Double.NaN : d[i];
    }

    long getL(long back) {
        int i = index(back);
        return i < 0 ? Long.MIN_VALUE : l[i];
    }

    Object getO(long back) {
        int i = index(back);
        return i < 0 ? null : o[i];
    }
}
