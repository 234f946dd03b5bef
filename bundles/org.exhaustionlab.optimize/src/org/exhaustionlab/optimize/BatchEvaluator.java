package org.exhaustionlab.optimize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates a batch of candidates: duplicates and cached ones once, the rest in parallel on a fixed pool, then
 * results (and {@link TrialSink} reports) in batch order — so the outcome does not depend on which thread finished
 * first.
 *
 * @implNote Not thread-safe: one optimiser thread drives it. Close it to stop the pool.
 */
final class BatchEvaluator implements AutoCloseable {

    /** One candidate's result. */
    record Scored(int[] indexes, Map<String, Object> params, Evaluation evaluation, double fitness) {
    }

    private final ParameterSpace space;
    private final Evaluator evaluator;
    private final DataWindow window;
    private final FitnessFunction fitness;
    private final TrialSink sink;
    private final String runId;
    private final EvaluationCache cache;
    private final ExecutorService pool;
    private long evaluations;

    /** {@code fitness} may be null (multi-objective runs); trials then carry NaN. */
    BatchEvaluator(ParameterSpace space, Evaluator evaluator, DataWindow window, FitnessFunction fitness,
            TrialSink sink, String runId, int threads, int cacheSize) {
        this.space = space;
        this.evaluator = evaluator;
        this.window = window;
        this.fitness = fitness;
        this.sink = sink == null ? TrialSink.NONE : sink;
        this.runId = runId;
        this.cache = new EvaluationCache(cacheSize);
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemonThreads(runId)) : null;
    }

    long evaluations() {
        return evaluations;
    }

    /** Continues the count of a resumed run. */
    void addEvaluations(long n) {
        evaluations += n;
    }

    double fitnessOf(Evaluation e) {
        return fitness == null ? Double.NaN : fitness.score(e);
    }

    List<Scored> evaluate(List<int[]> candidates, long generation) {
        Map<EvaluationCache.Key, Evaluation> known = new LinkedHashMap<>();
        List<EvaluationCache.Key> todo = new ArrayList<>();
        for (int[] c : candidates) {
            EvaluationCache.Key key = new EvaluationCache.Key(c);
            if (known.containsKey(key)) {
                continue;
            }
            Evaluation hit = cache.get(key);
            known.put(key, hit);
            if (hit == null) {
                todo.add(key);
            }
        }
        List<Evaluation> done = run(todo);
        for (int i = 0; i < todo.size(); i++) {
            EvaluationCache.Key key = todo.get(i);
            Evaluation e = done.get(i);
            known.put(key, e);
            cache.put(key, e);
            evaluations++;
            Trial t = new Trial(runId, generation, space.decode(key.indexes()), e, fitnessOf(e));
            try {
                sink.accept(t);
            } catch (Exception ex) {
                throw new IllegalStateException("the trial sink failed on generation " + generation + ": "
                        + ex.getMessage(), ex);
            }
        }
        List<Scored> out = new ArrayList<>(candidates.size());
        for (int[] c : candidates) {
            Evaluation e = known.get(new EvaluationCache.Key(c));
            out.add(new Scored(c, space.decode(c), e, fitnessOf(e)));
        }
        return out;
    }

    private List<Evaluation> run(List<EvaluationCache.Key> todo) {
        List<Evaluation> out = new ArrayList<>(todo.size());
        if (pool == null || todo.size() < 2) {
            for (EvaluationCache.Key k : todo) {
                out.add(evaluateOne(k.indexes()));
            }
            return out;
        }
        List<Future<Evaluation>> futures = new ArrayList<>(todo.size());
        for (EvaluationCache.Key k : todo) {
            futures.add(pool.submit(() -> evaluateOne(k.indexes())));
        }
        for (Future<Evaluation> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(x -> x.cancel(true));
                throw new IllegalStateException("optimisation interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("evaluation crashed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }

    private Evaluation evaluateOne(int[] indexes) {
        Map<String, Object> params = space.decode(indexes);
        try {
            Evaluation e = evaluator.evaluate(params, window);
            return e == null ? Evaluation.failed("the evaluator returned nothing") : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Evaluation.failed("interrupted");
        } catch (Exception | StackOverflowError e) {
            return Evaluation.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads(String runId) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "optimize-" + runId + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
