package org.exhaustionlab.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * NSGA-II building blocks (Deb et al. 2002) over cost vectors (every objective minimised): fast non-dominated
 * sorting into fronts and crowding distance within a front. Jenetics' own NSGA-II lives in the separate
 * {@code jenetics.ext} artifact, which our target platform does not carry.
 */
final class Nsga2 {

    private Nsga2() {
    }

    /** True when {@code a} is no worse than {@code b} in every objective and better in at least one. */
    static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
            if (a[i] < b[i]) {
                better = true;
            }
        }
        return better;
    }

    /** Fronts of indexes into {@code costs}: front 0 is non-dominated, front 1 is dominated only by front 0, ... */
    static List<List<Integer>> sort(double[][] costs) {
        int n = costs.length;
        List<List<Integer>> dominated = new ArrayList<>(n);
        int[] dominatedBy = new int[n];
        List<Integer> current = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            dominated.add(new ArrayList<>());
        }
        for (int p = 0; p < n; p++) {
            for (int q = p + 1; q < n; q++) {
                if (dominates(costs[p], costs[q])) {
                    dominated.get(p).add(q);
                    dominatedBy[q]++;
                } else if (dominates(costs[q], costs[p])) {
                    dominated.get(q).add(p);
                    dominatedBy[p]++;
                }
            }
        }
        for (int p = 0; p < n; p++) {
            if (dominatedBy[p] == 0) {
                current.add(p);
            }
        }
        List<List<Integer>> fronts = new ArrayList<>();
        while (!current.isEmpty()) {
            fronts.add(current);
            List<Integer> next = new ArrayList<>();
            for (int p : current) {
                for (int q : dominated.get(p)) {
                    if (--dominatedBy[q] == 0) {
                        next.add(q);
                    }
                }
            }
            next.sort(null);
            current = next;
        }
        return fronts;
    }

    /**
     * Crowding distance of each member of {@code front} (same order): the sum over objectives of the normalised gap
     * between its neighbours; the extremes of every objective get +∞ so the front's ends are always kept.
     */
    static double[] crowding(double[][] costs, List<Integer> front) {
        int n = front.size();
        double[] d = new double[n];
        if (n <= 2) {
            Arrays.fill(d, Double.POSITIVE_INFINITY);
            return d;
        }
        int m = costs[front.get(0)].length;
        for (int k = 0; k < m; k++) {
            final int obj = k;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> costs[front.get(i)][obj]));
            double lo = costs[front.get(order[0])][obj];
            double hi = costs[front.get(order[n - 1])][obj];
            d[order[0]] = Double.POSITIVE_INFINITY;
            d[order[n - 1]] = Double.POSITIVE_INFINITY;
            double span = hi - lo;
            if (!(span > 0) || Double.isInfinite(span)) {
                continue;
            }
            for (int i = 1; i < n - 1; i++) {
                d[order[i]] += (costs[front.get(order[i + 1])][obj] - costs[front.get(order[i - 1])][obj]) / span;
            }
        }
        return d;
    }
}
