package org.exhaustionlab.pine.runtime.strategy;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The read-only argument map of a {@link StrategyCall}: one value array per call over a name table shared by every
 * call from the same call site. strategy.exit typically runs on every bar, so building a fresh hash map per call
 * (and hashing a dozen names into it) cost more than the broker's own work; here a call costs one array.
 */
public final class ArgMap extends AbstractMap<String, Object> {

    /** Parameter names of one call site, in signature order, with their index. Immutable and shareable. */
    public static final class Names {
        private final String[] names;
        private final Map<String, Integer> index;

        public Names(List<String> names) {
            this.names = names.toArray(new String[0]);
            for (int i = 0; i < this.names.length; i++) {
                // interned so the hosts' literal keys ("limit", "stop", ...) are found by identity, without hashing
                this.names[i] = this.names[i].intern();
            }
            this.index = new HashMap<>(names.size() * 2);
            for (int i = 0; i < this.names.length; i++) {
                index.putIfAbsent(this.names[i], i);
            }
        }

        public int size() {
            return names.length;
        }

        int indexOf(Object name) {
            for (int k = 0; k < names.length; k++) {
                if (names[k] == name) {
                    return k;
                }
            }
            Integer i = name instanceof String ? index.get(name) : null;
            return i == null ? -1 : i;
        }
    }

    private final Names names;
    private final Object[] values;
    /** Where the next identity scan starts: hosts read the arguments roughly in signature order. */
    private int cursor;

    /** Takes {@code values} over (one per name, in order); nobody may change the array afterwards. */
    public ArgMap(Names names, Object[] values) {
        if (values.length != names.names.length) {
            throw new IllegalArgumentException(values.length + " values for " + names.names.length + " names");
        }
        this.names = names;
        this.values = values;
    }

    @Override
    public Object get(Object key) {
        String[] n = names.names;
        for (int k = 0, i = cursor; k < n.length; k++, i = i + 1 == n.length ? 0 : i + 1) {
            if (n[i] == key) {
                cursor = i + 1 == n.length ? 0 : i + 1;
                return values[i];
            }
        }
        int i = names.indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return names.indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<Entry<String, Object>>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<Entry<String, Object>>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names.names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
