package org.exhaustionlab.pine.runtime.interp;

/**
 * The storage of one scope instance: the global scope of a run, or one call site's instance of a user function.
 * Slots are assigned at compile time per scope; {@code st} holds per-call-site state (ta.* objects, nested function
 * frames, history buffers), created eagerly from the layout.
 */
public final class Frame {
    final RunContext ctx;
    final double[] d;
    final long[] l;
    final Object[] o;
    final Object[] st;
    final boolean[] inited;
    /** The top-level statement compiled bar code is executing (-1 outside them), for runtime error positions. */
    int stmt = -1;

    Frame(RunContext ctx, Layout layout) {
        this.ctx = ctx;
        this.d = new double[layout.doubles];
        this.l = new long[layout.longs];
        this.o = new Object[layout.objects];
        this.inited = new boolean[layout.varFlags];
        this.st = new Object[layout.states.size()];
        for (int i = 0; i < st.length; i++) {
            st[i] = layout.states.get(i).create(ctx);
        }
        for (java.util.Map.Entry<Integer, Layout.FrameStateFactory> e : layout.frameStates.entrySet()) {
            st[e.getKey()] = e.getValue().create(ctx, this);
        }
        java.util.Arrays.fill(d, Double.NaN);
        java.util.Arrays.fill(l, Long.MIN_VALUE);
    }
}
