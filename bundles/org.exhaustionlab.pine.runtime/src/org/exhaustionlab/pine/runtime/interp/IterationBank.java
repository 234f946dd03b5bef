package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-iteration state of the stateful calls inside a loop body: the k-th iteration of every bar uses the k-th set
 * of ta.* objects, nested function frames and histories (TradingView gives each iteration position its own series;
 * series_if_for.csv shows ta.ema in a 3-iteration loop matching an ema of the last iteration's source alone). The
 * loop swaps the set into the frame's state slots [from, to) before each iteration.
 */
final class IterationBank {
    private final List<Object[]> sets = new ArrayList<>();
    private final Layout.StateFactory[] factories;
    private final int from;
    private int loaded;

    IterationBank(Frame frame, Layout.StateFactory[] factories, int from) {
        this.factories = factories;
        this.from = from;
        Object[] first = new Object[factories.length];
        System.arraycopy(frame.st, from, first, 0, factories.length);
        sets.add(first);
    }

    /** Makes iteration {@code k}'s state current in {@code frame}. */
    void load(Frame frame, int k) {
        if (k == loaded) {
            return;
        }
        while (sets.size() <= k) {
            Object[] set = new Object[factories.length];
            for (int i = 0; i < set.length; i++) {
                set[i] = factories[i].create(frame.ctx);
            }
            sets.add(set);
        }
        System.arraycopy(sets.get(k), 0, frame.st, from, factories.length);
        loaded = k;
    }

    /** Registers a bank for the states allocated in [from, to) of {@code layout}; returns its slot or -1. */
    static int register(Layout layout, int from, int to) {
        if (to <= from) {
            return -1;
        }
        Layout.StateFactory[] f = layout.states.subList(from, to).toArray(new Layout.StateFactory[0]);
        return layout.state(null, (ctx, frame) -> new IterationBank(frame, f, from));
    }
}
