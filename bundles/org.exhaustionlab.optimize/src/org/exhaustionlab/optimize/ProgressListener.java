package org.exhaustionlab.optimize;

/** Told after every completed generation, on the optimiser's thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = p -> {
    };

    void onGeneration(GenerationProgress progress);
}
