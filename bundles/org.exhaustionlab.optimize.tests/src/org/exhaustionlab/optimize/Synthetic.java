package org.exhaustionlab.optimize;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cheap multimodal test problem over five parameters: shifted Rastrigin terms in x and y (local optima at every
 * integer offset), a distance term in n, a bool and a choice. Global maximum 11.5 at x = 1.5, y = -2, n = 7,
 * flag = true, mode = "b". Deterministic and thread-safe; counts its calls and the distinct parameter sets seen.
 */
final class Synthetic implements Evaluator {

    static final double OPTIMUM = 11.5;

    final AtomicInteger calls = new AtomicInteger();
    final Set<Map<String, Object>> distinct = ConcurrentHashMap.newKeySet();
    private final long sleepMs;

    Synthetic() {
        this(0);
    }

    Synthetic(long sleepMs) {
        this.sleepMs = sleepMs;
    }

    static ParameterSpace space() {
        return ParameterSpace.of(List.of(new Parameter.FloatRange("x", -5, 5, 0.1),
                new Parameter.FloatRange("y", -5, 5, 0.1), new Parameter.IntRange("n", 1, 20, 1),
                new Parameter.Bool("flag"), new Parameter.Choice("mode", List.of("a", "b", "c"))));
    }

    static double value(Map<String, Object> p) {
        double x = ((Number) p.get("x")).doubleValue() - 1.5;
        double y = ((Number) p.get("y")).doubleValue() + 2;
        long n = ((Number) p.get("n")).longValue();
        double v = 10 - rastrigin(x) - rastrigin(y) - 0.1 * Math.abs(n - 7);
        v += Boolean.TRUE.equals(p.get("flag")) ? 1 : 0;
        v += "b".equals(p.get("mode")) ? 0.5 : 0;
        return v;
    }

    private static double rastrigin(double d) {
        return d * d - Math.cos(2 * Math.PI * d) + 1;
    }

    @Override
    public Evaluation evaluate(Map<String, Object> params, DataWindow window) throws Exception {
        calls.incrementAndGet();
        distinct.add(params);
        if (sleepMs > 0) {
            Thread.sleep(sleepMs);
        }
        double v = value(params);
        return Evaluation.of(Map.of("value", v, Metrics.TRADES, 10.0), new double[] { v / 100, -v / 200 });
    }
}
