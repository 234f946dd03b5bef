package org.exhaustionlab.pine.runtime.lib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pine's {@code map<K, V>}: insertion-ordered (re-putting a key keeps its place), at most {@link #MAX_SIZE} pairs.
 * Keys and values are boxed Pine values: Double (float), Long (int / color), Boolean, String; na is {@code null}
 * (callers box an na float as null or NaN consistently: this class compares with {@link Object#equals}).
 */
public final class PineMap<K, V> {
    /** TradingView's limit on the number of pairs in a map. */
    public static final int MAX_SIZE = 50_000;

    private final String keyType;
    private final String valueType;
    private final LinkedHashMap<K, V> pairs;

    /** map.new&lt;keyType, valueType&gt;(); the type names decide the element types of keys() and values(). */
    public PineMap(String keyType, String valueType) {
        this(keyType, valueType, new LinkedHashMap<>());
    }

    private PineMap(String keyType, String valueType, LinkedHashMap<K, V> pairs) {
        this.keyType = keyType;
        this.valueType = valueType;
        this.pairs = pairs;
    }

    public String keyType() {
        return keyType;
    }

    public String valueType() {
        return valueType;
    }

    /** map.put: returns the previous value, or na. */
    public V put(K key, V value) {
        if (pairs.size() >= MAX_SIZE && !pairs.containsKey(key)) {
            throw new PineRuntimeError("map.put: a map cannot hold more than " + MAX_SIZE + " key-value pairs");
        }
        return pairs.put(key, value);
    }

    /** map.get: the value, or na when the key is absent. */
    public V get(K key) {
        return pairs.get(key);
    }

    public boolean contains(K key) {
        return pairs.containsKey(key);
    }

    public V remove(K key) {
        return pairs.remove(key);
    }

    public int size() {
        return pairs.size();
    }

    public void clear() {
        pairs.clear();
    }

    public PineMap<K, V> copy() {
        return new PineMap<>(keyType, valueType, new LinkedHashMap<>(pairs));
    }

    /** map.put_all: copies every pair of {@code other} (in its order) into this map. */
    public void putAll(PineMap<? extends K, ? extends V> other) {
        for (Map.Entry<? extends K, ? extends V> e : other.pairs.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    /** The keys in insertion order (a copy). */
    public List<K> keyList() {
        return new ArrayList<>(pairs.keySet());
    }

    /** The values in insertion order (a copy). */
    public List<V> valueList() {
        return new ArrayList<>(pairs.values());
    }

    /** map.keys: a new Pine array of the keys, typed by the key type. */
    public PineArray keys() {
        return PineArrays.ofBoxed(keyType, pairs.keySet());
    }

    /** map.values: a new Pine array of the values, typed by the value type. */
    public PineArray values() {
        return PineArrays.ofBoxed(valueType, pairs.values());
    }
}
