package org.exhaustionlab.store;

/**
 * A strategy in the registry.
 *
 * @param id        stable id (e.g. a content hash or UUID)
 * @param parentId  the strategy it was derived from (mutation, repair, tuning), or {@code null} for a root
 * @param origin    how it came to be, e.g. {@code "hand"}, {@code "llm"}, {@code "ga"}
 * @param source    Pine Script source
 */
public record StrategyRecord(String id, String name, String parentId, String origin, String source,
        long createdMs) {
}
