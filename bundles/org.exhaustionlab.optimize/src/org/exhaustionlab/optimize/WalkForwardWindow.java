package org.exhaustionlab.optimize;

/** One walk-forward step: optimise on {@code inSample}, then trade the chosen parameters on {@code outOfSample}. */
public record WalkForwardWindow(int index, DataWindow inSample, DataWindow outOfSample) {

    public WalkForwardWindow {
        if (outOfSample.startMs() < inSample.endMs()) {
            throw new IllegalArgumentException("walk-forward window " + index + ": out-of-sample starts inside the"
                    + " in-sample window");
        }
    }
}
