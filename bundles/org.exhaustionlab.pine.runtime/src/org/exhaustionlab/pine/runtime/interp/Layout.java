package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.List;

/** Slot counts and state factories of one scope (global script or one user-function specialisation). */
final class Layout {
    int doubles;
    int longs;
    int objects;
    int varFlags;
    final List<StateFactory> states = new ArrayList<>();
    /** History buffers of variables, committed when the scope finishes (end of bar / end of call). */
    final List<Ex> commits = new ArrayList<>();
    /** ta.* variables (TaVar states) to advance once per bar of this layout's context. */
    final List<Integer> perBar = new ArrayList<>();

    interface StateFactory {
        Object create(RunContext ctx);
    }

    /** A state that needs the frame being built (created after all plain states of the frame). */
    interface FrameStateFactory {
        Object create(RunContext ctx, Frame frame);
    }

    /** Frame states by slot, in registration order (a loop's bank after the banks of the loops nested in it). */
    final java.util.Map<Integer, FrameStateFactory> frameStates = new java.util.LinkedHashMap<>();
    /** The iteration banks registered in this layout, by slot. */
    final java.util.Map<Integer, IterationBank.Spec> banks = new java.util.HashMap<>();

    int slot(Kind kind) {
        if (kind == Kind.FLOAT) {
            return doubles++;
        }
        if (kind == Kind.INT || kind == Kind.COLOR || kind == Kind.BOOL) {
            return longs++;
        }
        return objects++;
    }

    int state(StateFactory factory) {
        states.add(factory);
        return states.size() - 1;
    }

    int state(StateFactory ignored, FrameStateFactory factory) {
        states.add(ctx -> null);
        frameStates.put(states.size() - 1, factory);
        return states.size() - 1;
    }

    Ex[] commitArray() {
        return commits.toArray(new Ex[0]);
    }
}
