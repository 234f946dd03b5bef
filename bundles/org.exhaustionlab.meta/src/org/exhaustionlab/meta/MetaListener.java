package org.exhaustionlab.meta;

import org.exhaustionlab.evolution.Candidate;

/** Progress of a meta run, told on the orchestrator's thread. All methods default to doing nothing. */
public interface MetaListener {

    MetaListener NONE = new MetaListener() {
    };

    /** Something the user should know: fallbacks, rejected proposals, crawl results. One line. */
    default void onNotice(String notice) {
    }

    /** A generation was committed to the store. */
    default void onGeneration(GenerationRecord record, Candidate best) {
    }

    /** The validator scored one of the best strategies. */
    default void onValidated(Readiness readiness) {
    }
}
