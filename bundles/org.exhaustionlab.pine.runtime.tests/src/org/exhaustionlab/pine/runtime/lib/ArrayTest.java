package org.exhaustionlab.pine.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArrayTest {
    private static final double NA = Double.NaN;

    @Test
    void negativeIndicesCountFromTheEnd() {
        FloatArray a = FloatArray.from(10, 20, 30);
        assertEquals(30.0, a.get(-1));
        assertEquals(10.0, a.get(-3));
        a.set(-2, 25);
        assertEquals(25.0, a.get(1));
        assertEquals(25.0, a.remove(-2));
        assertArrayEquals(new double[] {10, 30}, a.toArray());
        a.insert(-1, 15);
        assertArrayEquals(new double[] {10, 15, 30}, a.toArray());
    }

    @Test
    void outOfRangeIsARuntimeError() {
        FloatArray a = FloatArray.from(1, 2, 3);
        PineRuntimeError e = assertThrows(PineRuntimeError.class, () -> a.get(3));
        assertEquals("array.get: index 3 is out of bounds, array size is 3", e.getMessage());
        assertThrows(PineRuntimeError.class, () -> a.get(-4));
        assertThrows(PineRuntimeError.class, () -> a.set(5, 1));
        assertThrows(PineRuntimeError.class, () -> a.insert(4, 1));
        assertThrows(PineRuntimeError.class, () -> new FloatArray().pop());
        assertThrows(PineRuntimeError.class, () -> new FloatArray().first());
        assertThrows(PineRuntimeError.class, () -> new StringArray().last());
        assertThrows(PineRuntimeError.class, () -> FloatArray.newFloat(-1, 0));
    }

    @Test
    void sizeLimit() {
        FloatArray a = FloatArray.newFloat(PineArray.MAX_SIZE, 0);
        assertEquals(100_000, a.size());
        PineRuntimeError e = assertThrows(PineRuntimeError.class, () -> a.push(1));
        assertTrue(e.getMessage().contains("100000"));
        assertThrows(PineRuntimeError.class, () -> IntArray.newInt(100_001, 0));
        assertThrows(PineRuntimeError.class, () -> FloatArray.newFloat(60_000, 0).concat(FloatArray.newFloat(50_000, 0)));
    }

    @Test
    void stackAndQueueOperations() {
        IntArray a = IntArray.newInt(0, Na.INT);
        a.push(1);
        a.push(2);
        a.unshift(0);
        assertEquals("[0, 1, 2]", a.toPineString());
        assertEquals(2L, a.pop());
        assertEquals(0L, a.shift());
        assertEquals(1L, a.first());
        assertEquals(1L, a.last());
        a.clear();
        assertEquals(0, a.size());
        IntArray b = IntArray.newInt(3, 7);
        assertEquals("[7, 7, 7]", b.toPineString());
        IntArray c = IntArray.newInt(2, Na.INT);
        assertEquals("[NaN, NaN]", c.toPineString());
    }

    @Test
    void sliceIsAView() {
        FloatArray a = FloatArray.from(0, 1, 2, 3, 4);
        FloatArray s = a.slice(1, 4);
        assertArrayEquals(new double[] {1, 2, 3}, s.toArray());
        s.set(0, 10);
        assertEquals(10.0, a.get(1));
        a.set(3, 30);
        assertEquals(30.0, s.get(2));
        s.push(99); // a structural change through the view lands in the original at the view's end
        assertArrayEquals(new double[] {0, 10, 2, 30, 99, 4}, a.toArray());
        assertArrayEquals(new double[] {10, 2, 30, 99}, s.toArray());
        s.remove(0);
        assertArrayEquals(new double[] {0, 2, 30, 99, 4}, a.toArray());
        assertEquals(3, s.size());
        FloatArray copy = s.copy();
        copy.set(0, -1);
        assertEquals(2.0, a.get(1));
        assertThrows(PineRuntimeError.class, () -> a.slice(3, 9));
        assertArrayEquals(new double[] {99, 4}, a.slice(-2, 5).toArray());
        s.clear();
        assertArrayEquals(new double[] {0, 4}, a.toArray());
    }

    @Test
    void fillReverseConcatJoin() {
        FloatArray a = FloatArray.newFloat(5, 0);
        a.fill(1, 1, 3);
        assertArrayEquals(new double[] {0, 1, 1, 0, 0}, a.toArray());
        a.fill(2, 3, Na.INT);
        assertArrayEquals(new double[] {0, 1, 1, 2, 2}, a.toArray());
        a.reverse();
        assertArrayEquals(new double[] {2, 2, 1, 1, 0}, a.toArray());
        FloatArray b = FloatArray.from(7.5);
        assertEquals(a, a.concat(b));
        assertEquals("2,2,1,1,0,7.5", a.join(","));
        assertEquals("a-NaN-c", StringArray.of("a", null, "c").join("-"));
        assertEquals("true|false", BoolArray.from(true, false).join("|"));
    }

    @Test
    void searching() {
        FloatArray a = FloatArray.from(5, NA, 7, 5);
        assertTrue(a.includes(7));
        assertEquals(0, a.indexof(5));
        assertEquals(3, a.lastindexof(5));
        assertEquals(1, a.indexof(NA));
        assertEquals(-1, a.indexof(8));
        FloatArray dup = FloatArray.from(100, 101, 100, 102);
        assertEquals(0, dup.indexof(100 + 1e-12)); // tolerant search
        assertEquals(2, dup.lastindexof(100 + 1e-12));
        assertEquals(-1, dup.lastindexof(100 + 1e-8));
        assertEquals(-1, FloatArray.from(100, 101, 102).binarySearch(100 + 1e-12)); // bit-exact
        StringArray s = StringArray.of("x", "y", "x");
        assertEquals(2, s.lastindexof("x"));
        assertFalse(s.includes("z"));
    }

    @Test
    void binarySearches() {
        FloatArray a = FloatArray.from(1, 3, 3, 3, 7, 9);
        assertEquals(-1, a.binarySearch(4));
        assertTrue(a.binarySearch(3) >= 1 && a.binarySearch(3) <= 3);
        assertEquals(1, a.binarySearchLeftmost(3));
        assertEquals(3, a.binarySearchRightmost(3));
        assertEquals(3, a.binarySearchLeftmost(5)); // absent: the largest element below
        assertEquals(4, a.binarySearchRightmost(5)); // absent: the insertion point
        assertEquals(-1, a.binarySearchLeftmost(0));
        assertEquals(6, a.binarySearchRightmost(10));
        assertEquals(4, a.slice(1, 6).binarySearch(9)); // on a view
        IntArray i = IntArray.from(2, 4, 6);
        assertEquals(1, i.binarySearch(4));
        StringArray s = StringArray.of("a", "c", "e");
        assertEquals(1, s.binarySearch("c", 0));
        assertEquals(1, s.binarySearch("d", -1));
        assertEquals(2, s.binarySearch("d", 1));
    }

    @Test
    void sortPutsNumericNaLastAndStringNaFirst() {
        FloatArray a = FloatArray.from(30, 20, 10, NA);
        a.sort(false);
        assertEquals("[10, 20, 30, NaN]", a.toPineString());
        a.sort(true);
        assertEquals("[NaN, 30, 20, 10]", a.toPineString());
        IntArray i = IntArray.from(5, Na.INT, 1);
        i.sort(false);
        assertEquals("[1, 5, NaN]", i.toPineString());
        StringArray s = StringArray.of("b", "a", null);
        s.sort(false);
        assertEquals("[NaN, a, b]", s.toPineString());
        s.sort(true);
        assertEquals("[b, a, NaN]", s.toPineString());
    }

    @Test
    void sortIndices() {
        assertEquals("[2, 1, 0, 3]", FloatArray.from(30, 20, 10, NA).sortIndices(false).toPineString());
        assertEquals("[3, 2, 0, 1]", IntArray.from(Na.INT, Na.INT, 5, 1).sortIndices(false).toPineString());
        assertEquals("[3, 0, 1, 2]", FloatArray.from(30, 20, 10, NA).sortIndices(true).toPineString());
        assertEquals("[2, 1, 0]", StringArray.of("b", "a", null).sortIndices(false).toPineString());
        assertEquals("[0, 1, 2]", FloatArray.from(NA, NA, NA).sortIndices(false).toPineString());
        FloatArray unchanged = FloatArray.from(3, 1, 2);
        unchanged.sortIndices(false);
        assertArrayEquals(new double[] {3, 1, 2}, unchanged.toArray());
    }

    @Test
    void statisticsIgnoreNa() {
        FloatArray a = FloatArray.from(1, NA, 3, NA, 5);
        assertEquals(3.0, a.avg());
        assertEquals(9.0, a.sum());
        assertEquals(1.0, a.min(0));
        assertEquals(3.0, a.min(1));
        assertEquals(5.0, a.max(0));
        assertEquals(3.0, a.max(1));
        assertEquals(4.0, a.range());
        assertEquals(3.0, a.median());
        assertEquals(2.666666666667, a.variance(true), 1e-12);
        assertEquals(4.0, a.variance(false), 1e-12);
        assertEquals(1.632993161855, a.stdev(true), 1e-12);
        assertEquals(2.0, a.stdev(false), 1e-12);
        assertEquals(4.0, FloatArray.from(4, NA, 4, 7, NA).mode());
        assertEquals(1.0, FloatArray.from(3, 1, 2).mode()); // all once: the smallest
        FloatArray c1 = FloatArray.from(1, NA, 3, 5);
        FloatArray c2 = FloatArray.from(2, 4, NA, 6);
        assertEquals(4.0, c1.covariance(c2, true), 1e-12);
        assertEquals(8.0, c1.covariance(c2, false), 1e-12);
        FloatArray single = FloatArray.from(NA, 6, NA);
        assertEquals(6.0, single.avg());
        assertEquals(0.0, single.stdev(true));
        FloatArray none = FloatArray.from(NA, NA);
        assertTrue(Double.isNaN(none.avg()));
        assertTrue(Double.isNaN(none.sum()));
        assertTrue(Double.isNaN(none.min(0)));
        assertTrue(Double.isNaN(new FloatArray().median()));
        assertEquals(2.5, FloatArray.from(4, 1, 3, 2).median());
    }

    @Test
    void intStatistics() {
        IntArray a = IntArray.from(4, Na.INT, 1, 7);
        assertEquals(12L, a.sum());
        assertEquals(1L, a.min(0));
        assertEquals(7L, a.max(0));
        assertEquals(6L, a.range());
        assertEquals(4.0, a.avg());
        assertEquals(4.0, a.median());
        assertEquals(Na.INT, IntArray.newInt(2, Na.INT).sum());
        assertEquals("[4, NaN, 1, 7]", a.abs().toPineString());
        assertEquals("[3, 2]", IntArray.from(-3, 2).abs().toPineString());
    }

    @Test
    void standardize() {
        FloatArray z = FloatArray.from(1, 2, 3, NA).standardize();
        assertEquals(-1.224744871391589, z.get(0), 1e-15);
        assertEquals(0.0, z.get(1), 1e-15);
        assertEquals(1.224744871391589, z.get(2), 1e-15);
        assertTrue(Double.isNaN(z.get(3)));
        assertEquals("[1, 1]", FloatArray.from(5, 5).standardize().toPineString());
        FloatArray ints = IntArray.from(1, 2, 6, 7, 8, 9, 10, 11).standardize();
        assertEquals(-1.7002089231955175, ints.get(0), 1e-15);
        assertEquals(1.2566761606227739, ints.get(-1), 1e-15);
        assertEquals(0, new FloatArray().standardize().size());
    }

    @Test
    void percentiles() {
        FloatArray a = FloatArray.from(15, 20, 35, 40, 50);
        assertEquals(20.0, a.percentileNearestRank(30)); // rank ceil(1.5) = 2
        assertEquals(50.0, a.percentileNearestRank(100));
        assertEquals(15.0, a.percentileNearestRank(0));
        // position n * p / 100 + 0.5 = 3 at 50 %: the median
        assertEquals(35.0, a.percentileLinearInterpolation(50));
        // 40 %: position 2.5, halfway between 20 and 35
        assertEquals(27.5, a.percentileLinearInterpolation(40), 1e-12);
        assertEquals(15.0, a.percentileLinearInterpolation(0));
        assertEquals(50.0, a.percentileLinearInterpolation(100));
        assertEquals(75.0, a.percentrank(3)); // 40: three of the four others are <= 40
        assertEquals(0.0, a.percentrank(0));
    }

    @Test
    void boolArrays() {
        assertFalse(new BoolArray().every());
        assertFalse(new BoolArray().some());
        assertTrue(BoolArray.from(true, true).every());
        assertFalse(BoolArray.from(true, false).every());
        assertTrue(BoolArray.from(false, true).some());
        BoolArray b = BoolArray.newBool(3, false);
        b.set(-1, true);
        assertEquals("[false, false, true]", b.toPineString());
        assertEquals(2, b.indexof(true));
    }

    @Test
    void objectArraysAndFactories() {
        ObjectArray<Object> o = ObjectArray.newArray("MyType", 2, null);
        assertNull(o.get(0));
        Object x = new Object();
        o.push(x);
        assertEquals(2, o.indexof(x));
        assertEquals("MyType", o.elementType());
        assertTrue(PineArrays.newArray("float", 1) instanceof FloatArray);
        assertTrue(PineArrays.newArray("color", 1) instanceof IntArray);
        assertEquals("color", PineArrays.newArray("color", 1).elementType());
        assertTrue(PineArrays.newArray("bool", 1) instanceof BoolArray);
        assertTrue(PineArrays.newArray("string", 1) instanceof StringArray);
        assertEquals("[#F23645FF]", IntArray.fromColors(PineColor.RED).toPineString());
    }

    @Test
    void absAndCopyAreNewArrays() {
        FloatArray a = FloatArray.from(-1, 2, NA);
        FloatArray abs = a.abs();
        assertEquals("[1, 2, NaN]", abs.toPineString());
        assertEquals(-1.0, a.get(0));
        assertFalse(abs.isView());
    }

    @Test
    void naIndices() {
        FloatArray a = FloatArray.from(10, 20, 30, 40);
        assertTrue(Double.isNaN(a.get(Na.INT)));
        a.set(Na.INT, 99);
        assertTrue(Double.isNaN(a.remove(Na.INT)));
        assertArrayEquals(new double[] {10, 20, 30, 40}, a.toArray());
        a.insert(Na.INT, 77);
        assertArrayEquals(new double[] {10, 20, 30, 40, 77}, a.toArray());
        assertTrue(Double.isNaN(new FloatArray().get(Na.INT)));
        assertEquals(Na.INT, IntArray.from(1).get(Na.INT));
        assertNull(StringArray.of("x").get(Na.INT));
        FloatArray b = FloatArray.from(10, 20, 30, 40);
        assertArrayEquals(new double[] {10, 20}, b.slice(Na.INT, 2).toArray());
        assertArrayEquals(new double[] {20, 30, 40}, b.slice(1, Na.INT).toArray());
        b.fill(5, Na.INT, 2);
        assertArrayEquals(new double[] {5, 5, 30, 40}, b.toArray());
        assertEquals(40.0, b.max(Na.INT));
        assertEquals(5.0, b.min(Na.INT));
    }

    @Test
    void fillBounds() {
        FloatArray a = FloatArray.from(10, 20, 30, 40);
        a.fill(5, -2, Na.INT);
        assertArrayEquals(new double[] {10, 20, 5, 5}, a.toArray());
        a.fill(1, 99, Na.INT);
        a.fill(1, 3, 1);
        assertArrayEquals(new double[] {10, 20, 5, 5}, a.toArray());
        a.fill(7, Na.INT, -1);
        assertArrayEquals(new double[] {7, 7, 7, 5}, a.toArray());
        FloatArray c = FloatArray.from(10, 20, 30, 40);
        c.slice(0, 2).fill(5, Na.INT, Na.INT);
        assertArrayEquals(new double[] {5, 5, 30, 40}, c.toArray());
    }

    @Test
    void percentrankAndPercentileEdgeCases() {
        FloatArray a = FloatArray.from(10, 20, 30, 40);
        assertEquals(0.0, a.percentrank(Na.INT));
        assertEquals(100.0, FloatArray.from(40, 30, 20, 10).percentrank(Na.INT));
        assertEquals(100.0, a.percentrank(3));
        assertEquals(100.0, FloatArray.from(10, 20).percentrank(1));
        assertTrue(Double.isNaN(FloatArray.from(5).percentrank(0)));
        assertTrue(Double.isNaN(new FloatArray().percentrank(Na.INT)));
        assertThrows(PineRuntimeError.class, () -> a.percentrank(-1));
        assertThrows(PineRuntimeError.class, () -> a.percentrank(4));
        assertEquals(1.0, FloatArray.from(4, 3, 2, 1, NA).percentileNearestRank(NA));
        assertTrue(Double.isNaN(FloatArray.from(1, 2, 3).percentileLinearInterpolation(NA)));
        assertTrue(Double.isNaN(new FloatArray().percentileNearestRank(50)));
        assertThrows(PineRuntimeError.class, () -> a.percentileNearestRank(150));
        assertThrows(PineRuntimeError.class, () -> a.percentileLinearInterpolation(-50));
    }

    record Trade(String id, double profit) {
    }

    @Test
    void objectsSortAndSearchByAField() {
        ObjectArray<Trade> trades = ObjectArray.from("Trade", new Trade("a", 3), new Trade("b", -1), new Trade("c", 3),
                new Trade("d", 2));
        java.util.Comparator<Trade> byProfit = java.util.Comparator.comparingDouble(Trade::profit);
        assertEquals("[1, 3, 0, 2]", trades.sortIndices(byProfit, false).toPineString());
        assertEquals("[0, 2, 3, 1]", trades.sortIndices(byProfit, true).toPineString()); // stable for ties
        trades.sort(byProfit, false);
        assertEquals("b", trades.get(0).id());
        assertEquals("a", trades.get(2).id()); // stable: a before c
        assertEquals(2, trades.binarySearch(t -> Double.compare(t.profit(), 3), -1));
        assertEquals(3, trades.binarySearch(t -> Double.compare(t.profit(), 3), 1));
        assertEquals(-1, trades.binarySearch(t -> Double.compare(t.profit(), 0), 0));
        assertEquals(1, trades.binarySearch(t -> Double.compare(t.profit(), 0), 1));
    }
}
