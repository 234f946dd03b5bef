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
    /**
     * What a bank swaps: state slots [from, from + factories.length), and the banks of loops nested in the loop
     * body (their slots lie in that range), by slot in ascending order: inner loops register first.
     */
    record Spec(int from, Layout.StateFactory[] factories, java.util.SortedMap<Integer, Spec> nested) {
    }

    private final Spec spec;
    private final List<Object[]> sets = new ArrayList<>();
    private int loaded;

    /** A bank whose first set is what {@code states} (indexed from slot {@code base}) holds for its range. */
    IterationBank(Spec spec, Object[] states, int base) {
        this.spec = spec;
        Object[] first = new Object[spec.factories.length];
        System.arraycopy(states, spec.from - base, first, 0, first.length);
        sets.add(first);
    }

    /** Makes iteration {@code k}'s state current in {@code frame}. */
    void load(Frame frame, int k) {
        if (k == loaded) {
            return;
        }
        while (sets.size() <= k) {
            Object[] set = new Object[spec.factories.length];
            for (int i = 0; i < set.length; i++) {
                if (!spec.nested.containsKey(spec.from + i)) {
                    set[i] = spec.factories[i].create(frame.ctx);
                }
            }
            // a nested loop's bank for this iteration starts from this iteration's fresh states
            for (java.util.Map.Entry<Integer, Spec> e : spec.nested.entrySet()) {
                set[e.getKey() - spec.from] = new IterationBank(e.getValue(), set, spec.from);
            }
            sets.add(set);
        }
        System.arraycopy(sets.get(k), 0, frame.st, spec.from, spec.factories.length);
        loaded = k;
    }

    /** Registers a bank for the states allocated in [from, to) of {@code layout}; returns its slot or -1. */
    static int register(Layout layout, int from, int to) {
        if (to <= from) {
            return -1;
        }
        Layout.StateFactory[] f = layout.states.subList(from, to).toArray(new Layout.StateFactory[0]);
        java.util.SortedMap<Integer, Spec> nested = new java.util.TreeMap<>();
        layout.banks.forEach((slot, spec) -> {
            if (slot >= from && slot < to) {
                nested.put(slot, spec);
            }
        });
        Spec spec = new Spec(from, f, nested);
        int slot = layout.state(null, (ctx, frame) -> new IterationBank(spec, frame.st, 0));
        layout.banks.put(slot, spec);
        return slot;
    }
}
