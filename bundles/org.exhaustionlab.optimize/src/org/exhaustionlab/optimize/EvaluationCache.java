package org.exhaustionlab.optimize;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded least-recently-used map from candidate (value indexes) to its evaluation, so duplicates in and across
 * generations are not backtested again while memory stays bounded however long the run.
 *
 * @implNote Thread-safe (synchronised).
 */
final class EvaluationCache {

    /** A candidate as a map key (arrays compare by identity). */
    record Key(int[] indexes) {
        Key {
            indexes = indexes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Arrays.equals(indexes, ((Key) o).indexes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(indexes);
        }
    }

    private final int capacity;
    private final LinkedHashMap<Key, Evaluation> map;

    EvaluationCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<Key, Evaluation>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Evaluation> eldest) {
                return size() > EvaluationCache.this.capacity;
            }
        };
    }

    synchronized Evaluation get(Key key) {
        return capacity == 0 ? null : map.get(key);
    }

    synchronized void put(Key key, Evaluation e) {
        if (capacity > 0) {
            map.put(key, e);
        }
    }

    synchronized int size() {
        return map.size();
    }
}
